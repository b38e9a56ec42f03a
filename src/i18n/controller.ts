/**
 * `LocaleController`: gives an element its locale and translation table, and re-renders it when
 * the locale changes (a `lang` / `dir` attribute anywhere in the document, or the provider's
 * `locale`). The `lang` watcher is removed on disconnect.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { localeContext } from '../adapter/context.js';
import { messagesFor, type Messages } from './index.js';
import { intlLocale, resolveLocale, watchLang } from './locale.js';

export class LocaleController implements ReactiveController {
  private readonly source: ContextConsumer<typeof localeContext, ReactiveElement>;
  private resolved?: { tag: string; msg: Messages };
  /** The tag of the last render. */
  private rendered?: string;
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

  /** The translation table (by the tag's base language; English when none is shipped). */
  get msg(): Messages {
    return this.current.msg;
  }

  private get current() {
    if (!this.resolved) {
      const tag = intlLocale(resolveLocale(this.host, this.source.value));
      this.resolved = { tag, msg: messagesFor(tag) };
    }
    return this.resolved;
  }

  hostConnected(): void {
    this.unwatch = watchLang(this);
    // moved under another `lang`: render again if the locale changed
    this.resolved = undefined;
    if (this.rendered === undefined) return;
    if (this.rendered !== intlLocale(resolveLocale(this.host, this.source.value))) {
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostUpdated(): void {
    // resolved again (on first use) for every update: one walk up the tree
    this.rendered = this.resolved?.tag ?? this.rendered;
    this.resolved = undefined;
  }
}
