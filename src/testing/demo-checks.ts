import { DEMO_IDS, DEMO_LONG_THREAD_TICKET_ID } from '../mocks/demo-data.js';
import type { ConformanceContext } from './conformance.js';
import { deepEqual, equal, ok, rejectsWithCode } from './assert.js';
import type { TestGlobals } from './globals.js';

/**
 * Checks that only hold over hd-cockpit's own demo data (`createDemoData()` with its
 * defaults): used to prove the memory adapter and the msw REST mock serve the same data.
 */
export function demoChecks(
  { adapter, ctx }: ConformanceContext,
  { describe, it }: Pick<TestGlobals, 'describe' | 'it'>,
): void {
  describe('demo data', () => {
    it('the signed-in agent is Sam Rivera', async () => {
      const me = await adapter().me();
      equal(me.id, DEMO_IDS.me, 'me().id');
      equal(me.name, 'Sam Rivera', 'me().name');
    });

    it("Ada's customer history matches the documented example", async () => {
      const history = await adapter().getCustomerHistory(DEMO_IDS.adaCustomerId);
      deepEqual(
        {
          ...history,
          lastTickets: history.lastTickets.map(({ subject, status }) => ({ subject, status })),
        },
        {
          id: '42',
          name: 'Ada',
          vip: true,
          ticketsTotal: 7,
          ticketsClosed: 6,
          csatAvg: 4.8,
          firstResponseMs: 12 * 60_000,
          lastTickets: [
            { subject: 'Refund issue', status: 'closed' },
            { subject: 'Password reset', status: 'open' },
          ],
        },
        'history of customer 42',
      );
    });

    it('a reply to a contact without email fails with no_contact_email', async () => {
      const ticket = await adapter().getTicket(DEMO_IDS.noContactEmailTicket);
      equal(ticket.contact.email, undefined, 'contact email of the no-email ticket');
      await rejectsWithCode(
        adapter().sendReply(ticket.id, { body: 'Hello' }, await ctx()),
        'no_contact_email',
        'sendReply to a contact without email',
      );
    });

    it('notable tickets are where the docs say', async () => {
      const mine = await adapter().listTickets({ view: 'my_open', page: 1, pageSize: 200 });
      ok(
        mine.items.some((t) => t.id === DEMO_IDS.vpnTicket),
        'the VPN ticket is in my_open',
      );
      const unassigned = await adapter().listTickets({
        view: 'unassigned',
        page: 1,
        pageSize: 200,
      });
      ok(
        unassigned.items.some((t) => t.id === DEMO_IDS.printerTicket),
        'the printer ticket is unassigned',
      );
      const overdue = await adapter().listTickets({ view: 'overdue', page: 1, pageSize: 200 });
      ok(
        overdue.items.some((t) => t.id === DEMO_IDS.vpnTicket),
        'the VPN ticket is overdue',
      );
      const thread = await adapter().listThread(DEMO_IDS.htmlEmailTicket);
      ok(
        thread.items.some((i) => i.kind === 'customer' && i.bodyHtml),
        'the phishing ticket has an HTML email',
      );
      const context = await adapter().getTicketContext(DEMO_IDS.htmlEmailTicket);
      equal(context.sentinel?.posture, 'compromised', 'sentinel posture of the phishing device');
      const long = await adapter().getTicket(DEMO_LONG_THREAD_TICKET_ID);
      equal(long.subject, 'File server slow every morning', 'subject of the long-thread ticket');
    });

    it('a remote session starts awaiting consent and can be read back', async () => {
      const session = await adapter().startRemoteSession(DEMO_IDS.remoteSessionTicket, await ctx());
      equal(session.status, 'awaiting_consent', 'status of a new session');
      equal((await adapter().getRemoteSession(session.id)).id, session.id, 'getRemoteSession id');
      await rejectsWithCode(
        adapter().getRemoteSession('hd-missing-session'),
        'not_found',
        'unknown session',
      );
    });
  });
}
