/**
 * How the elements show a value the adapter left out or sent unusable. Adapter answers are
 * normalised first (model/normalize.ts: an unusable text becomes `''`, an unusable date `''`,
 * an unknown enum value `unknown`, a missing ticket number 0); these helpers turn the empty
 * values into a clear placeholder in the language in effect.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/en.js';

/** The subject, or "(no subject)". */
export const subjectOr = (subject: string, m: Messages): string => subject || m.common.noSubject;

/** A person's (or thing's) name, or "Unknown". */
export const nameOr = (name: string, m: Messages): string => name || m.common.unknownName;

/** "1012" for `#1012`, or "—" for a ticket without a usable number (the `#` is the caller's). */
export const numberOr = (n: number): number | string => (n > 0 ? n : '—');

/**
 * A time: `<time datetime title>text</time>` when `text` (its formatted form) is not empty, else
 * "—" with "No date" as tooltip and for screen readers.
 */
export function timeOr(
  iso: string,
  text: string,
  m: Messages,
  opts: { className?: string; title?: string } = {},
): TemplateResult {
  const cls = opts.className;
  if (iso && text) {
    return html`<time class=${ifDefined(cls)} datetime=${iso} title=${ifDefined(opts.title)}
      >${text}</time
    >`;
  }
  return html`<span class="no-date ${cls ?? ''}" title=${m.common.noDate}
    ><span aria-hidden="true">—</span><span class="visually-hidden">${m.common.noDate}</span></span
  >`;
}
