import { expect } from '@open-wc/testing';
import { BLOCKED_ATTRIBUTE_PREFIX as X, defuseInlineCode } from './defuse.js';

/** What the browser's parser makes of `html`: element names and attribute names, in order. */
function shape(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.querySelectorAll('*')].map(
    (el) => `${el.localName}[${[...el.attributes].map((a) => a.name).join(',')}]`,
  );
}

const textOf = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').body.textContent;

describe('defuseInlineCode (the sanitizer pre-pass)', () => {
  it('renames event handlers and style attributes in every attribute syntax', () => {
    const cases: [string, string][] = [
      ['<p onclick="a()">x</p>', `<p ${X}onclick="a()">x</p>`],
      ["<p ONCLICK='a()' style=color:red>x</p>", `<p ${X}ONCLICK='a()' ${X}style=color:red>x</p>`],
      ['<img/onerror=a() src=x>', `<img/${X}onerror=a() src=x>`],
      ['<p title="x"onclick="a()">', `<p title="x"${X}onclick="a()">`],
      ['<p\tonclick\n=\n"a()">', `<p\t${X}onclick\n=\n"a()">`],
      ['<svg onload=a()></svg>', `<svg ${X}onload=a()></svg>`],
    ];
    for (const [input, output] of cases) expect(defuseInlineCode(input), input).to.equal(output);
  });

  it('leaves attribute values, text, comments and raw text alone', () => {
    for (const html of [
      '<a title="onclick=a() style=x" href="https://x.example/?onload=1">onclick= style=</a>',
      '<p>Set style= and onload= in the config</p>',
      '<!-- <p onclick=a()> --><p>after</p>',
      '<textarea><p onclick=a()></textarea>',
      '<title>a <b style=x></title>',
      '<script>var s = "<p onclick=a()>"</script>',
      'plain text with no markup at all',
      '<p>a < b and c > d</p>',
    ]) {
      expect(defuseInlineCode(html), html).to.equal(html);
    }
  });

  it('drops <style> elements with their content (only the tags inside SVG / MathML)', () => {
    expect(defuseInlineCode('<p>a</p><style>p{color:red}</style><p>b</p>')).to.equal(
      '<p>a</p><p>b</p>',
    );
    expect(defuseInlineCode('<STYLE type=text/css>@import "x";</STYLE >b')).to.equal('b');
    expect(defuseInlineCode('<svg><style>.a{}</style></svg>')).to.equal('<svg>.a{}</svg>');
  });

  it('keeps the document the parser builds, minus what it renames or drops', () => {
    const html =
      '<div class="a"><p onclick="x()">Hello <b>there</b></p><img src="y.png" alt="y" onerror="z()">' +
      '<table><tr><td style="width:1px">cell</td></tr></table></div>';
    const before = shape(html).map((s) =>
      s.replace(/\b(onclick|onerror|style)\b/g, (n) => `${X}${n}`),
    );
    expect(shape(defuseInlineCode(html))).to.deep.equal(before);
    expect(textOf(defuseInlineCode(html))).to.equal(textOf(html));
  });

  it('stops at <plaintext>, like the parser', () => {
    const html = '<p onclick=a()>x</p><plaintext><p onclick=b()>';
    expect(defuseInlineCode(html)).to.equal(`<p ${X}onclick=a()>x</p><plaintext><p onclick=b()>`);
  });
});
