import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { HdElement } from '../base/hd-element.js';
import { guardAdapter } from '../../model/normalize.js';
import { hostStyles } from '../../tokens/host-styles.js';
import { AdapterError, isAbortError, type CustomerHistory } from '../../adapter/types.js';
import { HdTicketOpenEvent } from '../../events/index.js';
import { renderCustomerHistory, type CustomerHistoryVariant } from './render.js';
import { customerHistoryStyles } from './customer-history.styles.js';

/**
 * The customer-history card: "Customer history — <name>", ID, VIP badge, ticket counts, CSAT
 * average, first response time and the customer's last tickets.
 *
 * Give it data with `.history` (no adapter needed), or a `customer-id` to load it through the
 * adapter's `getCustomerHistory` (own `.adapter` or `<hd-provider>`'s). `.history` wins when
 * both are set.
 *
 * @summary Customer-history card.
 * @csspart card - The card (a `section` labelled by its title).
 * @csspart title - The card heading.
 * @csspart meta - ID and VIP badge row.
 * @csspart vip-badge - The "💎 VIP" badge.
 * @csspart stats - Ticket counts, CSAT, first response.
 * @csspart tickets - The list of last tickets.
 * @csspart ticket - One last ticket (a button).
 * @csspart status - A ticket's status badge.
 * @csspart more - "+N more" under a compact list.
 * @csspart loading - The loading skeleton.
 * @csspart error - The inline error (load failure or no adapter).
 * @cssproperty [--hd-customer-history-background=var(--hd-color-surface-raised)] - Card background.
 * @cssproperty [--hd-customer-history-border-color=var(--hd-color-border)] - Card border.
 * @fires hd-ticket-open - A last ticket was activated (cancelable; `detail.ticketId`).
 */
export class HdCustomerHistory extends HdElement {
  static override styles = [hostStyles, customerHistoryStyles];

  /** Loads the history of this customer through the adapter (ignored while `.history` is set). */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** The data to show; renders without any adapter. */
  @property({ attribute: false }) history?: CustomerHistory;

  /** `compact` (default: at most 3 last tickets) or `full` (all last tickets). */
  @property({ reflect: true }) variant: CustomerHistoryVariant = 'compact';

  private abortedOnDisconnect = false;

  private readonly task = new Task(this, {
    task: async ([adapter, id], { signal }) => {
      if (!adapter || !id) return undefined;
      try {
        return await guardAdapter(adapter).getCustomerHistory(id, { signal });
      } catch (err) {
        throw isAbortError(err) ? err : AdapterError.from(err);
      }
    },
    args: () =>
      [
        this.history ? undefined : this.effectiveAdapter,
        this.history ? undefined : this.customerId,
      ] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.abortedOnDisconnect = true;
    }
  }

  /** Loads the history again (what the Retry button does). */
  reload(): Promise<void> {
    return this.task.run();
  }

  private isLoading(): boolean {
    return (
      !this.history &&
      !!this.customerId &&
      !!this.effectiveAdapter &&
      (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL)
    );
  }

  private readonly openTicket = (ticketId: string) => {
    this.dispatchEvent(new HdTicketOpenEvent({ ticketId }));
  };

  protected override render() {
    if (this.history) return this.renderCard(this.history);
    if (!this.customerId) {
      return html`<p class="empty" part="empty">${this.msg.history.noCustomer}</p>`;
    }
    if (!this.effectiveAdapter) return this.renderNoAdapter();
    if (this.isLoading()) return this.renderLoading();
    if (this.task.status === TaskStatus.ERROR) return this.renderError(this.task.error);
    const value = this.task.value;
    return value ? this.renderCard(value) : this.renderLoading();
  }

  private renderCard(history: CustomerHistory) {
    return renderCustomerHistory(history, {
      variant: this.variant,
      onOpen: this.openTicket,
      locale: this.resolvedLocale,
    });
  }

  private renderLoading() {
    return html`<div class="card skeleton" part="loading" role="status">
      <span class="visually-hidden">${this.msg.history.loading}</span>
      <div class="bone wide"></div>
      <div class="bone mid"></div>
      <div class="bone"></div>
      <div class="bone"></div>
    </div>`;
  }

  private renderError(error: unknown) {
    if (isAbortError(error)) return this.renderLoading();
    const message = AdapterError.from(error).message;
    const m = this.msg;
    const retry = () => this.reload();
    return html`<div class="hd-error error" part="error" role="alert">
      <span>${m.history.loadFailed(message)}</span>
      <button type="button" class="hd-button" @click=${retry}>${m.common.retry}</button>
    </div>`;
  }
}
