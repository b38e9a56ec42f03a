/**
 * `LocaleController`: gives an element its locale and translation table, and re-renders it when
 * the locale changes (a `lang` / `dir` attribute anywhere in the document, or the provider's
 * `locale`) or when a table loaded on demand arrives. The `lang` watcher is removed on
 * disconnect.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { localeContext } from '../adapter/context.js';
import { isLocaleLoaded, messagesFor, preloadLocale, type Messages } from './index.js';
import { intlLocale, resolveLocale, tableLocale, watchLang } from './locale.js';

interface Resolved {
  tag: string;
  msg: Messages;
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
      this.resolved = { tag, msg: messagesFor(tag) };
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
  }
}
