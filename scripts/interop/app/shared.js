// The fixture every framework host renders: the same elements, state and checks for each
// (scripts/interop/run.mjs drives them through `window.hostApi`).
import { createMemoryAdapter } from 'hd-cockpit/adapters/memory';

/** One adapter object for the page, passed to `<hd-provider>` as a property. */
export const adapter = createMemoryAdapter();

/** Ada's open "Password reset" (DEMO_IDS.adaOpenTicket): the composer's ticket. */
export const COMPOSER_TICKET = 't-1006';

/** Customer history data with `n` last tickets (an array the host replaces on update). */
export function history(n) {
  return {
    id: 'c-interop',
    name: `Customer ${n}`,
    vip: false,
    ticketsTotal: n,
    ticketsClosed: n,
    lastTickets: Array.from({ length: n }, (_, i) => ({
      id: `x-${i + 1}`,
      number: 9000 + i + 1,
      subject: `Old ticket ${i + 1}`,
      status: 'closed',
    })),
  };
}

export const initialState = {
  view: 'unassigned',
  pageSize: 3,
  agentInbox: true,
  variant: 'full',
  history: history(2),
  tick: 0,
  opened: '',
  selected: 0,
};

/** The state patch the driver sends, with `history: n` standing for `history(n)`. */
export function resolvePatch(patch) {
  const out = { ...patch };
  if (typeof out.history === 'number') out.history = history(out.history);
  return out;
}
