/**
 * A small YAML-subset parser, enough for docs/rest-api.yaml (no YAML library is installed).
 *
 * Supported: block mappings and sequences (spaces only), `- key: value` items, plain,
 * 'single' and "double" quoted scalars, one-line flow collections (`[a, b]`, `{a: b}`, nested),
 * `|` and `>` block scalars with `-`/`+` chomping, `#` comments. Plain scalars resolve to
 * null/true/false/integers/floats as in YAML 1.2's core schema. Anything else (anchors,
 * aliases, tags, directives, multi-line flow, complex keys, tabs) throws with the line number,
 * so the spec cannot silently use syntax this parser would misread.
 */

export type YamlValue =
  null | boolean | number | string | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  no: number;
  indent: number;
  text: string;
  raw: string;
}

export class YamlError extends Error {
  constructor(message: string, line?: number) {
    super(line ? `YAML line ${line}: ${message}` : `YAML: ${message}`);
    this.name = 'YamlError';
  }
}

/** Removes a trailing ` # comment` that is not inside quotes. */
function stripComment(text: string, no: number): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = null;
      }
    } else if (c === '"' || c === "'") {
      // a quote only opens a scalar at its start (after an indicator or a space)
      if (i === 0 || /[\s[{,:-]/.test(text[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return text.slice(0, i).trimEnd();
    }
  }
  if (quote) throw new YamlError('unterminated quoted scalar', no);
  return text.trimEnd();
}

function resolvePlain(text: string): YamlValue {
  if (text === '' || text === '~' || text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^[-+]?\d+$/.test(text)) return Number(text);
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(text)) return Number(text);
  return text;
}

function unescapeDouble(body: string, no: number): string {
  const map: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '"': '"',
    '\\': '\\',
    '/': '/',
    '0': '\0',
    ' ': ' ',
  };
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e in map) return map[e];
    throw new YamlError(`unsupported escape \\${e}`, no);
  });
}

/** Parses a flow value (scalar, quoted, [..] or {..}) that must fill `text` entirely. */
function parseInline(text: string, no: number): YamlValue {
  let pos = 0;
  const ws = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const quoted = (): string => {
    const q = text[pos++];
    let out = '';
    while (pos < text.length) {
      const c = text[pos];
      if (q === '"' && c === '\\') {
        out += text.slice(pos, pos + 2);
        pos += 2;
        continue;
      }
      if (c === q) {
        if (q === "'" && text[pos + 1] === "'") {
          out += "'";
          pos += 2;
          continue;
        }
        pos++;
        return q === '"' ? unescapeDouble(out, no) : out;
      }
      out += c;
      pos++;
    }
    throw new YamlError('unterminated quoted scalar', no);
  };
  const value = (inFlow: boolean, asKey = false): YamlValue => {
    ws();
    const c = text[pos];
    if (c === '[') {
      pos++;
      const list: YamlValue[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return list;
      }
      for (;;) {
        list.push(value(true));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return list;
        }
        throw new YamlError(`expected , or ] in flow sequence`, no);
      }
    }
    if (c === '{') {
      pos++;
      const map: Record<string, YamlValue> = {};
      ws();
      if (text[pos] === '}') {
        pos++;
        return map;
      }
      for (;;) {
        const key = String(value(true, true));
        ws();
        if (text[pos] !== ':') throw new YamlError(`expected : after flow key "${key}"`, no);
        pos++;
        if (key in map) throw new YamlError(`duplicate key "${key}"`, no);
        map[key] = value(true);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return map;
        }
        throw new YamlError('expected , or } in flow mapping', no);
      }
    }
    if (c === '"' || c === "'") return quoted();
    if (c !== undefined && /[&*!|>%@`]/.test(c)) {
      throw new YamlError(`unsupported YAML syntax "${c}"`, no);
    }
    const start = pos;
    while (pos < text.length) {
      const ch = text[pos];
      if (inFlow && (ch === ',' || ch === ']' || ch === '}')) break;
      if (asKey && ch === ':' && (pos + 1 >= text.length || /[\s,}\]]/.test(text[pos + 1]))) break;
      if (ch === ':' && /\s/.test(text[pos + 1] ?? '') && !asKey) {
        throw new YamlError('": " inside a plain scalar (quote it)', no);
      }
      pos++;
    }
    return resolvePlain(text.slice(start, pos).trim());
  };
  const result = value(false);
  ws();
  if (pos !== text.length) throw new YamlError(`unexpected "${text.slice(pos)}"`, no);
  return result;
}

/** Index of the `:` that ends a block mapping key, or -1. */
function keyColon(text: string): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,]/.test(text[i - 1]))) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ':' && depth === 0 && (i + 1 === text.length || text[i + 1] === ' ')) return i;
  }
  return -1;
}

const isSeqItem = (text: string) => text === '-' || text.startsWith('- ');

export function parseYaml(source: string): YamlValue {
  const rawLines = source.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  rawLines.forEach((raw, i) => {
    const no = i + 1;
    const m = /^( *)(.*)$/.exec(raw)!;
    if (m[2].startsWith('\t')) throw new YamlError('tab indentation', no);
    lines.push({ no, indent: m[1].length, text: m[2], raw });
  });
  let pos = 0;

  const content = (line: Line) => stripComment(line.text, line.no);
  /** Moves to the next line with content (skipping blanks and comments). */
  const skip = () => {
    while (pos < lines.length && content(lines[pos]) === '') pos++;
  };

  function blockScalar(header: string, parentIndent: number, no: number): string {
    const m = /^([|>])([-+]?)$/.exec(header);
    if (!m) throw new YamlError(`unsupported block scalar header "${header}"`, no);
    const [, style, chomp] = m;
    const body: string[] = [];
    let indent = -1;
    while (pos < lines.length) {
      const line = lines[pos];
      if (line.text === '') {
        body.push('');
        pos++;
        continue;
      }
      if (indent < 0) indent = line.indent;
      if (line.indent < indent || line.indent <= parentIndent) break;
      body.push(line.raw.slice(indent));
      pos++;
    }
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text: string;
    if (style === '|') text = body.join('\n');
    else {
      // folded: line breaks become spaces, empty lines become newlines, and more-indented
      // lines keep their breaks
      text = '';
      body.forEach((l, i) => {
        const prev = body[i - 1];
        if (i === 0) text = l;
        else if (l === '') text += '\n';
        else if (prev === '') text += l;
        else if (/^\s/.test(l) || /^\s/.test(prev)) text += '\n' + l;
        else text += ' ' + l;
      });
    }
    if (chomp === '-' || body.length === 0) return text;
    return text + (chomp === '+' ? '\n'.repeat(trailing + 1) : '\n');
  }

  function valueAfterIndicator(rest: string, indent: number, no: number): YamlValue {
    if (rest.startsWith('|') || rest.startsWith('>')) return blockScalar(rest, indent, no);
    if (rest !== '') return parseInline(rest, no);
    skip();
    if (pos >= lines.length) return null;
    const next = lines[pos];
    if (next.indent > indent) return block(next.indent);
    if (next.indent === indent && isSeqItem(content(next))) return block(indent);
    return null;
  }

  function mapping(indent: number): Record<string, YamlValue> {
    const map: Record<string, YamlValue> = {};
    for (;;) {
      skip();
      if (pos >= lines.length) return map;
      const line = lines[pos];
      const text = content(line);
      if (line.indent < indent) return map;
      if (line.indent > indent) throw new YamlError('bad indentation', line.no);
      if (isSeqItem(text)) return map;
      const colon = keyColon(text);
      if (colon < 0) throw new YamlError(`expected "key: value", got "${text}"`, line.no);
      const keyText = text.slice(0, colon).trim();
      if (keyText.startsWith('? ')) throw new YamlError('complex keys are not supported', line.no);
      const key = String(parseInline(keyText, line.no));
      if (Object.prototype.hasOwnProperty.call(map, key))
        throw new YamlError(`duplicate key "${key}"`, line.no);
      pos++;
      map[key] = valueAfterIndicator(text.slice(colon + 1).trim(), indent, line.no);
    }
  }

  function sequence(indent: number): YamlValue[] {
    const list: YamlValue[] = [];
    for (;;) {
      skip();
      if (pos >= lines.length) return list;
      const line = lines[pos];
      const text = content(line);
      if (line.indent < indent || !isSeqItem(text)) {
        if (line.indent > indent) throw new YamlError('bad indentation', line.no);
        return list;
      }
      if (line.indent > indent) throw new YamlError('bad indentation', line.no);
      const rest = text.slice(1).trimStart();
      const inner = line.indent + (text.length - rest.length);
      if (rest !== '' && (keyColon(rest) >= 0 || isSeqItem(rest))) {
        // "- key: value" / "- - x": the item is a block starting on this line, one column in
        lines[pos] = { ...line, indent: inner, text: rest, raw: ' '.repeat(inner) + rest };
        list.push(block(inner));
      } else {
        pos++;
        list.push(valueAfterIndicator(rest, line.indent, line.no));
      }
    }
  }

  function block(indent: number): YamlValue {
    skip();
    const text = content(lines[pos]);
    return isSeqItem(text) ? sequence(indent) : mapping(indent);
  }

  skip();
  if (pos >= lines.length) return null;
  const first = content(lines[pos]);
  if (first.startsWith('---') || first.startsWith('%')) {
    throw new YamlError('directives and document markers are not supported', lines[pos].no);
  }
  let result: YamlValue;
  if (keyColon(first) < 0 && !isSeqItem(first)) {
    result = parseInline(first, lines[pos].no);
    pos++;
  } else {
    result = block(lines[pos].indent);
  }
  skip();
  if (pos < lines.length) throw new YamlError('unexpected content', lines[pos].no);
  return result;
}
