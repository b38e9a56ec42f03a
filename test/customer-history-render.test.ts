import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { CustomerHistory } from '../src/adapter/types.js';
import {
  customerHistoryText,
  renderCustomerHistory,
} from '../src/components/customer-history/render.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { ADA_HISTORY } from '../src/mocks/demo-data.js';

const MIN = 60_000;

const ada = ADA_HISTORY;

const ADA_TEXT = `👤 Customer history — Ada
ID 42
💎 VIP
7 tickets total (6 closed) · ⭐ 4.8 CSAT avg · ⏱ 12m first response
Last tickets
• [closed] Refund issue
• [open] Password reset`;

/** Renders a template into a detached container and returns it. */
function mount(history: CustomerHistory, opts?: Parameters<typeof renderCustomerHistory>[1]) {
  const container = document.createElement('div');
  render(renderCustomerHistory(history, opts), container);
  return container;
}

describe('customerHistoryText()', () => {
  it('is exactly the DESIGN.md plain-text form for Ada', () => {
    expect(customerHistoryText(ada)).to.equal(ADA_TEXT);
  });

  it("matches for Ada as the memory adapter's demo data returns her", async () => {
    const adapter = createMemoryAdapter();
    const history = await adapter.getCustomerHistory('42');
    expect(customerHistoryText(history)).to.equal(ADA_TEXT);
  });

  it('leaves out the VIP line, CSAT and first response when there is no data', () => {
    const text = customerHistoryText({
      ...ada,
      name: 'Bob',
      id: '7',
      vip: false,
      csatAvg: undefined,
      firstResponseMs: undefined,
    });
    expect(text).to.equal(`👤 Customer history — Bob
ID 7
7 tickets total (6 closed)
Last tickets
• [closed] Refund issue
• [open] Password reset`);
    expect(text).not.to.contain('VIP');
    expect(text).not.to.contain('CSAT');
  });

  it('a customer without tickets has no "Last tickets" block', () => {
    const text = customerHistoryText({
      id: '9',
      name: 'New Co',
      vip: false,
      ticketsTotal: 0,
      ticketsClosed: 0,
      lastTickets: [],
    });
    expect(text).to.equal('👤 Customer history — New Co\nID 9\nNo tickets yet');
  });

  it('one ticket is singular; CSAT always has one decimal; hours and minutes humanized', () => {
    const text = customerHistoryText({
      ...ada,
      ticketsTotal: 1,
      ticketsClosed: 0,
      csatAvg: 5,
      firstResponseMs: 3 * 60 * MIN + 5 * MIN,
      lastTickets: [],
    });
    expect(text.split('\n')[3]).to.equal(
      '1 ticket total (0 closed) · ⭐ 5.0 CSAT avg · ⏱ 3h 5m first response',
    );
  });

  it('groups huge counts with en-US separators (and small ones stay as in the spec)', () => {
    const text = customerHistoryText({ ...ada, ticketsTotal: 1234567, ticketsClosed: 1200000 });
    expect(text).to.contain('1,234,567 tickets total (1,200,000 closed)');
  });

  it('untrusted names and subjects stay literal and cannot forge extra lines', () => {
    const text = customerHistoryText({
      ...ada,
      name: '<img src=x onerror=alert(1)>\nID 999\n💎 VIP',
      lastTickets: [{ id: 'x', number: 1, subject: 'Hi\n• [closed] fake', status: 'open' }],
    });
    const lines = text.split('\n');
    expect(lines[0]).to.equal('👤 Customer history — <img src=x onerror=alert(1)> ID 999 💎 VIP');
    expect(lines[1]).to.equal('ID 42');
    expect(lines.at(-1)).to.equal('• [open] Hi • [closed] fake');
    expect(lines).to.have.length(6);
  });
});

describe('renderCustomerHistory()', () => {
  it('renders the title, ID, VIP badge and stats as text', () => {
    const el = mount(ada);
    const section = el.querySelector('section')!;
    expect(section.getAttribute('aria-label')).to.equal('Customer history — Ada');
    expect(el.querySelector('[role="heading"]')!.textContent!.trim()).to.contain(
      'Customer history — Ada',
    );
    expect(el.querySelector('.id')!.textContent).to.equal('ID 42');
    expect(el.querySelector('.vip')!.textContent).to.equal('💎 VIP');
    const stats = [...el.querySelectorAll('.stats li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(stats).to.deep.equal([
      '7 tickets total (6 closed)',
      '⭐ 4.8 CSAT avg',
      '⏱ 12m first response',
    ]);
  });

  it('no VIP badge, no CSAT and no ticket list when there is no data', () => {
    const el = mount({ ...ada, vip: false, csatAvg: undefined, lastTickets: [] });
    expect(el.querySelector('.vip')).to.equal(null);
    expect(el.textContent).not.to.contain('CSAT');
    expect(el.querySelector('.tickets')).to.equal(null);
  });

  it('renders untrusted HTML in names and subjects as text', () => {
    const el = mount({
      ...ada,
      name: '<img src=x onerror="window.__pwned=1">',
      lastTickets: [
        { id: 'x', number: 1, subject: '<b>bold</b><script>1</script>', status: 'open' },
      ],
    });
    expect(el.querySelector('img, b, script')).to.equal(null);
    expect(el.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(el.querySelector('.subject')!.textContent).to.equal('<b>bold</b><script>1</script>');
  });

  it('compact lists at most 3 last tickets with "+N more"; full lists all', () => {
    const many: CustomerHistory = {
      ...ada,
      lastTickets: Array.from({ length: 6 }, (_, i) => ({
        id: `t${i}`,
        number: 100 + i,
        subject: `Subject ${i}`,
        status: 'closed' as const,
      })),
    };
    const compact = mount(many);
    expect(compact.querySelectorAll('.tickets li')).to.have.length(3);
    expect(compact.querySelector('.more')!.textContent).to.equal('+3 more');
    const full = mount(many, { variant: 'full' });
    expect(full.querySelectorAll('.tickets li')).to.have.length(6);
    expect(full.querySelector('.more')).to.equal(null);
  });

  it('tickets are buttons calling onOpen only when a handler is given', () => {
    expect(mount(ada).querySelector('button')).to.equal(null);
    const opened: string[] = [];
    const el = mount(ada, { onOpen: (id) => opened.push(id) });
    const buttons = el.querySelectorAll('button');
    expect(buttons).to.have.length(2);
    expect(buttons[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'closed #1007 Refund issue',
    );
    buttons[1].click();
    expect(opened).to.deep.equal(['t-1006']);
  });
});
