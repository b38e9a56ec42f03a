/**
 * The context stack (right pane): one card per kind of context, each left out cleanly when the
 * adapter has no data for it. A render helper so the cards keep their element instances (and
 * their timers) across in-place re-renders of the peek.
 */
import { html, nothing } from 'lit';
import type { HelpdeskAdapter, Sla, Ticket, TicketContext } from '../../adapter/types.js';
import { hasSlaData } from './cards/sla-card.js';
import type { Messages } from '../../i18n/en.js';

/** The SLA to show: the context's, overridden by the (live) ticket's. */
export function effectiveSla(ticket: Ticket, context: TicketContext): Sla {
  const sla: Sla = { ...context.sla, ...ticket.sla };
  const firstResponseAt = ticket.firstResponseAt ?? sla.firstResponseAt;
  return firstResponseAt ? { ...sla, firstResponseAt } : sla;
}

export function renderContextStack(
  ticket: Ticket,
  context: TicketContext,
  adapter: HelpdeskAdapter | undefined,
  m: Messages,
) {
  const sla = effectiveSla(ticket, context);
  const createdAt = (ticket as Ticket & { createdAt?: string }).createdAt;
  const any =
    hasSlaData(sla) ||
    context.asset ||
    context.sentinel ||
    context.summary?.text ||
    context.time ||
    context.contract ||
    context.related?.length;
  return html`${
    hasSlaData(sla)
      ? html`<hd-peek-sla-card
          .sla=${sla}
          .status=${ticket.status}
          .createdAt=${createdAt}
        ></hd-peek-sla-card>`
      : nothing
  }
  ${
    context.asset
      ? html`<hd-peek-asset-card .asset=${context.asset}></hd-peek-asset-card>`
      : nothing
  }
  ${
    context.sentinel
      ? html`<hd-peek-sentinel-card .sentinel=${context.sentinel}></hd-peek-sentinel-card>`
      : nothing
  }
  ${
    context.asset
      ? html`<hd-peek-remote-card .adapter=${adapter} .ticketId=${ticket.id}></hd-peek-remote-card>`
      : nothing
  }
  ${
    context.summary?.text
      ? html`<hd-peek-summary-card .summary=${context.summary}></hd-peek-summary-card>`
      : nothing
  }
  ${
    context.time || context.contract
      ? html`<hd-peek-time-card
          .adapter=${adapter}
          .ticketId=${ticket.id}
          .time=${context.time}
          .contract=${context.contract}
        ></hd-peek-time-card>`
      : nothing
  }
  ${
    context.related?.length
      ? html`<hd-peek-related-card .related=${context.related}></hd-peek-related-card>`
      : nothing
  }
  ${any ? nothing : html`<p class="quiet no-context">${m.peek.noContext}</p>`}`;
}
