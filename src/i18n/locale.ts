/**
 * Locale resolution for every element: the nearest `lang` attribute or `<hd-provider locale>`
 * (whichever is closer, crossing shadow roots), else the provider's `locale`, else the
 * document's `lang`, else English. Elements re-render when a `lang` or `dir` attribute changes
 * anywhere in the document.
 */
/** Something to re-render on a `lang` / `dir` change. */
export interface LangWatcher {
  requestUpdate(): void;
}
import type { LocaleSource } from '../adapter/context.js';

/** Locales with a shipped translation table. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** The parent in the composed tree: the host for a shadow root's top element. */
function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/** The `lang` in effect for a node: nearest ancestor with `lang`, crossing shadow boundaries. */
export function langOf(node: Node): string | undefined {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current instanceof Element && current.hasAttribute('lang')) {
      return current.getAttribute('lang') || undefined;
    }
  }
  return undefined;
}

/** Marks a `lang` attribute an element set on its own shadow content (controller.ts). */
export const LANG_MARK = 'data-hd-lang';

/**
 * The BCP 47 tag an element uses: the nearest non-empty `lang` attribute below `<html>` or the
 * provider's `locale`, whichever is closer to the element; else the provider's `locale`; else
 * `<html lang>`; else `en`.
 */
export function resolveLocale(node: Node, source?: LocaleSource): string {
  const root = node.ownerDocument?.documentElement;
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (!(current instanceof Element) || current === root) continue;
    const lang = current.getAttribute('lang');
    if (lang && !current.hasAttribute(LANG_MARK)) return lang;
    if (source && current === source.host) return source.locale;
  }
  return source?.locale || root?.getAttribute('lang') || 'en';
}

/** The direction in effect (`dir` attribute or computed `direction`). */
export function dirOf(el: Element): 'ltr' | 'rtl' {
  return getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Maps any BCP 47 tag to a shipped table: `de-AT` → `de`, unknown → `en`. */
export function tableLocale(lang: string | undefined): Locale {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** A tag `Intl` accepts (an invalid `lang` attribute falls back to the table's language). */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? tableLocale(lang);
  } catch {
    return tableLocale(lang);
  }
}

const watched = new Set<LangWatcher>();
let observer: MutationObserver | undefined;

/** Re-renders `el` whenever a `lang` or `dir` attribute changes in its document. */
export function watchLang(el: LangWatcher): () => void {
  watched.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => watched.forEach((w) => w.requestUpdate()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  return () => {
    watched.delete(el);
    if (watched.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** True while a `lang` / `dir` observer is installed (tests prove teardown with it). */
export function isWatchingLang(): boolean {
  return observer !== undefined;
}
