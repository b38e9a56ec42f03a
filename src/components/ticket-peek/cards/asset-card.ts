/**
 * `<hd-peek-asset-card>`: the linked asset — name, OS, CPU / RAM / Disk tiles (a bar plus the
 * percentage as text) and compliance pills (icon + text, never color alone).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../base/style-props.js';
import type { Asset } from '../../../adapter/types.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { cardFrame, cardStyles } from './card.styles.js';
import { LocaleController } from '../../../i18n/controller.js';
import { nameOr } from '../../base/placeholders.js';
import { useEnglish } from '../../../i18n/index.js';
import { enPeek } from '../../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

/** A percentage on the 0..100 scale; `undefined` when the adapter sent none (shown as "—"). */
const clampPercent = (n: number) =>
  Number.isFinite(n) ? Math.max(0, Math.min(100, Math.round(n))) : undefined;
const level = (n: number) => (n >= 90 ? 'danger' : n >= 75 ? 'warn' : '');

export class HdPeekAssetCard extends LitElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .name {
        font-weight: var(--hd-font-weight-strong);
        overflow-wrap: anywhere;
      }
      /* own base direction (dir="auto"), aligned to the card's start (rtl too) */
      .name,
      .os {
        text-align: -webkit-match-parent; /* Chromium */
        text-align: match-parent;
      }
      .tiles {
        display: grid;
        grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: var(--hd-space-2);
        margin: var(--hd-space-2) 0;
      }
      .tile {
        display: grid;
        gap: var(--hd-space-1);
        padding: var(--hd-space-2);
        border-radius: var(--hd-radius-s);
        background: var(--hd-color-surface-sunken);
      }
      .tile-label {
        font-size: var(--hd-font-size-xs);
        color: var(--hd-color-text-quiet);
      }
      .tile-value {
        font-size: var(--hd-font-size-l);
        font-weight: var(--hd-font-weight-strong);
        font-variant-numeric: tabular-nums;
      }
      .pills {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hd-space-1);
      }
    `,
  ];

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "Linked asset T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: false }) asset?: Asset;

  private readonly i18n = new LocaleController(this);

  protected override render() {
    const asset = this.asset;
    if (!asset) return nothing;
    const m = this.i18n.msg.cards.asset;
    const tiles = [
      ['cpu', asset.cpu],
      ['ram', asset.ram],
      ['disk', asset.disk],
    ] as const;
    return cardFrame(
      'asset',
      m.title,
      html`<p class="name" dir="auto">${nameOr(asset.name, this.i18n.msg)}</p>
        ${asset.os ? html`<p class="quiet os" dir="auto">${asset.os}</p>` : nothing}
        <ul class="tiles" aria-label=${m.utilisation}>
          ${tiles.map(([metric, raw]) => {
            const value = clampPercent(raw);
            return html`<li class="tile" data-metric=${metric}>
              <span class="tile-label">${m[metric]}</span>
              <span class="tile-value">${value === undefined ? '—' : `${value}%`}</span>
              <span class="bar ${level(value ?? 0)}" aria-hidden="true"
                ><span ${styleProps({ '--_value': `${value ?? 0}%` })}></span
              ></span>
            </li>`;
          })}
        </ul>
        ${
          asset.compliance.length
            ? html`<ul class="pills" aria-label=${m.compliance}>
                ${asset.compliance.map(
                  (c) =>
                    html`<li class="pill ${c.ok ? 'ok' : 'danger'}">
                      <span aria-hidden="true">${c.ok ? '✓' : '✕'}</span>${c.label}<span
                        class="visually-hidden"
                        >${c.ok ? m.passing : m.failing}</span
                      >
                    </li>`,
                )}
              </ul>`
            : nothing
        }`,
      undefined,
      this.label,
    );
  }
}
