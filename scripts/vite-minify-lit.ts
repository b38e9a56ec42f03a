/**
 * Build-time minification of the CSS and HTML inside lit's `css`, `html` and `svg` tagged
 * templates (the JS minifier leaves template text alone: it is runtime data).
 *
 * Our own small plugin rather than a library: the known ones (minify-html-literals and its
 * rollup/vite wrappers) are unmaintained, pull in html-minifier-terser + clean-css (megabytes)
 * and predate Vite 8 / rolldown. What we need is small and conservative, so it is written
 * here and can be reasoned about in full:
 *
 * - CSS: comments dropped; whitespace runs collapsed to one space, and dropped next to `{ } ;
 *   ,`, after `:` and `(`, and before `)` and `!`; the last `;` of a block dropped. Strings and
 *   `url(...)` are copied as they are. Whitespace before `(` and around `> + ~` and numbers is kept (one
 *   space), so selectors, `calc()` and media queries keep their meaning.
 * - HTML/SVG: whitespace runs that contain a line break collapse to one space, in text and
 *   between attributes; whitespace before `>` in a tag is dropped. Comments are dropped, except
 *   an empty `<!---->` and one that an expression interrupts (copied as it is). Attribute
 *   values and `<pre>`, `<textarea>`, `<script>` and `<style>` contents are copied as they
 *   are. Under `white-space: normal` a run of whitespace renders as one space anyway, so the
 *   rendered page is the same; a template that needs literal line breaks in its markup (inside
 *   a `pre-wrap` element) must use `<pre>`, `<textarea>` or an expression instead.
 * - `${...}` expressions are never touched; whitespace next to one is collapsed, not dropped.
 *
 * Only modules that import the tag from `lit`, `lit-html` or `lit-element` are rewritten, and
 * only templates whose tag is that imported binding. The plugin returns a source map, so the
 * bundle's map still points into the sources.
 */
import type { ESTree, Plugin } from 'vite';

type Kind = 'css' | 'html';
type Edit = [start: number, end: number, text: string];

const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element']);
const TAG_KIND: Record<string, Kind> = { css: 'css', html: 'html', svg: 'html' };

/** Minifies the raw quasis of one `css` template (expressions sit between them). */
export function minifyCss(quasis: string[]): string[] {
  const dropBefore = '{};,)!';
  const dropAfter = '{};,:(';
  return quasis.map((raw, index) => {
    const afterExpression = index > 0;
    const beforeExpression = index < quasis.length - 1;
    let out = '';
    let pending = false; // whitespace (or a comment) seen since the last token
    const emit = (token: string) => {
      if (pending) {
        const prev = out === '' ? (afterExpression ? '$' : '{') : out[out.length - 1]!;
        if (!dropAfter.includes(prev) && !dropBefore.includes(token[0]!)) out += ' ';
      }
      pending = false;
      out += token;
    };
    let i = 0;
    while (i < raw.length) {
      const c = raw[i]!;
      if (c === '/' && raw[i + 1] === '*') {
        const end = raw.indexOf('*/', i + 2);
        if (end < 0) return raw; // not CSS we understand: leave the quasi alone
        i = end + 2;
        pending = true;
      } else if (/\s/.test(c)) {
        while (i < raw.length && /\s/.test(raw[i]!)) i++;
        pending = true;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
        if (j >= raw.length) return raw;
        emit(raw.slice(i, j + 1));
        i = j + 1;
      } else if (c === '\\') {
        emit(raw.slice(i, i + 2));
        i += 2;
      } else if (/^url\(/i.test(raw.slice(i, i + 4))) {
        const end = raw.indexOf(')', i);
        if (end < 0) return raw;
        emit(raw.slice(i, end + 1));
        i = end + 1;
      } else if (c === '}' && out.endsWith(';')) {
        out = out.slice(0, -1) + c;
        pending = false;
        i++;
      } else {
        emit(c);
        i++;
      }
    }
    if (pending && beforeExpression) {
      const prev = out === '' ? (afterExpression ? '$' : '{') : out[out.length - 1]!;
      if (!dropAfter.includes(prev)) out += ' ';
    }
    return out;
  });
}

const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * Minifies the raw quasis of one `html`/`svg` template. The tokenizer state (text, tag,
 * quoted value, comment, raw text) carries across expressions.
 */
export function minifyHtml(quasis: string[]): string[] {
  // escapes (`\"`, a `\` line continuation) would cook to something else than they read: such
  // a template is left as it is
  if (quasis.some((q) => q.includes('\\'))) return quasis;
  type State = 'text' | 'tag' | 'dq' | 'sq' | 'comment' | 'raw';
  let state: State = 'text';
  let rawTag = '';
  let pendingRaw = ''; // tag name whose content is raw text once its start tag closes
  return quasis.map((raw) => {
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const c = raw[i]!;
      if (state === 'dq' || state === 'sq') {
        if (c === (state === 'dq' ? '"' : "'")) state = 'tag';
        out += c;
        i++;
      } else if (state === 'comment') {
        if (raw.startsWith('-->', i)) {
          state = 'text';
          out += '-->';
          i += 3;
        } else {
          out += c;
          i++;
        }
      } else if (state === 'raw') {
        if (raw.slice(i, i + 2 + rawTag.length).toLowerCase() === `</${rawTag}`) {
          state = 'tag';
          out += raw.slice(i, i + 2 + rawTag.length);
          i += 2 + rawTag.length;
        } else {
          out += c;
          i++;
        }
      } else if (/\s/.test(c)) {
        let j = i;
        while (j < raw.length && /\s/.test(raw[j]!)) j++;
        const run = raw.slice(i, j);
        const next = raw[j];
        if (state === 'tag' && next === '>') {
          // whitespace before the end of a tag carries nothing (kept before `/>`: after an
          // unquoted value the `/` would join the value)
        } else if (state === 'tag') {
          out += ' ';
        } else {
          out += /[\n\r]/.test(run) ? ' ' : run;
        }
        i = j;
      } else if (state === 'text') {
        const commentEnd = raw.startsWith('<!--', i) ? raw.indexOf('-->', i + 4) : -1;
        if (commentEnd > i + 4) {
          // a note for whoever reads the template (none for the browser): dropped
          i = commentEnd + 3;
        } else if (raw.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
        } else if (c === '<' && /[a-zA-Z/]/.test(raw[i + 1] ?? '')) {
          const m = /^<\/?([a-zA-Z][\w-]*)/.exec(raw.slice(i));
          if (m) {
            state = 'tag';
            pendingRaw = m[0][1] !== '/' && RAW_TEXT.has(m[1]!.toLowerCase()) ? m[1]! : '';
            out += m[0];
            i += m[0].length;
          } else {
            out += c;
            i++;
          }
        } else {
          out += c;
          i++;
        }
      } else {
        // in a tag
        if (c === '"') state = 'dq';
        else if (c === "'") state = 'sq';
        else if (c === '>') {
          state = pendingRaw ? 'raw' : 'text';
          rawTag = pendingRaw.toLowerCase();
          pendingRaw = '';
        }
        out += c;
        i++;
      }
    }
    return out;
  });
}

/** Local names bound to lit's `css` / `html` / `svg` in a module. */
function litTags(program: ESTree.Program): Map<string, Kind> {
  const tags = new Map<string, Kind>();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.has(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type !== 'ImportSpecifier') continue;
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : '';
      const kind = TAG_KIND[imported];
      if (kind) tags.set(spec.local.name, kind);
    }
  }
  return tags;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
}

/** Applies sorted, non-overlapping edits and builds a source map (a segment per token). */
function applyEdits(code: string, edits: Edit[], file: string) {
  const lineOf: number[] = [];
  const colOf: number[] = [];
  for (let i = 0, line = 0, col = 0; i <= code.length; i++) {
    lineOf.push(line);
    colOf.push(col);
    if (code[i] === '\n') {
      line++;
      col = 0;
    } else col++;
  }
  let out = '';
  const lines: string[][] = [[]];
  let outCol = 0;
  let prevSrcLine = 0;
  let prevSrcCol = 0;
  let prevOutCol = 0;
  const mark = (pos: number) => {
    const seg =
      vlq(outCol - prevOutCol) +
      'A' +
      vlq(lineOf[pos]! - prevSrcLine) +
      vlq(colOf[pos]! - prevSrcCol);
    lines[lines.length - 1]!.push(seg);
    prevOutCol = outCol;
    prevSrcLine = lineOf[pos]!;
    prevSrcCol = colOf[pos]!;
  };
  const copy = (from: number, to: number, text: string, tokens: boolean) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const pos = Math.min(from + i, to);
      if (i === 0 || (tokens && /[\w$]/.test(ch) !== /[\w$]/.test(text[i - 1]!))) mark(pos);
      if (ch === '\n') {
        out += ch;
        lines.push([]);
        outCol = 0;
        prevOutCol = 0;
        if (i + 1 < text.length) mark(Math.min(from + i + 1, to));
      } else {
        out += ch;
        outCol++;
      }
    }
  };
  let last = 0;
  for (const [start, end, text] of edits) {
    copy(last, start, code.slice(last, start), true);
    copy(start, start, text, false);
    last = end;
  }
  copy(last, code.length, code.slice(last), true);
  const map = {
    version: 3,
    file,
    sources: [file],
    sourcesContent: [code],
    names: [],
    mappings: lines.map((l) => l.join(',')).join(';'),
  };
  return { code: out, map };
}

export function minifyLitTemplates(): Plugin {
  return {
    name: 'hd:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(id.split('?')[0]!)) return null;
      if (!/\b(css|html|svg)\b/.test(code) || !code.includes('`')) return null;
      const program = this.parse(code);
      const tags = litTags(program);
      if (!tags.size) return null;
      const edits: Edit[] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as ESTree.Node;
        if (n.type === 'TaggedTemplateExpression' && n.tag.type === 'Identifier') {
          const kind = tags.get(n.tag.name);
          const quasis = n.quasi.quasis;
          if (kind && quasis.every((q) => code.slice(q.start, q.end) === q.value.raw)) {
            const raws = quasis.map((q) => q.value.raw);
            const mins = kind === 'css' ? minifyCss(raws) : minifyHtml(raws);
            quasis.forEach((q, i) => {
              if (mins[i] !== raws[i]) edits.push([q.start, q.end, mins[i]!]);
            });
          }
          walk(n.quasi.expressions);
          return;
        }
        for (const [key, child] of Object.entries(n)) if (key !== 'parent') walk(child);
      };
      walk(program);
      if (!edits.length) return null;
      edits.sort((a, b) => a[0] - b[0]);
      return applyEdits(code, edits, id);
    },
  };
}
