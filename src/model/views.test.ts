import { expect } from '@open-wc/testing';
import { AdapterError, type SavedView, type TicketSummary } from '../adapter/types.js';
import {
  compareTicketsForList,
  sortTicketsForList,
  ticketMatchesView,
  VIEW_LABELS,
  viewLabel,
  viewPredicate,
  type ViewContext,
} from './views.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

let seq = 0;
function ticket(overrides: Partial<TicketSummary> = {}): TicketSummary {
  seq++;
  return {
    id: `t${seq}`,
    number: 1000 + seq,
    subject: `Ticket ${seq}`,
    status: 'open',
    priority: 'normal',
    assigneeId: 'me',
    customerId: 'c1',
    contactName: 'Pat',
    updatedAt: at(-seq),
    sla: { resolutionDueAt: at(600) },
    unread: false,
    tags: [],
    ...overrides,
  };
}

const savedViews: SavedView[] = [
  { id: 'vpn', name: 'VPN issues', filter: { tags: ['vpn', 'remote'] } },
  { id: 'waiting', name: 'Waiting', filter: { status: ['pending'] } },
  { id: 'net-hot', name: 'Network hot', filter: { teamId: 'net', priority: ['high', 'urgent'] } },
  { id: 'proj', name: 'Project', filter: { projectId: 'p1' } },
];
const ctx: ViewContext = { meId: 'me', now: NOW, savedViews };
const matches = (t: TicketSummary, view: string) => ticketMatchesView(t, view, ctx);

describe('ticketMatchesView', () => {
  it('my_open: mine and open or pending', () => {
    expect(matches(ticket(), 'my_open')).to.equal(true);
    expect(matches(ticket({ status: 'pending' }), 'my_open')).to.equal(true);
    expect(matches(ticket({ status: 'resolved' }), 'my_open')).to.equal(false);
    expect(matches(ticket({ status: 'closed' }), 'my_open')).to.equal(false);
    expect(matches(ticket({ assigneeId: 'other' }), 'my_open')).to.equal(false);
    expect(matches(ticket({ assigneeId: null }), 'my_open')).to.equal(false);
  });

  it('unassigned: no assignee and not resolved/closed', () => {
    expect(matches(ticket({ assigneeId: null }), 'unassigned')).to.equal(true);
    expect(matches(ticket({ assigneeId: null, status: 'closed' }), 'unassigned')).to.equal(false);
    expect(matches(ticket(), 'unassigned')).to.equal(false);
  });

  it('overdue: warned or past a due time, and still open', () => {
    expect(
      matches(ticket({ sla: { warnedAt: at(-5), resolutionDueAt: at(900) } }), 'overdue'),
    ).to.equal(true);
    expect(matches(ticket({ sla: { resolutionDueAt: at(-1) } }), 'overdue')).to.equal(true);
    expect(matches(ticket({ sla: { firstResponseDueAt: at(-1) } }), 'overdue')).to.equal(true);
    const answered = {
      firstResponseDueAt: at(-1),
      firstResponseAt: at(-2),
      resolutionDueAt: at(60),
    };
    expect(matches(ticket({ sla: answered }), 'overdue')).to.equal(false);
    expect(matches(ticket(), 'overdue')).to.equal(false);
    expect(
      matches(ticket({ status: 'resolved', sla: { resolutionDueAt: at(-1) } }), 'overdue'),
    ).to.equal(false);
  });

  it('overdue follows the clock in the context', () => {
    const t = ticket({ sla: { resolutionDueAt: at(30) } });
    expect(ticketMatchesView(t, 'overdue', { ...ctx, now: NOW + 31 * 60_000 })).to.equal(true);
    expect(ticketMatchesView(t, 'overdue', { ...ctx, now: NOW })).to.equal(false);
  });

  it('high_priority: high or urgent, still open', () => {
    expect(matches(ticket({ priority: 'high' }), 'high_priority')).to.equal(true);
    expect(matches(ticket({ priority: 'urgent', assigneeId: 'x' }), 'high_priority')).to.equal(
      true,
    );
    expect(matches(ticket({ priority: 'normal' }), 'high_priority')).to.equal(false);
    expect(matches(ticket({ priority: 'urgent', status: 'closed' }), 'high_priority')).to.equal(
      false,
    );
  });

  it('all_open: everything but resolved and closed', () => {
    expect(matches(ticket({ assigneeId: 'x', status: 'pending' }), 'all_open')).to.equal(true);
    expect(matches(ticket({ status: 'resolved' }), 'all_open')).to.equal(false);
  });

  it('by_tag, by_team and by_project select open tickets with that value', () => {
    const t = ticket({ tags: ['vpn', 'network'], teamId: 'net', projectId: 'p1' });
    expect(matches(t, 'by_tag:vpn')).to.equal(true);
    expect(matches(t, 'by_tag:printer')).to.equal(false);
    expect(matches(t, 'by_team:net')).to.equal(true);
    expect(matches(t, 'by_team:sec')).to.equal(false);
    expect(matches(t, 'by_project:p1')).to.equal(true);
    expect(matches({ ...t, status: 'closed' }, 'by_tag:vpn')).to.equal(false);
  });

  it('saved views apply their filter; open only unless a status is given', () => {
    expect(matches(ticket({ tags: ['remote'] }), 'saved:vpn')).to.equal(true, 'any of the tags');
    expect(matches(ticket({ tags: ['printer'] }), 'saved:vpn')).to.equal(false);
    expect(matches(ticket({ tags: ['vpn'], status: 'closed' }), 'saved:vpn')).to.equal(false);
    expect(matches(ticket({ status: 'pending' }), 'saved:waiting')).to.equal(true);
    expect(matches(ticket({ status: 'open' }), 'saved:waiting')).to.equal(false);
    expect(matches(ticket({ teamId: 'net', priority: 'urgent' }), 'saved:net-hot')).to.equal(true);
    expect(matches(ticket({ teamId: 'net', priority: 'low' }), 'saved:net-hot')).to.equal(false);
    expect(matches(ticket({ teamId: 'sec', priority: 'urgent' }), 'saved:net-hot')).to.equal(false);
    expect(matches(ticket({ projectId: 'p1' }), 'saved:proj')).to.equal(true);
    const closedView = { id: 'closed', name: 'Closed', filter: { status: ['closed' as const] } };
    const withClosed = { ...ctx, savedViews: [closedView] };
    expect(ticketMatchesView(ticket({ status: 'closed' }), 'saved:closed', withClosed)).to.equal(
      true,
    );
  });

  it('rejects unknown views with a validation AdapterError', () => {
    for (const view of ['nope', 'by_tag:', 'saved:missing', 'MY_OPEN']) {
      let error: unknown;
      try {
        matches(ticket(), view);
      } catch (err) {
        error = err;
      }
      expect(error, view).to.be.instanceOf(AdapterError);
      expect((error as AdapterError).code).to.equal('validation');
      expect((error as AdapterError).message).to.equal(`Unknown view "${view}"`);
    }
  });

  it('viewPredicate validates once and filters many', () => {
    const list = [
      ticket({ priority: 'high' }),
      ticket({ priority: 'low' }),
      ticket({ priority: 'urgent' }),
    ];
    expect(list.filter(viewPredicate('high_priority', ctx)).map((t) => t.priority)).to.deep.equal([
      'high',
      'urgent',
    ]);
  });
});

describe('list order', () => {
  it('sorts by updatedAt newest first, ties by number descending, not by urgency', () => {
    const a = ticket({ number: 5, updatedAt: at(-10), priority: 'urgent' });
    const b = ticket({ number: 7, updatedAt: at(-1), priority: 'low' });
    const c = ticket({ number: 9, updatedAt: at(-10) });
    const input = [a, b, c];
    expect(sortTicketsForList(input).map((t) => t.number)).to.deep.equal([7, 9, 5]);
    expect(input.map((t) => t.number)).to.deep.equal([5, 7, 9], 'input left untouched');
    expect(compareTicketsForList(a, a)).to.equal(0);
  });
});

describe('view labels', () => {
  it('labels the built-in views as the chips show them', () => {
    expect(VIEW_LABELS).to.deep.equal({
      my_open: 'My open',
      unassigned: 'Unassigned',
      overdue: 'Overdue',
      high_priority: 'High',
      all_open: 'All open',
    });
  });

  it('labels filter and saved views', () => {
    expect(viewLabel('my_open')).to.equal('My open');
    expect(viewLabel('by_tag:vpn')).to.equal('Tag: vpn');
    expect(viewLabel('by_team:net', [], { net: 'Network' })).to.equal('Team: Network');
    expect(viewLabel('by_project:p1')).to.equal('Project: p1');
    expect(viewLabel('saved:vpn', savedViews)).to.equal('VPN issues');
    expect(viewLabel('weird')).to.equal('weird');
  });
});
