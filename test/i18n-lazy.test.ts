/**
 * German is loaded on demand: the table is a module of its own, fetched the first time an
 * element resolves `de`; elements render English until it arrives and then re-render. This file
 * must not import the German table (src/i18n/de.ts) itself: the page starts without it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/customer-history/define.js';
import type { HdCustomerHistory } from '../src/components/customer-history/customer-history.js';
import { customerHistoryText } from '../src/components/customer-history/render.js';
import { isLocaleLoaded, preloadLocale } from '../src/i18n/index.js';
import type { CustomerHistory } from '../src/adapter/types.js';

const ada: CustomerHistory = {
  id: '42',
  name: 'Ada',
  vip: false,
  ticketsTotal: 7,
  ticketsClosed: 6,
  lastTickets: [],
};

const title = (el: HdCustomerHistory) =>
  el.shadowRoot!.querySelector('.title')?.textContent?.replace(/\s+/g, ' ').trim();

/** Fetches of the German table's module so far (the test server serves the .ts source). */
const germanFetches = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('/src/i18n/de.ts'));

describe('i18n: German on demand', () => {
  it('is fetched once, when the first element needs it; elements then re-render in German', async () => {
    expect(isLocaleLoaded('de'), 'German before any element asked').to.equal(false);
    expect(germanFetches()).to.have.length(0);
    // English by default, and for the synchronous text form while German is not loaded
    const english = await fixture<HdCustomerHistory>(
      html`<hd-customer-history .history=${ada}></hd-customer-history>`,
    );
    expect(title(english)).to.equal('👤 Customer history — Ada');
    expect(customerHistoryText(ada, { locale: 'de' })).to.match(/^👤 Customer history — Ada/);
    expect(isLocaleLoaded('de'), 'German loaded for an English page').to.equal(false);

    // mounted by hand: the first render completes in microtasks, before any fetch can answer
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const [shown, parked] = [0, 1].map(() => {
      const el = document.createElement('hd-customer-history');
      el.history = ada;
      return wrapper.appendChild(el);
    });
    await Promise.all([shown.updateComplete, parked.updateComplete]);
    // the first paint is English: the table is on its way
    expect(title(shown)).to.equal('👤 Customer history — Ada');
    expect(title(parked)).to.equal('👤 Customer history — Ada');
    // one element leaves the page while German loads, and comes back after it arrived
    parked.remove();
    await waitUntil(() => title(shown) === '👤 Kundenhistorie — Ada', 'no German re-render');
    expect(isLocaleLoaded('de')).to.equal(true);
    expect(germanFetches(), 'fetches of the German table').to.have.length(1);
    wrapper.append(parked);
    await waitUntil(() => title(parked) === '👤 Kundenhistorie — Ada', 'reconnected in English');

    // from now on German is there at first paint, with no further fetch
    const later = await fixture<HdCustomerHistory>(
      html`<hd-customer-history lang="de-CH" .history=${ada}></hd-customer-history>`,
    );
    expect(title(later)).to.equal('👤 Kundenhistorie — Ada');
    expect(customerHistoryText(ada, { locale: 'de' })).to.match(/^👤 Kundenhistorie — Ada/);
    expect(germanFetches()).to.have.length(1);
  });

  it('preloadLocale resolves with the table of a tag, English for a language without one', async () => {
    expect((await preloadLocale('de-AT')).history.lastTickets).to.equal('Letzte Tickets');
    expect((await preloadLocale('fr')).history.lastTickets).to.equal('Last tickets');
    expect((await preloadLocale('en-GB')).history.lastTickets).to.equal('Last tickets');
  });
});
