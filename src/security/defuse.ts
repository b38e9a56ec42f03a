/**
 * A pre-pass over untrusted email HTML, run before DOMPurify parses it: it renames inline
 * event-handler attributes (`on*`) and `style` attributes to `data-hd-blocked-<name>` and
 * drops `<style>…</style>` elements, following the HTML tokenizer's rules for tags, quoted and
 * unquoted attribute values, comments and raw-text elements.
 *
 * Why: Chromium checks the page's Content Security Policy even while parsing into an inert
 * document (DOMParser, `<template>`): under a policy without `'unsafe-inline'` every `onclick=`,
 * `style=` and `<style>` in a customer's email fires a `securitypolicyviolation` report,
 * although nothing runs and DOMPurify removes them right after. With this pre-pass the parser
 * never sees them, so a strict-CSP host gets no false reports.
 *
 * This is not the security boundary: DOMPurify sanitizes the result (it drops every `data-*`
 * attribute, `style` and `<style>`), so whatever the pass does to odd input, nothing unsafe gets
 * through; it only changes how odd input renders. It renames by inserting letters and hyphens
 * into attribute names and removes whole `<style>` elements (inside SVG / MathML, where
 * `<style>` is no raw-text element, only its tags). Where its view of the markup differs from
 * the browser's (foreign content, script escapes) the worst outcomes are a missed rename (one
 * more report) or changed text inside content DOMPurify drops.
 */

export const BLOCKED_ATTRIBUTE_PREFIX = 'data-hd-blocked-';

const RAW_TEXT = new Set(['script', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

/** Start tags that end SVG / MathML content when met inside it (HTML "breakout" elements). */
const BREAKOUT = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i ' +
    'img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt ' +
    'u ul var'
  ).split(' '),
);

const isSpace = (ch: string) =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';
const isAlpha = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

/** Attribute names the pass renames (case-insensitive). */
function isInlineCodeAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'style' || lower.startsWith('on');
}

/** Index just after the end of the comment or bogus comment that starts at `i` (`<!` / `<?`). */
function skipComment(html: string, i: number): number {
  if (html.startsWith('<!--', i)) {
    // `<!-->` and `<!--->` close at once (abrupt closing of an empty comment)
    if (html.startsWith('<!-->', i)) return i + 5;
    if (html.startsWith('<!--->', i)) return i + 6;
    for (let j = i + 4; j < html.length; j++) {
      if (html.startsWith('-->', j)) return j + 3;
      if (html.startsWith('--!>', j)) return j + 4;
    }
    return html.length;
  }
  const end = html.indexOf('>', i + 2);
  return end < 0 ? html.length : end + 1;
}

/** Index of the `</name` that ends a raw-text element's content (or the end of the input). */
function rawTextEnd(html: string, from: number, name: string): number {
  const lower = html.toLowerCase();
  let j = from;
  for (;;) {
    j = lower.indexOf(`</${name}`, j);
    if (j < 0) return html.length;
    const after = html[j + 2 + name.length];
    if (after === undefined || after === '>' || after === '/' || isSpace(after)) return j;
    j += 2;
  }
}

interface Tag {
  /** Index after the tag's `>` (or the input's end). */
  end: number;
  name: string;
  /** The tag with its inline-code attribute names renamed. */
  text: string;
}

/** Tokenizes the start or end tag at `i` (`<name` or `</name`). */
function readTag(html: string, i: number): Tag {
  let j = i + (html[i + 1] === '/' ? 2 : 1);
  const nameStart = j;
  while (j < html.length && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
  const name = html.slice(nameStart, j).toLowerCase();
  let out = html.slice(i, j);
  while (j < html.length) {
    const ch = html[j];
    if (ch === '>') return { end: j + 1, name, text: out + '>' };
    if (isSpace(ch) || ch === '/') {
      out += ch;
      j++;
      continue;
    }
    // attribute name: the first character may be "=" (a parse error, but part of the name)
    const attrStart = j;
    j++;
    while (j < html.length && !isSpace(html[j]) && !'/>='.includes(html[j])) j++;
    const attr = html.slice(attrStart, j);
    out += isInlineCodeAttribute(attr) ? BLOCKED_ATTRIBUTE_PREFIX + attr : attr;
    // optional value
    let k = j;
    while (k < html.length && isSpace(html[k])) k++;
    if (html[k] !== '=') continue;
    k++;
    while (k < html.length && isSpace(html[k])) k++;
    const quote = html[k];
    let valueEnd: number;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, k + 1);
      valueEnd = close < 0 ? html.length : close + 1;
    } else {
      valueEnd = k;
      while (valueEnd < html.length && !isSpace(html[valueEnd]) && html[valueEnd] !== '>') {
        valueEnd++;
      }
    }
    out += html.slice(j, valueEnd);
    j = valueEnd;
  }
  return { end: html.length, name, text: out };
}

/** See the module comment. Returns `html` itself when there is nothing to change. */
export function defuseInlineCode(html: string): string {
  if (!/on|style/i.test(html)) return html;
  let out = '';
  let i = 0;
  let copied = 0;
  /** Open `<svg>` / `<math>` elements: inside them `<style>` & co. are not raw text. */
  let foreign = 0;
  const drop = (from: number, to: number) => {
    out += html.slice(copied, from);
    copied = i = to;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      i = skipComment(html, lt);
      continue;
    }
    const isEnd = next === '/';
    if (!(isAlpha(next) || (isEnd && isAlpha(html[lt + 2] ?? '')))) {
      // `</>` is skipped, `</3…>` is a bogus comment, a lone `<` is text
      if (isEnd && html[lt + 2] !== '>') i = skipComment(html, lt);
      else i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    const selfClosing = tag.text.endsWith('/>');
    if (tag.name === 'svg' || tag.name === 'math') {
      if (isEnd) foreign = Math.max(0, foreign - 1);
      else if (!selfClosing) foreign++;
    } else if (!isEnd && BREAKOUT.has(tag.name)) {
      foreign = 0;
    }
    if (tag.name === 'style') {
      if (isEnd || foreign) {
        drop(lt, tag.end); // only the tag: here its content is markup (or it is a stray end tag)
      } else {
        // the whole raw-text element: DOMPurify removes it and its content anyway
        const close = rawTextEnd(html, tag.end, 'style');
        drop(lt, close < html.length ? readTag(html, close).end : html.length);
      }
      continue;
    }
    if (tag.text !== html.slice(lt, tag.end)) {
      out += html.slice(copied, lt) + tag.text;
      copied = tag.end;
    }
    i = tag.end;
    if (isEnd || foreign) continue;
    if (tag.name === 'plaintext') break; // the rest is text
    if (RAW_TEXT.has(tag.name)) i = rawTextEnd(html, i, tag.name);
  }
  return copied === 0 ? html : out + html.slice(copied);
}
