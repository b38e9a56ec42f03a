import { expect, fixture, html } from '@open-wc/testing';
import { THEMES, adoptThemes, themesCss } from '../src/tokens/themes.js';
import { hostStyles } from '../src/tokens/host-styles.js';
import { contrast, toRgb, tokenColor } from './helpers/color.js';
import '../src/index.js';

/** Every `--hd-*` name a sheet declares. */
function declared(cssText: string): Set<string> {
  return new Set([...cssText.matchAll(/(--hd-[\w-]+)\s*:/g)].map((m) => m[1]));
}
/** Every `--hd-*` name a sheet reads through var(). */
function used(cssText: string): Set<string> {
  return new Set([...cssText.matchAll(/var\(\s*(--hd-[\w-]+)/g)].map((m) => m[1]));
}

/** The CSS text of every hd-* element's styles (all registered elements). */
function elementCss(): { tag: string; css: string }[] {
  return registeredTags().map((tag) => {
    const ctor = customElements.get(tag) as unknown as { elementStyles?: { cssText?: string }[] };
    const css = (ctor.elementStyles ?? []).map((s) => s.cssText ?? '').join('\n');
    return { tag, css };
  });
}
function registeredTags(): string[] {
  return [
    'hd-provider',
    'hd-inbox',
    'hd-ticket-peek',
    'hd-composer',
    'hd-customer-history',
    'hd-cockpit',
  ].filter((t) => customElements.get(t));
}

describe('design tokens', () => {
  it('every var(--hd-…) used by an element or the tokens themselves is defined', () => {
    const defined = declared(themesCss);
    const sources = [
      { tag: 'themes', css: themesCss },
      { tag: 'host', css: hostStyles.cssText },
      ...elementCss(),
    ];
    const missing: string[] = [];
    for (const { tag, css } of sources) {
      for (const name of used(css)) {
        // component hooks (--hd-inbox-row-height, ...) are optional inputs with fallbacks
        const isHook = /^--hd-(inbox|peek|ticket-peek|composer|customer-history|cockpit)-/.test(
          name,
        );
        if (!defined.has(name) && !isHook) missing.push(`${tag}: ${name}`);
      }
    }
    expect(missing, `undefined tokens:\n${missing.join('\n')}`).to.deep.equal([]);
    expect(elementCss().length, 'element styles were inspected').to.be.greaterThan(0);
  });

  it('every theme defines the same color tokens', () => {
    const blocks = [...themesCss.matchAll(/\[data-theme='(\w+)'\]\) \{([^}]*)\}/g)];
    expect(blocks.map((b) => b[1])).to.deep.equal([...THEMES]);
    const sets = blocks.map((b) => [...declared(b[2])].sort().join(','));
    for (const s of sets) expect(s).to.equal(sets[0]);
  });

  it('adopts the token sheet into the document exactly once', () => {
    adoptThemes(document);
    adoptThemes(document);
    const sheets = document.adoptedStyleSheets.filter((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('--hd-color-surface')),
    );
    expect(sheets).to.have.length(1);
  });

  it("adopts the token sheet into an iframe document (its own window's sheet)", async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      adoptThemes(doc);
      adoptThemes(doc);
      const tokenSheets = doc.adoptedStyleSheets.filter((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('--hd-color-surface')),
      );
      expect(tokenSheets).to.have.length(1);
      doc.body.setAttribute('data-theme', 'dark');
      const body = frame.contentWindow!.getComputedStyle(doc.body);
      expect(body.getPropertyValue('--hd-color-surface').trim()).to.equal(
        getComputedStyle(await fixture(html`<div data-theme="dark"></div>`))
          .getPropertyValue('--hd-color-surface')
          .trim(),
      );
    } finally {
      frame.remove();
    }
  });

  for (const theme of THEMES) {
    it(`${theme}: text, quiet text, status colors and accent meet WCAG AA`, async () => {
      const el = await fixture(html`<div data-theme=${theme}></div>`);
      const c = (t: string) => tokenColor(el, t);
      const surface = c('--hd-color-surface');
      expect(contrast(c('--hd-color-text'), surface)).to.be.at.least(7);
      expect(contrast(c('--hd-color-text-quiet'), surface)).to.be.at.least(4.5);
      for (const t of ['warning', 'danger', 'success', 'customer']) {
        expect(contrast(c(`--hd-color-${t}`), surface), t).to.be.at.least(4.5);
        expect(
          contrast(c(`--hd-color-${t}`), c(`--hd-color-${t}-quiet`)),
          `${t} on its quiet bg`,
        ).to.be.at.least(4.5);
      }
      expect(contrast(c('--hd-color-note-text'), c('--hd-color-note-bg'))).to.be.at.least(4.5);
      expect(contrast(c('--hd-color-on-accent'), c('--hd-color-accent'))).to.be.at.least(4.5);
      expect(contrast(c('--hd-color-accent-text'), surface)).to.be.at.least(4.5);
    });
  }

  for (const brand of ['#ffd400', '#00c2a8', '#e0006a', '#0a0a40']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`white-label ${brand} in ${theme}: derived accent keeps AA contrast`, async () => {
        const el = await fixture(
          html`<div data-theme=${theme} style="--hd-brand: ${brand}"></div>`,
        );
        const c = (t: string) => tokenColor(el, t);
        // the derived accent really resolves (an invalid color would inherit the text color)
        const [r, g, b] = toRgb(c('--hd-color-accent'));
        expect(
          Math.max(r, g, b) - Math.min(r, g, b),
          `accent ${c('--hd-color-accent')}`,
        ).to.be.above(25);
        expect(contrast(c('--hd-color-on-accent'), c('--hd-color-accent'))).to.be.at.least(4.5);
        expect(contrast(c('--hd-color-accent-text'), c('--hd-color-surface'))).to.be.at.least(4.5);
      });
    }
  }
});

describe('docs/theming.md', () => {
  it('lists every token the theme sheet defines', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const missing = [...declared(themesCss)].filter(
      (name) =>
        !doc.includes(name) && !doc.includes(name.replace(/-(s|m|l|xl|xs|pill|quiet|\d)$/, '')),
    );
    expect(missing).to.deep.equal([]);
  });
});
