/**
 * The build-time minifier of lit templates (scripts/vite-minify-lit.ts, CDN bundle only): what
 * it drops must not change what the template renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { minifyHtml } from '../scripts/vite-minify-lit.js';

/** Renders the quasis as lit would (no expressions) and returns the container's HTML. */
async function rendered(quasis: string[]): Promise<string> {
  const strings = Object.assign([...quasis], {
    raw: [...quasis],
  }) as unknown as TemplateStringsArray;
  const values = quasis.slice(1).map((_, i) => `v${i}`);
  const el = await fixture<HTMLElement>(html`<div>${html(strings, ...values)}</div>`);
  return el.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '');
}

describe('minifyHtml (CDN build)', () => {
  it('drops notes written as comments, keeping the rendered text and elements', async () => {
    const source = [
      `<div class="a">
        <!-- a note for the reader,
             over two lines -->
        <span>one</span> <!-- inline --> <b>two</b>
      </div>`,
    ];
    const [out] = minifyHtml(source);
    expect(out).to.not.contain('note for the reader');
    expect(out).to.not.contain('inline');
    const a = document.createElement('div');
    a.innerHTML = await rendered(source);
    const b = document.createElement('div');
    b.innerHTML = await rendered([out]);
    expect(b.textContent!.replace(/\s+/g, ' ')).to.equal(a.textContent!.replace(/\s+/g, ' '));
    expect(b.querySelectorAll('span, b')).to.have.length(2);
  });

  it('keeps an empty comment and one that an expression interrupts', () => {
    expect(minifyHtml(['<p>a<!---->b</p>'])).to.deep.equal(['<p>a<!---->b</p>']);
    expect(minifyHtml(['<p><!-- x ', ' y --></p>'])).to.deep.equal(['<p><!-- x ', ' y --></p>']);
  });

  it('leaves comment-like text in attribute values and <textarea> alone', () => {
    expect(minifyHtml(['<a title="<!-- not a comment -->">x</a>'])).to.deep.equal([
      '<a title="<!-- not a comment -->">x</a>',
    ]);
    expect(minifyHtml(['<textarea><!-- typed --></textarea>'])).to.deep.equal([
      '<textarea><!-- typed --></textarea>',
    ]);
  });
});
