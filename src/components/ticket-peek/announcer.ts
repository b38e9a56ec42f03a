/**
 * A polite live region whose every `announce()` is heard, also when the text repeats ("New
 * message from Marcus Lee" twice): a region whose text does not change announces nothing, so
 * the region is emptied first and the new text set `ANNOUNCE_DELAY_MS` later (the approach of
 * the Angular CDK LiveAnnouncer; one animation frame is not enough, as the accessibility tree
 * may never see the empty state). Texts announced within that delay are collected (duplicates
 * dropped, at most `MAX_BURST`, the newest kept) and read together, each as its own line, so a
 * burst of events is one announcement, not a queue. The region must exist (empty) before its
 * first text: render `regionContent()` inside an element with `role="status"` that is always
 * there. The timer is cleared on disconnect.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Milliseconds between emptying the region and setting the new text. */
export const ANNOUNCE_DELAY_MS = 100;
/** Most texts read together from one burst. */
export const MAX_BURST = 3;

export class Announcer implements ReactiveController {
  private shown: string[] = [];
  private pending: string[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTimer();
    this.pending = [];
    this.shown = [];
  }

  /** The texts in the region now. */
  get texts(): readonly string[] {
    return this.shown;
  }

  /** Announces `text` (politely) a moment from now. */
  announce(text: string): void {
    if (!text) return;
    this.pending = [...this.pending.filter((t) => t !== text), text].slice(-MAX_BURST);
    if (this.shown.length) {
      this.shown = [];
      this.host.requestUpdate();
    }
    // a burst extends nothing: the first text's delay holds, so a stream of events still speaks
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.shown = this.pending;
      this.pending = [];
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  /** Empties the region and drops what was about to be announced (e.g. another ticket shows). */
  clear(): void {
    this.stopTimer();
    this.pending = [];
    if (this.shown.length) {
      this.shown = [];
      this.host.requestUpdate();
    }
  }

  /** The region's content: one line per text. */
  regionContent() {
    return this.shown.map((t) => html`<p>${t}</p>`);
  }

  private stopTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
