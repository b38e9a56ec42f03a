/**
 * `<hd-peek-thread>`: the conversation of one ticket, newest at the bottom. Loads the newest
 * page with `listThread`, and older pages (`before` = the oldest loaded id) as the agent scrolls
 * up, keeping the visible messages in place when they are prepended. Only a window of the
 * loaded items is rendered (the newest `WINDOW`, growing by `STEP` as the agent scrolls up),
 * and off-screen items skip layout and paint (`content-visibility: auto`, where the engine has
 * scroll anchoring: docs/browsers.md), so a thread of thousands of items opens as fast as a
 * short one.
 *
 * New items (`appendItem()`, from `thread.appended` events or a sent reply) stick to the bottom when
 * the agent is already there; otherwise a "new messages" button offers to jump down. Each new
 * item is announced in a polite live region ("New message from Marcus Lee"; repeated texts are
 * heard again, see announcer.ts), except what the caller marks as the agent's own.
 * Internal to the peek.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  AdapterError,
  isAbortError,
  type HelpdeskAdapter,
  type ThreadItem,
} from '../../adapter/types.js';
import { hostStyles } from '../../tokens/host-styles.js';
import { guardAdapter, normalizeThreadItem } from '../../model/normalize.js';
import { nameOr } from '../base/placeholders.js';
import { renderThreadItem, threadItemStyles } from './thread-item.js';
import { LocaleController } from '../../i18n/controller.js';
import { FocusKeeper, firstMatch } from '../base/focus-keeper.js';
import { Announcer } from './announcer.js';
import { enPeek, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

/** Items rendered right after the first page arrives. */
export const WINDOW = 60;
/** Items revealed per scroll-up step from what is already loaded. */
export const STEP = 40;

type ScrollIntent = 'bottom' | 'prepend';

function describe(item: ThreadItem, m: Messages): string {
  switch (item.kind) {
    case 'customer':
      return m.thread.newMessage(nameOr(item.author, m));
    case 'reply':
      return m.thread.newReply(nameOr(item.author, m));
    case 'note':
      return m.thread.newNote(nameOr(item.author, m));
    default:
      return item.text || m.thread.unknownItem;
  }
}

export class HdPeekThread extends LitElement {
  static override styles = [
    hostStyles,
    threadItemStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        position: relative;
        min-height: 0;
      }
      .scroller {
        flex: 1 1 auto;
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
        padding: var(--hd-space-4);
      }
      .top {
        display: flex;
        justify-content: center;
        margin-bottom: var(--hd-space-3);
        font-size: var(--hd-font-size-s);
        color: var(--hd-color-text-quiet);
      }
      .jump {
        position: absolute;
        bottom: var(--hd-space-3);
        left: 50%;
        transform: translateX(-50%);
        box-shadow: var(--hd-shadow-overlay);
      }
      .empty {
        margin: var(--hd-space-6) auto;
        text-align: center;
        color: var(--hd-color-text-quiet);
      }
      .skeleton {
        display: grid;
        gap: var(--hd-space-3);
        padding: var(--hd-space-4);
      }
      .bone {
        height: 4rem;
        width: 60%;
        border-radius: var(--hd-radius-l);
        background: var(--hd-color-skeleton);
      }
      .bone:nth-child(even) {
        justify-self: end;
        width: 45%;
      }
      .hd-error {
        margin: var(--hd-space-4);
      }
    `,
  ];

  @property({ attribute: false }) adapter?: HelpdeskAdapter;
  @property({ attribute: 'ticket-id' }) ticketId?: string;
  /** Items per `listThread` page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private items: ThreadItem[] = [];
  @state() private hasMore = false;
  /** Index of the first rendered item. */
  @state() private from = 0;
  @state() private loadingOlder = false;
  @state() private olderError?: string;
  @state() private unseen = 0;
  @state() private loadedFor?: string;

  @query('.scroller') private scroller?: HTMLElement;

  private readonly i18n = new LocaleController(this);
  /** Says new items aloud (every one, also a repeated "New message from …"). */
  private readonly announcer = new Announcer(this);

  /**
   * A used button that went away hands focus on: "jump to latest" to the conversation; Retry
   * to "Load older", else the conversation, else the loading placeholder (then the conversation).
   */
  protected readonly focusKeeper = new FocusKeeper(this, (lost) =>
    firstMatch(
      this.renderRoot,
      lost.classList.contains('jump')
        ? ['.scroller']
        : ['.older', '.scroller', '[part="loading"]', '.hd-error button'],
    ),
  );

  private scrollIntent?: ScrollIntent;
  private anchor?: { height: number; top: number };
  /** True while the agent is at the newest item: growth and new items keep it there. */
  private stuck = true;
  /** Where we last put the scroller when sticking to the end. */
  private pinnedTop?: number;
  private observed?: HTMLElement;
  /** The frame that observes the scroller and the list again (see `resizes`). */
  private resizeFrame = 0;
  /** The last size reported for each observed element. */
  private readonly sizes = new WeakMap<Element, string>();
  /**
   * Keeps the newest item in view while the thread grows or the pane shrinks, in the same
   * frame (before paint). After a change it stops observing until the next frame, where a new
   * observation reports the size it finds (so nothing is missed; an unchanged size is
   * ignored). Observing on would make Firefox raise "ResizeObserver loop completed with
   * undelivered notifications" as an uncaught error whenever the list changes size again
   * within the frame: it re-checks `content-visibility: auto` items between the observer's
   * rounds, and items nearing the viewport then take their real height (also after the scroll
   * below).
   */
  /** True while the pane has no size (hidden); see `resizes`. */
  private paneHidden = false;
  private readonly resizes = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const size = `${entry.contentRect.width}x${entry.contentRect.height}`;
      if (this.sizes.get(entry.target) !== size) changed = true;
      this.sizes.set(entry.target, size);
    }
    if (!changed) return;
    this.resizes.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => this.observeThread());
    const sc = this.scroller;
    if (!sc) return;
    // hidden (display: none): nothing to keep in view, and no scroll position means anything
    if (sc.clientHeight === 0) {
      this.paneHidden = true;
      return;
    }
    const shown = this.paneHidden;
    this.paneHidden = false;
    // the agent may have scrolled away since we pinned (their scroll event is still queued)
    if (!shown && this.pinnedTop !== undefined && Math.abs(sc.scrollTop - this.pinnedTop) > 1) {
      this.stuck = this.isAtBottom();
    }
    if (this.stuck) this.scrollToEnd();
  });

  /** Observes the scroller and the item list (the current ones). */
  private observeThread() {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = 0;
    this.resizes.disconnect();
    const sc = this.scroller;
    const list = this.renderRoot.querySelector<HTMLElement>('.items') ?? undefined;
    this.observed = list;
    if (sc && list) {
      this.resizes.observe(sc);
      this.resizes.observe(list);
    }
  }

  private olderAbort?: AbortController;
  private abortedOnDisconnect = false;

  private readonly task = new Task(this, {
    task: async ([adapter, id], { signal }) => {
      if (!adapter || !id) return initialState;
      try {
        return await guardAdapter(adapter).listThread(id, { limit: this.pageSize, signal });
      } catch (err) {
        throw isAbortError(err) ? err : AdapterError.from(err);
      }
    },
    args: () => [this.adapter, this.ticketId] as const,
    onComplete: (page) => {
      this.olderAbort?.abort();
      this.olderAbort = undefined;
      this.loadingOlder = false;
      this.olderError = undefined;
      this.items = page.items;
      this.hasMore = page.hasMore;
      this.from = Math.max(0, page.items.length - WINDOW);
      this.unseen = 0;
      this.announcer.clear();
      this.scrollIntent = 'bottom';
      this.loadedFor = this.ticketId;
    },
  });

  /** The items currently in the DOM (the render window). */
  get renderedCount(): number {
    return this.loadedFor ? this.items.length - this.from : 0;
  }

  /** True once the first page of the current ticket is shown. */
  get loaded(): boolean {
    return !!this.ticketId && this.loadedFor === this.ticketId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = 0;
    this.observed = undefined;
    this.olderAbort?.abort();
    if (this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.abortedOnDisconnect = true;
    }
  }

  /**
   * Adds (or updates, by id) an item at the bottom (normalised like every adapter answer) and
   * announces a new one unless `announce` is false (what the agent just sent: the composer
   * confirms that itself).
   */
  appendItem(raw: ThreadItem, announce = true): void {
    if (!this.loaded) return;
    const item = normalizeThreadItem(raw, `${this.ticketId}~appended-${this.items.length + 1}`);
    const index = this.items.findIndex((i) => i.id === item.id);
    if (index >= 0) {
      const next = [...this.items];
      next[index] = item;
      this.items = next;
      return;
    }
    this.items = [...this.items, item];
    if (!this.stuck) this.unseen++;
    if (announce) this.announcer.announce(describe(item, this.i18n.msg));
  }

  /** Fetches the newest page again and appends what is new (after a send); see `appendItem`. */
  async refreshLatest(announce: (item: ThreadItem) => boolean = () => true): Promise<void> {
    const adapter = guardAdapter(this.adapter);
    const id = this.ticketId;
    if (!adapter || !id || !this.loaded) return;
    try {
      const page = await adapter.listThread(id, { limit: this.pageSize });
      if (id !== this.ticketId) return;
      const known = new Set(this.items.map((i) => i.id));
      for (const item of page.items) {
        if (!known.has(item.id)) this.appendItem(item, announce(item));
      }
    } catch {
      // a background refresh: the thread stays as it is; subscribe events still arrive
    }
  }

  /** Shows older items: first from what is loaded, then the previous page from the adapter. */
  async revealOlder(): Promise<void> {
    if (!this.loaded) return;
    if (this.from > 0) {
      this.scrollIntent = 'prepend';
      this.from = Math.max(0, this.from - STEP);
      return;
    }
    const adapter = guardAdapter(this.adapter);
    const id = this.ticketId;
    const first = this.items[0];
    if (!this.hasMore || this.loadingOlder || !adapter || !id || !first) return;
    const controller = new AbortController();
    this.olderAbort = controller;
    this.loadingOlder = true;
    this.olderError = undefined;
    try {
      const page = await adapter.listThread(id, {
        before: first.id,
        limit: this.pageSize,
        signal: controller.signal,
      });
      if (controller.signal.aborted || id !== this.ticketId) return;
      const known = new Set(this.items.map((i) => i.id));
      const older = page.items.filter((i) => !known.has(i.id));
      this.scrollIntent = 'prepend';
      this.items = [...older, ...this.items];
      this.from = Math.max(0, older.length - Math.max(STEP, this.pageSize));
      this.hasMore = page.hasMore && older.length > 0;
    } catch (err) {
      if (controller.signal.aborted || isAbortError(err)) return;
      this.olderError = AdapterError.from(err).message;
    } finally {
      if (this.olderAbort === controller) {
        this.olderAbort = undefined;
        this.loadingOlder = false;
      }
    }
  }

  /** Scrolls to the newest item (and stays there as items arrive). */
  scrollToLatest(): void {
    this.stuck = true;
    this.scrollToEnd();
    this.unseen = 0;
  }

  private scrollToEnd() {
    const sc = this.scroller;
    if (!sc || sc.clientHeight === 0) return;
    sc.scrollTop = sc.scrollHeight;
    this.pinnedTop = sc.scrollTop;
  }

  private isAtBottom(): boolean {
    const sc = this.scroller;
    return !sc || sc.scrollHeight - sc.scrollTop - sc.clientHeight < 8;
  }

  protected override willUpdate(): void {
    const sc = this.scroller;
    if (sc && this.scrollIntent) this.anchor = { height: sc.scrollHeight, top: sc.scrollTop };
  }

  protected override updated(): void {
    const sc = this.scroller;
    const intent = this.scrollIntent;
    this.scrollIntent = undefined;
    const list = this.renderRoot.querySelector<HTMLElement>('.items') ?? undefined;
    if (list !== this.observed) this.observeThread();
    if (sc && intent === 'bottom') {
      this.stuck = true;
      this.scrollToEnd();
    } else if (sc && intent === 'prepend' && this.anchor) {
      sc.scrollTop = sc.scrollHeight - (this.anchor.height - this.anchor.top);
    } else if (this.stuck) {
      this.scrollToEnd();
    }
    // a short first page cannot be scrolled: keep revealing until it fills the pane (not while
    // hidden: a display:none pane has no height, and would pull in the whole history)
    if (
      sc &&
      this.loaded &&
      sc.clientHeight > 0 &&
      sc.scrollHeight <= sc.clientHeight + 1 &&
      (this.from > 0 || this.hasMore) &&
      !this.loadingOlder &&
      !this.olderError
    ) {
      queueMicrotask(() => this.revealOlder());
    }
  }

  private onScroll() {
    const sc = this.scroller;
    // hiding the pane (display: none) resets its scroll position: not the agent scrolling up
    if (!sc || sc.clientHeight === 0) return;
    this.stuck = this.isAtBottom();
    if (this.stuck) this.pinnedTop = sc.scrollTop;
    if (sc.scrollTop < 160) this.revealOlder();
    if (this.unseen && this.stuck) this.unseen = 0;
  }

  protected override render() {
    const m = this.i18n.msg;
    if (!this.loaded) {
      if (this.task.status === TaskStatus.ERROR) {
        const message = AdapterError.from(this.task.error).message;
        const retry = () => this.task.run();
        return html`<div class="hd-error" role="alert" part="error">
          <p>${m.thread.loadFailed(message)}</p>
          <button type="button" class="hd-button" @click=${retry}>${m.common.retry}</button>
        </div>`;
      }
      return html`<div
        class="skeleton"
        part="loading"
        role="status"
        aria-live="polite"
        tabindex="-1"
      >
        <span class="visually-hidden">${m.thread.loading}</span>
        <div class="bone"></div>
        <div class="bone"></div>
        <div class="bone"></div>
      </div>`;
    }
    const visible = this.items.slice(this.from);
    const locale = this.i18n.locale;
    return html`<div
        class="scroller"
        part="scroller"
        role="region"
        aria-label=${m.thread.region}
        tabindex="0"
        @scroll=${this.onScroll}
      >
        ${this.renderTop()}
        ${
          this.items.length
            ? html`<ol class="items">
                ${repeat(
                  visible,
                  (i) => i.id,
                  // an item (normalised once, replaced on change) is rendered once: an
                  // appended message does not re-format the dates of the whole window
                  (i) => guard([i, m, locale], () => renderThreadItem(i, m, locale)),
                )}
              </ol>`
            : html`<p class="empty">${m.thread.empty}</p>`
        }
      </div>
      ${
        this.unseen
          ? html`<button
              type="button"
              class="hd-button primary jump"
              @click=${() => this.scrollToLatest()}
            >
              ${m.thread.jump(this.unseen)}
            </button>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcer.regionContent()}</div>`;
  }

  private renderTop() {
    const m = this.i18n.msg;
    if (this.olderError) {
      const retry = () => this.revealOlder();
      return html`<div class="hd-error" role="alert">
        <p>${m.thread.olderFailed(this.olderError)}</p>
        <button type="button" class="hd-button" @click=${retry}>${m.common.retry}</button>
      </div>`;
    }
    if (this.from > 0 || this.hasMore) {
      return html`<div class="top">
        <button
          type="button"
          class="hd-button older"
          aria-busy=${this.loadingOlder ? 'true' : 'false'}
          @click=${() => this.revealOlder()}
        >
          ${this.loadingOlder ? m.thread.loadingOlder : m.thread.loadOlder}
        </button>
      </div>`;
    }
    return this.items.length ? html`<p class="top">${m.thread.beginning}</p>` : nothing;
  }
}
