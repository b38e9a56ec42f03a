/**
 * Keeps one `adapter.subscribe()` listener while its host wants live updates (the peek: while
 * open and connected) and unsubscribes on close, adapter change and disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdapterListener, HelpdeskAdapter } from '../../adapter/types.js';

export class SubscriptionController implements ReactiveController {
  private unsubscribe?: () => void;
  private subscribedTo?: HelpdeskAdapter;

  constructor(
    host: ReactiveControllerHost,
    private readonly want: () => HelpdeskAdapter | undefined,
    private readonly listener: AdapterListener,
  ) {
    host.addController(this);
  }

  /** True while subscribed. */
  get active(): boolean {
    return !!this.unsubscribe;
  }

  hostUpdated(): void {
    this.sync(this.want());
  }

  hostDisconnected(): void {
    this.sync(undefined);
  }

  private sync(adapter: HelpdeskAdapter | undefined) {
    const target = adapter?.subscribe ? adapter : undefined;
    if (target === this.subscribedTo) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = target;
    if (target) this.unsubscribe = target.subscribe!(this.listener);
  }
}
