/**
 * `hd-cockpit/locales/de` (src/locales/de.ts): a host that imports it gets German at the first
 * paint, with no table fetched on demand. (Its own file: the import registers German for the
 * whole page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/locales/de.js';
import '../src/components/customer-history/define.js';
import type { HdCustomerHistory } from '../src/components/customer-history/customer-history.js';
import { customerHistoryText } from '../src/components/customer-history/render.js';
import type { CustomerHistory } from '../src/adapter/types.js';

const ada: CustomerHistory = {
  id: '42',
  name: 'Ada',
  vip: false,
  ticketsTotal: 7,
  ticketsClosed: 6,
  lastTickets: [],
};

describe('i18n: hd-cockpit/locales/de', () => {
  it('renders German at first paint and gives the German text form at once', async () => {
    const el = await fixture<HdCustomerHistory>(
      html`<hd-customer-history lang="de" .history=${ada}></hd-customer-history>`,
    );
    // no waiting: the first render is already German
    const title = el.shadowRoot!.querySelector('.title')!.textContent!.replace(/\s+/g, ' ');
    expect(title.trim()).to.equal('👤 Kundenhistorie — Ada');
    expect(customerHistoryText(ada, { locale: 'de' }).split('\n')[0]).to.equal(
      '👤 Kundenhistorie — Ada',
    );
  });
});
