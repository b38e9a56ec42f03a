import { LitElement, css, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { adapterContext, ensureContextRoot } from '../../adapter/context.js';
import type { HelpdeskAdapter } from '../../adapter/types.js';
import { flagAttribute, type Flags } from '../../model/flags.js';
import type { StateStore } from '../../model/state-store.js';
import type { HdTicketOpenEvent } from '../../events/index.js';
import { adoptThemes } from '../../tokens/themes.js';
import { sharedDefaultStore } from '../base/hd-element.js';
import '../provider/define.js';
import '../inbox/define.js';
import '../ticket-peek/define.js';
import type { HdTicketPeek } from '../ticket-peek/peek.js';

/**
 * The whole cockpit in one tag: a provider, the inbox and the ticket peek wired together —
 * activating a row opens the peek (unless a host listener cancels `hd-ticket-open`).
 *
 * @summary Inbox + ticket peek, wired, with their own provider.
 * @slot legacy - Shown by the inbox when the `agentInbox` flag is off (the host's old queue).
 * @csspart inbox - The `<hd-inbox>`.
 * @csspart peek - The `<hd-ticket-peek>`.
 * @fires hd-ticket-open - (from the inbox) cancel it to keep the peek closed.
 */
export class HdCockpit extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The data adapter for everything inside (default: the one of an enclosing `<hd-provider>`). */
  @property({ attribute: false }) adapter?: HelpdeskAdapter;
  @consume({ context: adapterContext, subscribe: true })
  @state()
  private outerAdapter?: HelpdeskAdapter;
  /** Feature flags (merged over the defaults). */
  @property({ attribute: false }) flags: Partial<Flags> = {};
  /** Where selection and drafts persist. */
  @property({ attribute: false }) store: StateStore = sharedDefaultStore();
  /**
   * Turns the agent inbox on. As on `<hd-provider>`, `="false"` / `="off"` / `="0"` mean off:
   * frameworks such as Vue write a boolean `false` binding as the attribute `"false"`.
   */
  @property({ attribute: 'feature-agent-inbox', converter: flagAttribute })
  featureAgentInbox?: boolean;
  /** `="false"` keeps the customer-history card out of the peek. */
  @property({ attribute: 'feature-customer-history-pin', converter: flagAttribute })
  featureCustomerHistoryPin?: boolean;
  /** The UI language inside (passed to the provider; a nearer `lang` attribute wins). */
  @property() locale?: string;
  /** The inbox view (default `my_open`). */
  @property({ reflect: true }) view = 'my_open';
  /** The inbox page, 1-based. */
  @property({ type: Number }) page = 1;
  /** Rows per inbox page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  @query('hd-ticket-peek') private peek!: HdTicketPeek;

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
    adoptThemes(this.ownerDocument);
  }

  /** Opens a ticket in the peek. */
  openTicket(ticketId: string): void {
    this.peek?.show(ticketId);
  }

  private onTicketOpen(e: HdTicketOpenEvent) {
    // host listeners further up see the event after us: decide once the dispatch is over
    queueMicrotask(() => {
      if (!e.defaultPrevented) this.openTicket(e.detail.ticketId);
    });
  }

  private onViewChange(e: Event) {
    const inbox = e.target as HTMLElement & { view: string; page: number };
    this.view = inbox.view;
  }

  protected override render() {
    return html`<hd-provider
      .adapter=${this.adapter ?? this.outerAdapter}
      .flags=${this.flags}
      .store=${this.store}
      .featureAgentInbox=${this.featureAgentInbox}
      .featureCustomerHistoryPin=${this.featureCustomerHistoryPin}
      .locale=${this.locale}
      @hd-ticket-open=${this.onTicketOpen}
    >
      <hd-inbox
        part="inbox"
        view=${this.view}
        page=${this.page}
        page-size=${this.pageSize}
        @hd-view-change=${this.onViewChange}
        ><slot name="legacy" slot="legacy"></slot
      ></hd-inbox>
      <hd-ticket-peek part="peek"></hd-ticket-peek>
    </hd-provider>`;
  }
}
