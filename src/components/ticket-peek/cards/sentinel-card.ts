/** `<hd-peek-sentinel-card>`: the RMM-Sentinel security posture and its findings. */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Sentinel } from '../../../adapter/types.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { cardFrame, cardStyles } from './card.styles.js';

const POSTURE = {
  secure: { text: 'Secure', cls: 'ok', icon: '✓' },
  at_risk: { text: 'At risk', cls: 'warn', icon: '⚠' },
  compromised: { text: 'Compromised', cls: 'danger', icon: '✕' },
} as const;

export class HdPeekSentinelCard extends LitElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .findings {
        display: grid;
        gap: var(--hd-space-1);
        margin-top: var(--hd-space-2);
      }
      .findings li {
        padding-left: var(--hd-space-3);
        border-left: 3px solid var(--_finding-color, var(--hd-color-border-strong));
      }
      :host([posture='compromised']) .findings li {
        --_finding-color: var(--hd-color-danger);
      }
      :host([posture='at_risk']) .findings li {
        --_finding-color: var(--hd-color-warning);
      }
    `,
  ];

  @property({ attribute: false }) sentinel?: Sentinel;

  protected override willUpdate(): void {
    if (this.sentinel) this.setAttribute('posture', this.sentinel.posture);
    else this.removeAttribute('posture');
  }

  protected override render() {
    const s = this.sentinel;
    if (!s) return nothing;
    const p = POSTURE[s.posture] ?? POSTURE.at_risk;
    return cardFrame(
      'sentinel',
      'RMM-Sentinel',
      html`<p>
          <span class="pill ${p.cls}" part="posture" data-posture=${s.posture}
            ><span aria-hidden="true">${p.icon}</span>${p.text}</span
          >
        </p>
        ${
          s.findings.length
            ? html`<ul class="findings" aria-label="Findings">
                ${s.findings.map((f) => html`<li>${f}</li>`)}
              </ul>`
            : html`<p class="quiet findings">No findings.</p>`
        }`,
    );
  }
}
