/**
 * `<sb-token-table>`: every `--hd-*` token of src/tokens/themes.ts with a live swatch, its value in
 * the theme in effect and a swatch per theme. The token list is parsed from `themesCss` at
 * runtime, so the page never goes stale when a token is added. Storybook-only (not shipped).
 */
import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { THEMES, themesCss, adoptThemes } from '../src/tokens/themes.js';

export interface TokenGroup {
  id: string;
  title: string;
  kind: 'color' | 'shadow' | 'space' | 'radius' | 'font' | 'other';
  tokens: string[];
}

/** Every `--hd-*` custom property declared in the token sheet, in order of first appearance. */
export function tokenNames(sheet: string = themesCss): string[] {
  return [...new Set([...sheet.matchAll(/(--hd-[a-z0-9-]+)\s*:/g)].map((m) => m[1]))];
}

const GROUPS: (Omit<TokenGroup, 'tokens'> & { test: (name: string) => boolean })[] = [
  {
    id: 'brand',
    title: 'Brand and accent (derived from --hd-brand)',
    kind: 'color',
    test: (n) => /^--hd-(brand|color-(accent|on-accent|focus))/.test(n),
  },
  { id: 'color', title: 'Colors', kind: 'color', test: (n) => n.startsWith('--hd-color-') },
  { id: 'shadow', title: 'Shadows', kind: 'shadow', test: (n) => n.startsWith('--hd-shadow-') },
  { id: 'space', title: 'Spacing', kind: 'space', test: (n) => n.startsWith('--hd-space-') },
  { id: 'radius', title: 'Radii', kind: 'radius', test: (n) => n.startsWith('--hd-radius-') },
  {
    id: 'font',
    title: 'Typography',
    kind: 'font',
    test: (n) => n.startsWith('--hd-font-') || n === '--hd-line-height',
  },
  { id: 'other', title: 'Motion and focus', kind: 'other', test: () => true },
];

/** The tokens sorted into the groups of the Theming page (each token in exactly one group). */
export function tokenGroups(names: string[] = tokenNames()): TokenGroup[] {
  const groups = GROUPS.map(({ test: _test, ...g }) => ({ ...g, tokens: [] as string[] }));
  for (const name of names) {
    const i = GROUPS.findIndex((g) => g.test(name));
    groups[i].tokens.push(name);
  }
  return groups.filter((g) => g.tokens.length > 0);
}

/** Foreground tokens and the background their WCAG contrast is measured against. */
const CONTRAST_AGAINST: Record<string, string> = {
  '--hd-color-note-text': '--hd-color-note-bg',
  '--hd-color-on-accent': '--hd-color-accent',
};
const isForeground = (n: string) =>
  n in CONTRAST_AGAINST ||
  /^--hd-color-(text|text-quiet|warning|danger|success|customer|accent|accent-text)$/.test(n);

type Rgba = [number, number, number, number];

let ctx2d: CanvasRenderingContext2D | null | undefined;
/** Any CSS color → sRGB bytes, by painting one pixel (handles oklch(), color-mix(), ...). */
function toRgba(color: string): Rgba | undefined {
  ctx2d ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext(
    '2d',
    { willReadFrequently: true },
  );
  if (!ctx2d || !color) return undefined;
  ctx2d.clearRect(0, 0, 1, 1);
  ctx2d.fillStyle = '#000';
  ctx2d.fillStyle = color;
  ctx2d.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx2d.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

const hex = ([r, g, b, a]: Rgba) =>
  '#' +
  [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('') +
  (a < 255 ? ` / ${Math.round((a / 255) * 100)}%` : '');

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

interface Measured {
  /** The declared value in the current theme, as the cascade gives it. */
  declared: string;
  /** Colors: the resolved sRGB hex. */
  resolved?: string;
  /** Foreground colors: contrast against their background. */
  contrast?: { ratio: number; against: string };
  /** Colors: the resolved hex in each theme. */
  perTheme?: Record<string, string>;
}

export class SbTokenTable extends LitElement {
  // the token sheet also inside the shadow root: the per-theme columns set data-theme on cells
  static override styles = [
    unsafeCSS(themesCss),
    css`
      :host {
        display: block;
        container-type: inline-size;
        color: var(--hd-color-text);
        font-family: var(--hd-font-family);
        font-size: var(--hd-font-size-m);
      }
      section + section {
        margin-top: var(--hd-space-6);
      }
      h2 {
        font-size: var(--hd-font-size-l);
        margin: 0 0 var(--hd-space-2);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        background: var(--hd-color-surface);
        border: 1px solid var(--hd-color-border);
        border-radius: var(--hd-radius-m);
      }
      th,
      td {
        text-align: start;
        padding: var(--hd-space-2) var(--hd-space-3);
        border-bottom: 1px solid var(--hd-color-border);
        vertical-align: middle;
      }
      th {
        color: var(--hd-color-text-quiet);
        font-weight: var(--hd-font-weight-strong);
        font-size: var(--hd-font-size-s);
      }
      code {
        font-family: var(--hd-font-mono);
        font-size: var(--hd-font-size-s);
        overflow-wrap: anywhere;
      }
      .value {
        color: var(--hd-color-text-quiet);
      }
      th[scope='row'] code {
        white-space: nowrap;
      }
      /* narrow canvas (the 680px viewport and below): the current theme only */
      @container (width < 860px) {
        .per-theme {
          display: none;
        }
      }
      .swatch {
        display: inline-block;
        inline-size: 3rem;
        block-size: 2rem;
        border-radius: var(--hd-radius-s);
        border: 1px solid var(--hd-color-border-strong);
        background: var(--_v);
      }
      .mini {
        display: inline-block;
        inline-size: 1.5rem;
        block-size: 1.5rem;
        border-radius: var(--hd-radius-s);
        border: 1px solid var(--hd-color-border-strong);
        background: var(--_v);
      }
      .shadow {
        display: inline-block;
        inline-size: 4rem;
        block-size: 2.5rem;
        border-radius: var(--hd-radius-m);
        background: var(--hd-color-surface-raised);
        box-shadow: var(--_v);
      }
      .space {
        display: inline-block;
        block-size: 0.75rem;
        inline-size: var(--_v);
        background: var(--hd-color-accent);
      }
      .radius {
        display: inline-block;
        inline-size: 3rem;
        block-size: 2rem;
        border: 2px solid var(--hd-color-accent);
        border-radius: var(--_v);
      }
      .sample {
        white-space: nowrap;
      }
    `,
  ];

  /** The theme in effect (set by the story so a toolbar change re-measures). */
  @property() theme = '';
  /** The brand preset in effect (same reason). */
  @property() brand = '';

  @state() private measured = new Map<string, Measured>();

  private readonly groups = tokenGroups();

  override connectedCallback(): void {
    super.connectedCallback();
    adoptThemes(this.ownerDocument);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') || changed.has('brand') || this.measured.size === 0) {
      // after layout, so the cascade (theme on an ancestor, brand override) is in effect
      requestAnimationFrame(() => this.measure());
    }
  }

  /** Reads each token's value in the current theme and, for colors, in every theme. */
  private measure(): void {
    const probe = this.renderRoot.querySelector<HTMLElement>('#probe');
    const themed = this.renderRoot.querySelectorAll<HTMLElement>('[data-probe-theme]');
    if (!probe) return;
    const resolve = (el: HTMLElement, token: string) => {
      el.style.color = `var(${token})`;
      return toRgba(getComputedStyle(el).color);
    };
    const own = getComputedStyle(this);
    const next = new Map<string, Measured>();
    for (const group of this.groups) {
      for (const token of group.tokens) {
        const m: Measured = { declared: own.getPropertyValue(token).trim() };
        if (group.kind === 'color') {
          const rgba = resolve(probe, token);
          if (rgba) m.resolved = hex(rgba);
          if (rgba && isForeground(token)) {
            const against = CONTRAST_AGAINST[token] ?? '--hd-color-surface';
            const bg = resolve(probe, against);
            if (bg) m.contrast = { ratio: contrastRatio(rgba, bg), against };
          }
          m.perTheme = {};
          for (const el of themed) {
            const c = resolve(el, token);
            if (c) m.perTheme[el.dataset.probeTheme!] = hex(c);
          }
        }
        next.set(token, m);
      }
    }
    this.measured = next;
  }

  protected override render() {
    return html`
      <span id="probe" hidden></span>
      ${THEMES.map((t) => html`<span data-theme=${t} data-probe-theme=${t} hidden></span>`)}
      ${this.groups.map((g) => this.renderGroup(g))}
    `;
  }

  private renderGroup(group: TokenGroup) {
    const color = group.kind === 'color';
    return html`<section aria-labelledby="g-${group.id}">
      <h2 id="g-${group.id}">${group.title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Preview</th>
            <th scope="col">Value in this theme</th>
            ${
              color
                ? html`<th scope="col">Contrast</th>
                    ${THEMES.map((t) => html`<th scope="col" class="per-theme">${t}<sup>*</sup></th>`)}`
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${group.tokens.map((t) => this.renderRow(group, t))}
        </tbody>
      </table>
      ${
        color
          ? html`<p class="value per-theme">
              <sup>*</sup> each theme with its own brand color; the preview and value columns follow
              the toolbar (theme and brand).
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderRow(group: TokenGroup, token: string) {
    const m = this.measured.get(token);
    const color = group.kind === 'color';
    return html`<tr>
      <th scope="row"><code>${token}</code></th>
      <td>${this.renderPreview(group.kind, token)}</td>
      <td class="value">
        <code>${m?.declared ?? ''}</code>${
          m?.resolved && m.resolved !== m.declared
            ? html`<br /><code>= ${m.resolved}</code>`
            : nothing
        }
      </td>
      ${
        color
          ? html`<td>
                ${
                  m?.contrast
                    ? html`${m.contrast.ratio.toFixed(2)}:1 on <code>${m.contrast.against}</code>`
                    : nothing
                }
              </td>
              ${THEMES.map(
                (t) =>
                  html`<td class="per-theme">
                    <span
                      class="mini"
                      data-theme=${t}
                      style="--_v: var(${token})"
                      role="img"
                      aria-label="${token} in ${t}: ${m?.perTheme?.[t] ?? ''}"
                    ></span>
                  </td>`,
              )}`
          : nothing
      }
    </tr>`;
  }

  private renderPreview(kind: TokenGroup['kind'], token: string) {
    const style = `--_v: var(${token})`;
    switch (kind) {
      case 'color':
        return html`<span class="swatch" style=${style} aria-hidden="true"></span>`;
      case 'shadow':
        return html`<span class="shadow" style=${style} aria-hidden="true"></span>`;
      case 'space':
        return html`<span class="space" style=${style} aria-hidden="true"></span>`;
      case 'radius':
        return html`<span class="radius" style=${style} aria-hidden="true"></span>`;
      case 'font':
        return html`<span class="sample" style=${fontStyle(token)}>Ticket #1012 — Ag</span>`;
      default:
        return nothing;
    }
  }
}

function fontStyle(token: string): string {
  if (token.startsWith('--hd-font-size-')) return `font-size: var(${token})`;
  if (token === '--hd-font-weight-strong') return `font-weight: var(${token})`;
  if (token === '--hd-line-height') return `line-height: var(${token})`;
  return `font-family: var(${token})`;
}

/**
 * Defines `<sb-token-table>` (idempotent). A function, not a side-effect import: package.json's
 * `sideEffects` list does not include stories/, so the bundler would drop a bare import.
 */
export function defineTokenTable(): void {
  if (!customElements.get('sb-token-table')) customElements.define('sb-token-table', SbTokenTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-token-table': SbTokenTable;
  }
}
