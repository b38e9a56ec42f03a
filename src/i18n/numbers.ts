/**
 * Number helpers for the translation tables (cached `Intl` objects). Counts inside messages are
 * formatted for the table's language; dates, times and durations use the element's full locale
 * (`model/format.ts`).
 */
const formats = new Map<string, Intl.NumberFormat>();
const rules = new Map<string, Intl.PluralRules>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions, key: string) {
  const id = `${lang}|${key}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    formats.set(id, f);
  }
  return f;
}

/** A count with digit grouping ("1,234" / "1.234"). */
export function grouped(lang: string, n: number): string {
  return numberFormat(lang, {}, 'grouped').format(n);
}

/** A number without digit grouping ("Page 1 of 1000"). */
export function plain(lang: string, n: number): string {
  return numberFormat(lang, { useGrouping: false }, 'plain').format(n);
}

/** One decimal, always shown ("4.8" / "4,8"). */
export function oneDecimal(lang: string, n: number): string {
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, '1dp').format(
    n,
  );
}

/** True when `n` takes the singular form in `lang` (`Intl.PluralRules`). */
export function isOne(lang: string, n: number): boolean {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r.select(n) === 'one';
}
