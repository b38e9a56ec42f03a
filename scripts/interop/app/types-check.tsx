// A TypeScript consumer of the packed package: every entry's types resolve through the exports
// map, and the React wrappers' props and event props are typed (the @ts-expect-error lines
// fail the check if a wrong prop or event detail were accepted).
import { useRef } from 'react';
import type {
  HelpdeskAdapter,
  HdTicketOpenEvent,
  HdActionExecutedEvent,
  CustomerHistory,
} from 'hd-cockpit';
import { customerHistoryText, HdInbox as HdInboxClass } from 'hd-cockpit';
import 'hd-cockpit/inbox';
import 'hd-cockpit/ticket-peek';
import 'hd-cockpit/composer';
import 'hd-cockpit/provider';
import 'hd-cockpit/cockpit';
import { renderCustomerHistory } from 'hd-cockpit/customer-history';
import { createMemoryAdapter } from 'hd-cockpit/adapters/memory';
import { createRestAdapter } from 'hd-cockpit/adapters/rest';
import { runAdapterConformance } from 'hd-cockpit/testing';
import {
  HdCockpit,
  HdComposer,
  HdCustomerHistory,
  HdInbox,
  HdProvider,
  HdTicketPeek,
  type HdTicketPeekElement,
} from 'hd-cockpit/react';

const adapter: HelpdeskAdapter = createMemoryAdapter();
const rest: HelpdeskAdapter = createRestAdapter({ baseUrl: '/api', csrfToken: 't' });
const history: CustomerHistory = {
  id: '42',
  name: 'Ada',
  vip: true,
  ticketsTotal: 1,
  ticketsClosed: 1,
  lastTickets: [],
};
export const text: string = customerHistoryText(history);
export const template = renderCustomerHistory(history);
export const conformance: typeof runAdapterConformance = runAdapterConformance;
export const inboxTag: HdInboxClass = document.createElement('hd-inbox');
document.addEventListener('hd-ticket-open', (e) => e.detail.ticketId.toUpperCase());

export function App() {
  const peek = useRef<HdTicketPeekElement>(null);
  return (
    <HdProvider adapter={adapter} featureAgentInbox flags={{ customerHistoryPin: false }}>
      <HdInbox
        view="my_open"
        page={1}
        pageSize={20}
        onHdTicketOpen={(e: HdTicketOpenEvent) => peek.current?.show(e.detail.ticketId)}
        onHdSelectionChange={(e) => e.detail.ticketIds.length}
        onHdBulkActionCompleted={(e) => e.detail.ok + e.detail.failed}
      />
      <HdTicketPeek
        ref={peek}
        onHdPeekClose={(e) => e.detail.reason}
        onHdReplySent={(e) => e.detail.item.id}
      />
      <HdComposer
        adapter={rest}
        ticketId="t-1"
        mode="note"
        onHdNoteAdded={(e) => e.detail.total.toFixed()}
        onHdActionExecuted={(e: HdActionExecutedEvent) => e.detail.origin}
      />
      <HdCustomerHistory
        history={history}
        variant="full"
        onHdTicketOpen={(e) => e.detail.ticketId}
      />
      <HdCockpit
        adapter={adapter}
        view="unassigned"
        pageSize={5}
        onHdPeekOpen={(e) => e.detail.ticketId}
      />
      {/* @ts-expect-error pageSize is a number */}
      <HdInbox pageSize="20" />
      {/* @ts-expect-error the composer has no peek events */}
      <HdComposer onHdPeekOpen={() => undefined} />
      {/* @ts-expect-error hd-ticket-open's detail has no such field */}
      <HdInbox onHdTicketOpen={(e) => e.detail.subject} />
      {/* @ts-expect-error mode is 'reply' | 'note' */}
      <HdComposer mode="email" />
    </HdProvider>
  );
}
