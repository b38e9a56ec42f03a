/**
 * The design tokens: every color, space, radius and font the elements use. This file is the only
 * place colors are written down (besides docs). `themesCss` is adopted into the document once
 * by `adoptThemes()` (every element calls it on connect) and is also shipped as
 * `hd-cockpit/themes.css`.
 *
 * Themes: light (default), dark, tinted, parchment — `data-theme` on any ancestor.
 * White-label: set `--hd-brand` (one color) where the theme is declared (`:root`, an element with
 * `data-theme`, or an element with `data-hd-brand`); the accent family is derived from it with
 * relative colors / color-mix(), lightness clamped so text on the accent keeps WCAG AA contrast.
 * Selectors are wrapped in :where() so any host rule overrides a token.
 */

export const THEMES = ['light', 'dark', 'tinted', 'parchment'] as const;
export type ThemeName = (typeof THEMES)[number];

const shared = /* css */ `
  --hd-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  --hd-font-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  --hd-font-size-xs: 0.75rem;
  --hd-font-size-s: 0.8125rem;
  --hd-font-size-m: 0.875rem;
  --hd-font-size-l: 1rem;
  --hd-font-size-xl: 1.25rem;
  --hd-font-weight-strong: 600;
  --hd-line-height: 1.45;
  --hd-space-1: 0.25rem;
  --hd-space-2: 0.5rem;
  --hd-space-3: 0.75rem;
  --hd-space-4: 1rem;
  --hd-space-5: 1.5rem;
  --hd-space-6: 2rem;
  --hd-radius-s: 4px;
  --hd-radius-m: 8px;
  --hd-radius-l: 14px;
  --hd-radius-pill: 999px;
  --hd-duration: 180ms;
  --hd-focus-width: 2px;
`;

/** Accent family derived from --hd-brand for light surfaces (white text on the accent). */
const lightAccent = /* css */ `
  --hd-color-accent: oklch(from var(--hd-brand) min(l, 0.5) c h);
  --hd-color-accent-hover: color-mix(in oklab, var(--hd-color-accent) 82%, black);
  --hd-color-accent-quiet: color-mix(in oklab, var(--hd-color-accent) 12%, var(--hd-color-surface));
  --hd-color-accent-text: var(--hd-color-accent);
  --hd-color-on-accent: #ffffff;
  --hd-color-focus: var(--hd-color-accent);
`;

/** Accent family for dark surfaces (dark text on a light accent). */
const darkAccent = /* css */ `
  --hd-color-accent: oklch(from var(--hd-brand) max(l, 0.78) min(c, 0.14) h);
  --hd-color-accent-hover: color-mix(in oklab, var(--hd-color-accent) 85%, white);
  --hd-color-accent-quiet: color-mix(in oklab, var(--hd-color-accent) 16%, var(--hd-color-surface));
  --hd-color-accent-text: var(--hd-color-accent);
  --hd-color-on-accent: #10141a;
  --hd-color-focus: var(--hd-color-accent);
`;

const light = /* css */ `
  color-scheme: light;
  --hd-brand: #3451d1;
  --hd-color-page: #eef0f3;
  --hd-color-surface: #ffffff;
  --hd-color-surface-raised: #ffffff;
  --hd-color-surface-sunken: #f5f6f8;
  --hd-color-text: #1b1f24;
  --hd-color-text-quiet: #57606b;
  --hd-color-border: #d6dae0;
  --hd-color-border-strong: #8b95a1;
  --hd-color-warning: #9a5200;
  --hd-color-warning-quiet: #fff3de;
  --hd-color-danger: #c0262d;
  --hd-color-danger-quiet: #ffecec;
  --hd-color-success: #23773a;
  --hd-color-success-quiet: #e5f5e9;
  --hd-color-customer: #1a64c2;
  --hd-color-customer-quiet: #e9f2fd;
  --hd-color-note-bg: #fff5d1;
  --hd-color-note-border: #d9a400;
  --hd-color-note-text: #4d3900;
  --hd-color-scrim: rgb(15 20 30 / 0.45);
  --hd-color-skeleton: #e4e7eb;
  --hd-shadow-raised: 0 1px 2px rgb(16 24 40 / 0.08), 0 1px 3px rgb(16 24 40 / 0.06);
  --hd-shadow-overlay: 0 12px 40px rgb(16 24 40 / 0.22), 0 2px 8px rgb(16 24 40 / 0.1);
  ${lightAccent}
`;

const dark = /* css */ `
  color-scheme: dark;
  --hd-brand: #6b86ff;
  --hd-color-page: #0f1216;
  --hd-color-surface: #181c22;
  --hd-color-surface-raised: #20252d;
  --hd-color-surface-sunken: #13161b;
  --hd-color-text: #e7eaee;
  --hd-color-text-quiet: #a8b0ba;
  --hd-color-border: #353c46;
  --hd-color-border-strong: #6d7683;
  --hd-color-warning: #f3ae4e;
  --hd-color-warning-quiet: #3a2b13;
  --hd-color-danger: #ff8a8a;
  --hd-color-danger-quiet: #3e1c1f;
  --hd-color-success: #6fd98a;
  --hd-color-success-quiet: #16301f;
  --hd-color-customer: #7db7ff;
  --hd-color-customer-quiet: #162a42;
  --hd-color-note-bg: #3a3014;
  --hd-color-note-border: #a8850f;
  --hd-color-note-text: #f6e6ad;
  --hd-color-scrim: rgb(0 0 0 / 0.6);
  --hd-color-skeleton: #2a3038;
  --hd-shadow-raised: 0 1px 2px rgb(0 0 0 / 0.4);
  --hd-shadow-overlay: 0 16px 48px rgb(0 0 0 / 0.55), 0 2px 8px rgb(0 0 0 / 0.4);
  ${darkAccent}
`;

const tinted = /* css */ `
  color-scheme: light;
  --hd-brand: #5b3fd1;
  --hd-color-page: #e3e8f4;
  --hd-color-surface: #f5f7fd;
  --hd-color-surface-raised: #ffffff;
  --hd-color-surface-sunken: #e9eef9;
  --hd-color-text: #18203a;
  --hd-color-text-quiet: #4a5572;
  --hd-color-border: #c9d2e8;
  --hd-color-border-strong: #7f8aa8;
  --hd-color-warning: #935000;
  --hd-color-warning-quiet: #fbefd9;
  --hd-color-danger: #b8232c;
  --hd-color-danger-quiet: #fbe7ea;
  --hd-color-success: #1f723a;
  --hd-color-success-quiet: #e1f2e6;
  --hd-color-customer: #1659b3;
  --hd-color-customer-quiet: #e1ecfb;
  --hd-color-note-bg: #fcf0c8;
  --hd-color-note-border: #c99a00;
  --hd-color-note-text: #4a3700;
  --hd-color-scrim: rgb(20 24 50 / 0.45);
  --hd-color-skeleton: #d9e0ef;
  --hd-shadow-raised: 0 1px 2px rgb(30 40 90 / 0.1), 0 1px 3px rgb(30 40 90 / 0.08);
  --hd-shadow-overlay: 0 12px 40px rgb(30 40 90 / 0.25), 0 2px 8px rgb(30 40 90 / 0.12);
  ${lightAccent}
`;

const parchment = /* css */ `
  color-scheme: light;
  --hd-brand: #8a4a12;
  --hd-color-page: #efe6d2;
  --hd-color-surface: #fbf6ea;
  --hd-color-surface-raised: #fffcf4;
  --hd-color-surface-sunken: #f3ead6;
  --hd-color-text: #2d2517;
  --hd-color-text-quiet: #5e5139;
  --hd-color-border: #dccdad;
  --hd-color-border-strong: #92805c;
  --hd-color-warning: #8d4c00;
  --hd-color-warning-quiet: #f8e6c4;
  --hd-color-danger: #a82424;
  --hd-color-danger-quiet: #f8e0d8;
  --hd-color-success: #2c6b30;
  --hd-color-success-quiet: #e3eed5;
  --hd-color-customer: #235a9c;
  --hd-color-customer-quiet: #e3e9f0;
  --hd-color-note-bg: #f9e7b0;
  --hd-color-note-border: #b98a10;
  --hd-color-note-text: #463300;
  --hd-color-scrim: rgb(40 30 10 / 0.42);
  --hd-color-skeleton: #eadfc6;
  --hd-shadow-raised: 0 1px 2px rgb(60 40 10 / 0.1), 0 1px 3px rgb(60 40 10 / 0.08);
  --hd-shadow-overlay: 0 12px 40px rgb(60 40 10 / 0.25), 0 2px 8px rgb(60 40 10 / 0.12);
  ${lightAccent}
`;

/** The whole token sheet as CSS text (also shipped as `hd-cockpit/themes.css`). */
export const themesCss = `/* hd-cockpit design tokens — generated from src/tokens/themes.ts */
:where(:root) {${shared}${light}}
:where([data-theme='light']) {${light}}
:where([data-theme='dark']) {${dark}}
:where([data-theme='tinted']) {${tinted}}
:where([data-theme='parchment']) {${parchment}}
:where([data-hd-brand]) {${lightAccent}}
:where([data-theme='dark'] [data-hd-brand], [data-theme='dark'][data-hd-brand]) {${darkAccent}}
`;

/** One token sheet per window: a constructed sheet can only be adopted in its own window. */
const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Adopts the token sheet into a document once (idempotent). Called by every element on
 * connect, so themes work with zero CSS from the host. Works for any document, also one of an
 * iframe (an element moved there, or `adoptThemes(frame.contentDocument)`).
 */
export function adoptThemes(doc: Document = document): void {
  const win = doc?.defaultView;
  if (!doc?.adoptedStyleSheets || !win) return;
  let sheet = sheets.get(win);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(themesCss);
    sheets.set(win, sheet);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) {
    // tokens first so any host stylesheet wins over them
    doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  }
}
