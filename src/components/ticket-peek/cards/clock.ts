/**
 * A ticking clock for live countdowns and timers: re-renders its host every `intervalMs` while
 * the host is connected and `active` is true, without touching the adapter. The interval starts
 * on connect and is cleared on disconnect (closing the peek removes the cards, so no timer
 * survives it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 1000,
    private readonly active: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  /** The current time (epoch ms); every render reads a fresh value. */
  get now(): number {
    return Date.now();
  }

  /** True while an interval is scheduled (tests use it to prove teardown). */
  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  hostUpdated(): void {
    // start or stop as `active()` changes (e.g. a timer started, an SLA got met)
    this.sync();
  }

  private sync() {
    const want = this.connected && this.active();
    if (want && !this.timer) {
      this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
    } else if (!want) {
      this.stop();
    }
  }

  private stop() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
