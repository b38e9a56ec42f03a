/**
 * What the peek loads for one ticket: the ticket and its context (required), the signed-in
 * agent, the agents for the assignee picker and the customer history (optional: the peek works
 * without them). Every read gets the Task's signal, so switching tickets aborts the old load.
 */
import {
  AdapterError,
  isAbortError,
  type Agent,
  type CustomerHistory,
  type HelpdeskAdapter,
  type Ticket,
  type TicketContext,
} from '../../adapter/types.js';

export interface PeekData {
  id: string;
  ticket: Ticket;
  context: TicketContext;
  me: Agent;
  agents: Agent[];
  history?: CustomerHistory;
}

const optional = <T>(p: Promise<T>): Promise<T | undefined> =>
  p.catch((err) => {
    if (isAbortError(err)) throw err;
    return undefined;
  });

export async function loadPeekData(
  adapter: HelpdeskAdapter,
  id: string,
  signal: AbortSignal,
  me: () => Promise<Agent>,
  withHistory: boolean,
): Promise<PeekData> {
  try {
    const [ticket, context, agent] = await Promise.all([
      adapter.getTicket(id, { signal }),
      adapter.getTicketContext(id, { signal }),
      me(),
    ]);
    signal.throwIfAborted();
    const [agents, history] = await Promise.all([
      optional(adapter.listAgents({ signal })),
      withHistory && ticket.customerId
        ? optional(adapter.getCustomerHistory(ticket.customerId, { signal }))
        : undefined,
    ]);
    return { id, ticket, context, me: agent, agents: agents ?? [], history };
  } catch (err) {
    throw isAbortError(err) ? err : AdapterError.from(err);
  }
}
