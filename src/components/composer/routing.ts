/**
 * Where a composer submission goes — pure, so the one rule that protects customers is easy to
 * test: text written as an internal note never reaches `sendReply`.
 *
 * - Note mode (and any mode that is not exactly `reply`) → always an internal note.
 * - Reply mode, text starting with `/note` (any case, after optional whitespace and invisible
 *   format characters such as U+200B, U+2060, U+FEFF) → an internal note with the rest of the
 *   text (the product's chat command).
 * - Reply mode, text starting with a near-miss of the command (`/nte`, `/notes`, `/Not:` …) →
 *   blocked with an explanation instead of being emailed to the customer.
 * - Anything else in reply mode → a reply.
 */
import { enComposer } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enComposer);

export const COMPOSER_MODES = ['reply', 'note'] as const;
export type ComposerMode = (typeof COMPOSER_MODES)[number];

export type Route =
  | { kind: 'reply'; body: string }
  | { kind: 'note'; body: string; viaCommand: boolean }
  | { kind: 'blocked'; reason: string; command: string };

// leading whitespace and format characters (\p{Cf}: zero-width space, word joiner, BOM, bidi
// marks …) are invisible in the textarea, so they must not hide the command; inside the word
// they are dropped too ("/no\u200Bte")
const COMMAND = /^[\s\p{Cf}]*\/([\p{L}\p{Cf}]+)(?=[\s:]|$):?/u;
const FORMAT_CHARS = /\p{Cf}/gu;

/** `mode` as a ComposerMode: `reply` / `note` in any case; anything else is `note`. */
export function normalizeMode(mode: unknown): ComposerMode {
  const value = typeof mode === 'string' ? mode.trim().toLowerCase() : '';
  return value === 'reply' ? 'reply' : 'note';
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Decides where the text typed in `mode` goes. Bodies are trimmed. */
export function routeMessage(mode: ComposerMode, text: string): Route {
  // only an explicit reply mode may ever produce a reply
  if (mode !== 'reply') return { kind: 'note', body: text.trim(), viaCommand: false };
  const match = COMMAND.exec(text);
  if (match) {
    const command = match[1].replace(FORMAT_CHARS, '');
    const word = command.toLowerCase();
    if (word === 'note') {
      return { kind: 'note', body: text.slice(match[0].length).trim(), viaCommand: true };
    }
    if (word.startsWith('note') || (word.length >= 3 && distance(word, 'note') <= 1)) {
      return {
        kind: 'blocked',
        reason: en.composer.notACommand(command),
        command,
      };
    }
  }
  return { kind: 'reply', body: text.trim() };
}

/** The StateStore key of a draft. */
export function draftKey(ticketId: string, mode: ComposerMode): string {
  return `draft:${ticketId}:${mode}`;
}
