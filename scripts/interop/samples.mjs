// Code samples of the docs, extracted so the interop harness runs them as they are written.
//
// In a Markdown file, the last non-blank line before a fenced block says what it is:
//   <!-- sample: ID -->          the block is run by scripts/interop/run.mjs (see SAMPLE_RUNNERS)
//   <!-- not-run: REASON -->     the block is not executable here, and REASON says why
// A fenced block with neither is an error, so a new sample cannot silently go unchecked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The documents whose code blocks must all be samples or say why they are not run. */
export const DOCUMENTS = [
  'README.md',
  'CHANGELOG.md',
  'docs/adapter.md',
  'docs/theming.md',
  'docs/rest.md',
  'docs/events.md',
  'docs/frameworks.md',
];

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
const MARKER = /^<!--\s*(sample|not-run):\s*(.+?)\s*-->$/;

/**
 * @returns {{ samples: Map<string, {id: string, file: string, line: number, lang: string,
 *   code: string}>, notRun: {file: string, line: number, reason: string}[],
 *   problems: string[] }}
 */
export function extractSamples(repo, documents = DOCUMENTS) {
  const samples = new Map();
  const notRun = [];
  const problems = [];
  for (const file of documents) {
    const lines = readFileSync(join(repo, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = FENCE.exec(lines[i]);
      if (!open) continue;
      const [, indent, fence, info] = open;
      const start = i;
      const body = [];
      for (i++; i < lines.length && lines[i].trim() !== fence; i++) {
        body.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i]);
      }
      let j = start - 1;
      while (j >= 0 && lines[j].trim() === '') j--;
      const marker = j >= 0 ? MARKER.exec(lines[j].trim()) : null;
      const where = `${file}:${start + 1}`;
      if (!marker) {
        problems.push(
          `${where}: code block without <!-- sample: ID --> or <!-- not-run: reason -->`,
        );
      } else if (marker[1] === 'not-run') {
        notRun.push({ file, line: start + 1, reason: marker[2] });
      } else if (samples.has(marker[2])) {
        problems.push(`${where}: sample id "${marker[2]}" used twice`);
      } else {
        samples.set(marker[2], {
          id: marker[2],
          file,
          line: start + 1,
          lang: info.trim().split(/\s+/)[0],
          code: body.join('\n') + '\n',
        });
      }
    }
  }
  return { samples, notRun, problems };
}

/** A sample that is an HTML fragment or page, as a complete document for a bundler. */
export function asHtmlPage(code, { head = '', body = '' } = {}) {
  if (/<html[\s>]/i.test(code)) {
    // a whole document (or an <html> element): add what the harness needs inside it
    let page = code;
    if (head)
      page = /<head[\s>]/i.test(page)
        ? page.replace(/<head([^>]*)>/i, `<head$1>${head}`)
        : page.replace(/<html([^>]*)>/i, `<html$1><head>${head}</head>`);
    if (body) page = page.replace(/<\/html>/i, `${body}</html>`);
    return /^<!doctype/i.test(page.trim()) ? page : `<!doctype html>\n${page}`;
  }
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />${head}
  </head>
  <body>
${code}${body}
  </body>
</html>
`;
}
