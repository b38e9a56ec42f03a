/**
 * i18n: one typed translation table per shipped language, locale resolution (`lang` attribute /
 * `<hd-provider locale>` / document) and the controller every element uses.
 *
 * English is bundled with the elements. Every other table is a separate module, loaded with a
 * dynamic `import()` the first time an element resolves that language (`preloadLocale`); the
 * elements render English until it arrives and then re-render (`LocaleController`). A host that
 * wants German at first paint imports `hd-cockpit/locales/de` (which registers the table) or
 * awaits `preloadLocale('de')` before it mounts the elements.
 */
import { enCommon, type Messages } from './en.js';
import { tableLocale, type Locale } from './locale.js';

export type { Messages };
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

/**
 * English: the common texts plus the parts (`enInbox`, `enPeek`, ...) that the modules loaded so
 * far registered with `useEnglish`. Typed as the whole table: every module that reads a part
 * registers it at its top level, so it is there before anything renders.
 */
const english = { ...enCommon } as Messages;

/** Adds English parts to the table and returns the (live) English table. */
export function useEnglish(...parts: Partial<Messages>[]): Messages {
  return Object.assign(english, ...parts);
}

/** The tables loaded so far (English always). */
const tables: Partial<Record<Locale, Messages>> = { en: english };
const pending: Partial<Record<Locale, Promise<Messages>>> = {};
/** One `import()` per lazily loaded table: a chunk of its own in every build. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de.js').then((m) => m.de),
};

/** Makes a table available at once (`hd-cockpit/locales/de` calls it on import). */
export function registerLocale(locale: Locale, table: Messages): void {
  tables[locale] = table;
}

/**
 * The table for any BCP 47 tag (`de-AT` → German, unknown → English), if it is loaded; English
 * while it is not (see `preloadLocale`).
 */
export function messagesFor(lang: string | undefined): Messages {
  return tables[tableLocale(lang)] ?? english;
}

/** True when the table for `lang` is loaded (always for English and unknown languages). */
export function isLocaleLoaded(lang: string | undefined): boolean {
  return tables[tableLocale(lang)] !== undefined;
}

/**
 * Loads the translation table for a BCP 47 tag (`'de'`, `'de-AT'`) and resolves with it once
 * elements can use it; English and unknown languages resolve at once. Elements load the table
 * they need themselves and re-render when it arrives; await this before mounting them to skip
 * the English first paint (or import `hd-cockpit/locales/de`). A failed load rejects and leaves
 * the elements in English; the next call tries again.
 */
export function preloadLocale(lang: string): Promise<Messages> {
  const locale = tableLocale(lang);
  const table = tables[locale];
  if (table) return Promise.resolve(table);
  return (pending[locale] ??= loaders[locale as Exclude<Locale, 'en'>]().then(
    (loaded) => {
      registerLocale(locale, loaded);
      return loaded;
    },
    (error: unknown) => {
      delete pending[locale];
      throw error;
    },
  ));
}
