/**
 * i18n: one typed translation table per shipped language (`en`, `de`), locale resolution
 * (`lang` attribute / `<hd-provider locale>` / document) and the controller every element uses.
 */
import { en, type Messages } from './en.js';
import { de } from './de.js';
import { tableLocale, type Locale } from './locale.js';

export { en, de, type Messages };
export {
  LOCALES,
  type Locale,
  langOf,
  dirOf,
  resolveLocale,
  tableLocale,
  intlLocale,
  watchLang,
} from './locale.js';

/** The shipped tables by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, de };

/** The table for any BCP 47 tag (`de-AT` → German, unknown → English). */
export function messagesFor(lang: string | undefined): Messages {
  return MESSAGES[tableLocale(lang)];
}
