/**
 * `LocaleController`: gives an element its locale and translation table, and re-renders it when
 * the locale changes (a `lang` / `dir` attribute anywhere in the document, or the provider's
 * `locale`) or when a table loaded on demand arrives. The `lang` watcher is removed on
 * disconnect.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ensureContextRoot, localeContext } from '../adapter/context.js';
import { isLocaleLoaded, messagesFor, preloadLocale, type Messages } from './index.js';
import { intlLocale, langOf, resolveLocale, tableLocale, watchLang, LANG_MARK } from './locale.js';

interface Resolved {
  tag: string;
  msg: Messages;
  /** The language of `msg` (English while another table loads). */
  table: string;
}

export class LocaleController implements ReactiveController {
  private readonly source: ContextConsumer<typeof localeContext, ReactiveElement>;
  private resolved?: Resolved;
  /** The locale and table of the last render. */
  private rendered?: Resolved;
  /** The table this element asked for (asked once: a failed load leaves it in English). */
  private requested?: string;
  private unwatch?: () => void;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    this.source = new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: () => this.requestUpdate(),
    });
  }

  /** Forgets the resolved locale and re-renders (a `lang`, `dir` or provider change). */
  requestUpdate(): void {
    this.resolved = undefined;
    this.host.requestUpdate();
  }

  /** The full BCP 47 tag for `Intl` (e.g. `de-AT`). */
  get locale(): string {
    return this.current.tag;
  }

  /**
   * The translation table (by the tag's base language; English when none is shipped, and while
   * the table is loading — the element re-renders when it arrives).
   */
  get msg(): Messages {
    return this.current.msg;
  }

  private get current(): Resolved {
    if (!this.resolved) {
      const tag = this.tag();
      if (!isLocaleLoaded(tag)) this.load(tag);
      const table = isLocaleLoaded(tag) ? tableLocale(tag) : 'en';
      this.resolved = { tag, msg: messagesFor(tag), table };
    }
    return this.resolved;
  }

  private tag(): string {
    return intlLocale(resolveLocale(this.host, this.source.value));
  }

  private load(tag: string): void {
    const table = tableLocale(tag);
    if (this.requested === table) return;
    this.requested = table;
    preloadLocale(table).then(
      () => {
        if (this.host.isConnected) this.requestUpdate();
      },
      () => {}, // stays English; nothing a user can act on
    );
  }

  hostConnected(): void {
    // before the consumer below asks (controllers connect in the order they were added)
    ensureContextRoot(this.host.ownerDocument);
    this.unwatch = watchLang(this);
    // moved under another `lang`, or a table arrived while disconnected: render again
    this.resolved = undefined;
    if (this.rendered === undefined) return;
    const tag = this.tag();
    if (this.rendered.tag !== tag || this.rendered.msg !== messagesFor(tag)) {
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostUpdated(): void {
    // resolved again (on first use) for every update: one walk up the tree
    this.rendered = this.resolved ?? this.rendered;
    this.resolved = undefined;
    if (this.rendered) this.markLanguage(this.rendered);
  }

  /**
   * Tells assistive technology the language of the rendered texts (WCAG 3.1.2, language of
   * parts): when it differs from the `lang` the element inherits — `<hd-provider locale="de">`
   * on an English page, or English texts (no table shipped) on a French page — the top-level
   * elements of the shadow root get a `lang` attribute, marked with `data-hd-lang` so that
   * locale resolution passes over it (the element below still formats dates for `fr`). Set only
   * on a change: an unchanged re-render mutates nothing.
   */
  private markLanguage({ tag, table }: Resolved): void {
    const root = (this.host as ReactiveElement & { renderRoot?: ParentNode }).renderRoot;
    if (!root || root === this.host) return;
    const base = (t?: string) => (t ?? '').toLowerCase().split('-')[0];
    // the texts are in `table`; the full tag when it names that language (de-AT)
    const textLang = base(tag) === table ? tag : table;
    // what assistive technology would assume without a mark: the inherited `lang`
    const lang = base(langOf(this.host)) === table ? null : textLang;
    for (const el of root.children) {
      if (el.localName === 'style') continue;
      if (lang === null) {
        if (el.hasAttribute(LANG_MARK)) {
          el.removeAttribute('lang');
          el.removeAttribute(LANG_MARK);
        }
      } else if (el.getAttribute('lang') !== lang) {
        if (el.hasAttribute('lang') && !el.hasAttribute(LANG_MARK)) continue; // the template's own
        el.setAttribute('lang', lang);
        el.setAttribute(LANG_MARK, '');
      }
    }
  }
}
