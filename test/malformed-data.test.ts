/**
 * Malformed adapter data (issue 8): an adapter answering with missing fields, nulls, wrong
 * types, unparsable dates, negative counts, unknown enum values, 10,000-character subjects and
 * bodies, right-to-left and emoji text (test/fixtures/malformed-data.ts) feeds `<hd-inbox>`,
 * `<hd-ticket-peek>` (ticket, thread, context cards, pinned customer history, composer),
 * `<hd-composer>` and `<hd-customer-history>`.
 *
 * Asserted as an agent would notice: nothing throws (no uncaught error, unhandled rejection or
 * console.error), every element still renders its frame, no "undefined" / "NaN" / "null" /
 * "Invalid Date" / "[object Object]" appears anywhere (text or accessible names), unusable
 * values show a clear placeholder ("(no subject)", "Unknown", "unknown" status, "—" for a
 * missing date), a long subject is cut with an ellipsis (full text in its tooltip) without
 * growing the row or the peek header, right-to-left text is isolated so it cannot reorder the
 * text around it, and axe passes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import '../src/components/ticket-peek/define.js';
import '../src/components/composer/define.js';
import '../src/components/customer-history/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import type { HdCustomerHistory } from '../src/components/customer-history/customer-history.js';
import type { CustomerHistory, HelpdeskAdapter } from '../src/adapter/types.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { customerHistoryText } from '../src/components/customer-history/render.js';
import { preloadLocale } from '../src/i18n/index.js';
import { loaded as inboxLoaded } from './inbox-helpers.js';
import {
  deepQueryAll,
  loaded as peekLoaded,
  nameOf,
  text,
  threadLoaded,
  threadOf,
} from './peek-helpers.js';
import {
  ARABIC_SUBJECT,
  EMOJI_SUBJECT,
  HEBREW_NAME,
  HEBREW_NOTE,
  LONG_BODY,
  LONG_SUBJECT,
  TICKET_IDS,
  malformedAdapter,
  malformedHistory,
} from './fixtures/malformed-data.js';

// ---- traps -----------------------------------------------------------------------------------

const problems: string[] = [];
const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandledrejection: ${e.reason}`);
const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
let originalConsoleError: typeof console.error;

/** Lets queued work run (tasks, animation frames, ResizeObserver rounds). */
async function settle() {
  await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

// ---- queries ---------------------------------------------------------------------------------

/** What an agent would call junk: a value the code failed to turn into text. */
const JUNK = /\bundefined\b|\bNaN\b|\bnull\b|Invalid Date|\[object \w+\]|\bInfinity\b/;
const SHOWN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'datetime',
  'download',
  'href',
];

/** Every text node and user-facing attribute value in `root` and the shadow roots below it. */
function shownStrings(root: ParentNode): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script') out.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      for (const name of SHOWN_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value !== null) out.push(`${name}="${value}"`);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root as Node);
  return out;
}

function expectNoJunk(root: ParentNode) {
  const junk = shownStrings(root)
    .filter((s) => JUNK.test(s))
    .map((s) => s.slice(0, 160));
  expect(junk, 'junk shown to the agent').to.deep.equal([]);
}

/** True when the element (or an ancestor up to `stop`) isolates its text from the bidi flow. */
function isolated(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bidi = getComputedStyle(node).unicodeBidi;
    if (bidi === 'isolate' || bidi === 'plaintext' || bidi === 'isolate-override') return true;
    if (node.localName === 'li' || node.localName === 'button') break;
  }
  return false;
}

/** The deep element whose own text is exactly `value` (or starts with it). */
function byText(root: ParentNode, selector: string, value: string): HTMLElement {
  const hit = deepQueryAll<HTMLElement>(root, selector).find((el) =>
    text(el).startsWith(value.replace(/\s+/g, ' ').trim()),
  );
  if (!hit) throw new Error(`no ${selector} with text ${value.slice(0, 40)}`);
  return hit;
}

// ---- mounting --------------------------------------------------------------------------------

async function mountInbox(adapter: HelpdeskAdapter) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 900px">
      <hd-provider feature-agent-inbox .adapter=${adapter} .store=${createMemoryStore()}>
        <hd-inbox page-size="20"></hd-inbox>
      </hd-provider>
    </div>`,
  );
  const inbox = wrapper.querySelector('hd-inbox') as HdInbox;
  await inboxLoaded(inbox);
  await waitUntil(
    () => inbox.shadowRoot!.querySelectorAll('.chip .count').length > 0,
    'view counts did not arrive',
  );
  await settle();
  return { wrapper, inbox, root: inbox.shadowRoot! };
}

function rowOf(root: ShadowRoot, id: string): HTMLElement {
  const row = root.querySelector<HTMLElement>(`li.row[data-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

async function mountPeek(adapter: HelpdeskAdapter, ticketId: string) {
  const root = await fixture<HTMLElement>(
    html`<hd-provider .adapter=${adapter} .store=${createMemoryStore()}>
      <hd-ticket-peek></hd-ticket-peek>
    </hd-provider>`,
  );
  const peek = root.querySelector('hd-ticket-peek') as HdTicketPeek;
  peek.show(ticketId);
  await peekLoaded(peek);
  await threadLoaded(peek);
  await settle();
  return { root, peek, shadow: peek.shadowRoot! };
}

// ---- tests -----------------------------------------------------------------------------------

describe('malformed adapter data', function () {
  this.timeout(30000);
  let adapter: HelpdeskAdapter;

  beforeEach(() => {
    adapter = malformedAdapter();
    problems.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    originalConsoleError = console.error;
    console.error = (...args: unknown[]) => {
      problems.push(`console.error: ${args.map(String).join(' ')}`);
      originalConsoleError.apply(console, args);
    };
  });

  afterEach(async () => {
    await settle();
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    console.error = originalConsoleError;
    expect(problems, 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
  });

  describe('<hd-inbox>', () => {
    it('renders every row that is a ticket, without junk, and passes axe', async () => {
      const { inbox, root } = await mountInbox(adapter);
      expect(root.querySelector('.base'), 'frame').to.exist;
      expect(root.querySelector('[role="alert"]'), 'no error instead of the list').to.equal(null);
      const ids = [...root.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.id);
      // null, 42 and 'a string' are no tickets; every object is a row
      expect(ids).to.deep.equal([
        't-good',
        TICKET_IDS.empty,
        TICKET_IDS.nulls,
        TICKET_IDS.types,
        TICKET_IDS.long,
        TICKET_IDS.rtl,
        TICKET_IDS.emoji,
        TICKET_IDS.enums,
      ]);
      // a negative total is no total: the rows on the page are counted instead
      expect(text(root.querySelector('.total'))).to.equal('8 tickets');
      expectNoJunk(inbox);
      await expect(inbox).to.be.accessible();
    });

    it('shows placeholders for a missing subject, number, contact, date and priority', async () => {
      const { root } = await mountInbox(adapter);
      for (const id of [TICKET_IDS.empty, TICKET_IDS.nulls]) {
        const row = rowOf(root, id);
        expect(text(row.querySelector('.subject')), id).to.equal('(no subject)');
        expect(text(row.querySelector('.number')), id).to.equal('#—');
        expect(text(row.querySelector('.contact')), id).to.equal('Unknown');
        const updated = row.querySelector<HTMLElement>('.updated')!;
        expect(text(updated).startsWith('—'), `${id}: dash for the date`).to.equal(true);
        expect(nameOf(updated), id).to.contain('No date');
        expect(row.querySelector('.priority')!.getAttribute('aria-label'), id).to.equal(
          'Priority: unknown',
        );
        expect(
          row.querySelector('.check')!.getAttribute('aria-label'),
          `${id}: checkbox name`,
        ).to.equal('Select ticket #— — (no subject)');
      }
    });

    it('turns wrong types into text where they are text and drops them where they are not', async () => {
      const { root } = await mountInbox(adapter);
      const types = rowOf(root, TICKET_IDS.types);
      // a number subject is still readable; a numeric-string ticket number is a number
      expect(text(types.querySelector('.subject'))).to.equal('12345');
      expect(text(types.querySelector('.number'))).to.equal('#1003');
      // an array is no contact name, 'yesterday' no date
      expect(text(types.querySelector('.contact'))).to.equal('Unknown');
      expect(text(types.querySelector('.updated')).startsWith('—')).to.equal(true);
      // 'yes' is not `true`: the row is not shown as unread
      expect(types.classList.contains('unread')).to.equal(false);
      const enums = rowOf(root, TICKET_IDS.enums);
      expect(enums.querySelector('.priority')!.getAttribute('aria-label')).to.equal(
        'Priority: unknown',
      );
      // a negative ticket number and an epoch beyond the calendar are no values
      expect(text(enums.querySelector('.number'))).to.equal('#—');
      expect(text(enums.querySelector('.updated')).startsWith('—')).to.equal(true);
      expect(enums.querySelector('.flag.quiet'), 'an object is no assignee id').to.exist;
    });

    it('shows only the view counts that are counts', async () => {
      const { root } = await mountInbox(adapter);
      const counts = Object.fromEntries(
        [...root.querySelectorAll<HTMLElement>('.chip')].map((c) => [
          c.dataset.key,
          c.querySelector('.count') ? text(c.querySelector('.count')) : undefined,
        ]),
      );
      expect(counts).to.deep.equal({
        my_open: undefined,
        unassigned: undefined,
        overdue: '7',
        high_priority: undefined,
        all_open: undefined,
      });
    });

    it('cuts a 10,000-character subject with an ellipsis and keeps the row one line high', async () => {
      const { inbox, root } = await mountInbox(adapter);
      const good = rowOf(root, 't-good');
      const long = rowOf(root, TICKET_IDS.long);
      const subject = long.querySelector<HTMLElement>('.subject')!;
      expect(getComputedStyle(subject).textOverflow).to.equal('ellipsis');
      expect(subject.scrollWidth, 'text overflows its box').to.be.greaterThan(subject.clientWidth);
      expect(
        long.querySelector('.subject')!.getAttribute('title'),
        'full text in the tooltip',
      ).to.equal(LONG_SUBJECT);
      expect(
        Math.abs(long.getBoundingClientRect().height - good.getBoundingClientRect().height),
        'row height',
      ).to.be.at.most(1);
      // the contact column is cut too, and nothing widens the inbox
      const contact = long.querySelector<HTMLElement>('.contact')!;
      expect(contact.getBoundingClientRect().width).to.be.at.most(
        good.querySelector('.contact')!.getBoundingClientRect().width + 1,
      );
      const base = root.querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth, 'no horizontal overflow').to.be.at.most(base.clientWidth);
      expect(inbox.getBoundingClientRect().width).to.be.at.most(900);
    });

    it('isolates right-to-left text and keeps emoji sequences whole', async () => {
      const { root } = await mountInbox(adapter);
      const rtl = rowOf(root, TICKET_IDS.rtl);
      const subject = rtl.querySelector<HTMLElement>('.subject')!;
      const contact = rtl.querySelector<HTMLElement>('.contact')!;
      expect(text(subject)).to.equal(ARABIC_SUBJECT);
      expect(text(contact)).to.equal(HEBREW_NAME);
      expect(isolated(subject), 'subject isolated').to.equal(true);
      expect(isolated(contact), 'contact isolated').to.equal(true);
      // inside the isolate the text runs right to left; the ticket number stays on its left
      expect(getComputedStyle(subject).direction).to.equal('rtl');
      expect(rtl.querySelector('.number')!.getBoundingClientRect().right).to.be.at.most(
        subject.getBoundingClientRect().left + 1,
      );
      const emoji = rowOf(root, TICKET_IDS.emoji);
      expect(text(emoji.querySelector('.subject'))).to.equal(EMOJI_SUBJECT);
      expect(getComputedStyle(emoji.querySelector('.subject')!).direction).to.equal('ltr');
    });
  });

  describe('<hd-ticket-peek>', () => {
    for (const id of Object.values(TICKET_IDS)) {
      it(`opens ${id} with its frame, without junk, and passes axe`, async () => {
        const { peek, shadow } = await mountPeek(adapter, id);
        expect(shadow.querySelector('dialog')!.open, 'dialog open').to.equal(true);
        expect(shadow.querySelector('#peek-title.subject'), 'subject heading').to.exist;
        expect(shadow.querySelector('.fields'), 'pickers').to.exist;
        expect(shadow.querySelector('hd-composer'), 'composer').to.exist;
        expect(shadow.querySelector('[role="alert"]'), 'no error').to.equal(null);
        const thread = threadOf(peek);
        expect(thread.shadowRoot!.querySelector('[role="alert"]'), 'thread error').to.equal(null);
        expectNoJunk(peek);
        await expect(peek).to.be.accessible();
      });
    }

    it('labels a ticket without subject, status or priority with placeholders', async () => {
      const { shadow } = await mountPeek(adapter, TICKET_IDS.empty);
      expect(text(shadow.querySelector('#peek-title'))).to.equal('(no subject)');
      expect(text(shadow.querySelector('.identity .number'))).to.equal('#—');
      expect(text(shadow.querySelector('.who .contact'))).to.equal('Unknown');
      const pickers = deepQueryAll<HTMLButtonElement>(shadow, 'button').map(nameOf);
      expect(pickers).to.include('Status: unknown');
      expect(pickers).to.include('Priority: unknown');
      expect(
        text(threadOf(shadow.host as HdTicketPeek).shadowRoot!.querySelector('.empty')),
      ).to.equal('No messages yet.');
    });

    it('shows broken thread items with placeholders instead of dropping or faking them', async () => {
      const { peek } = await mountPeek(adapter, TICKET_IDS.types);
      const thread = threadOf(peek).shadowRoot!;
      const kinds = [...thread.querySelectorAll<HTMLElement>('li.item')].map(
        (li) => li.dataset.kind,
      );
      // null and 'not an item' are dropped; the alien and the id-less item stay
      expect(kinds).to.deep.equal([
        'event',
        'customer',
        'customer',
        'reply',
        'note',
        'event',
        'event',
        'reply',
      ]);
      const alien = thread.querySelector<HTMLElement>('li.item')!;
      expect(text(alien.querySelector('.event-text'))).to.equal('Unsupported item');
      const [anonymous, hebrew] = thread.querySelectorAll<HTMLElement>('li.customer');
      expect(anonymous.querySelector('article')!.getAttribute('aria-label')).to.equal(
        'Message from Unknown',
      );
      expect(text(anonymous.querySelector('.author'))).to.equal('Unknown');
      const stamp = anonymous.querySelector<HTMLElement>('.meta .no-date')!;
      expect(text(stamp).startsWith('—'), 'dash for the date').to.equal(true);
      expect(nameOf(stamp)).to.equal('No date');
      expect(anonymous.querySelector('.channel'), 'an unknown channel is not shown').to.equal(null);
      // attachments: null dropped, a number name is text, a negative size is no size
      const files = [...hebrew.querySelectorAll('.attachment')].map((a) => text(a));
      expect(files).to.have.length(2);
      expect(files[0]).to.contain('5');
      expect(files[0]).to.contain('unknown type');
      expect(files[1]).to.contain('report.pdf');
      expect(files[1]).to.not.match(/·\s*·|^\S*\s*·/);
      expect(hebrew.querySelector('a'), 'a number is no URL').to.equal(null);
      const emptyEvent = thread.querySelectorAll<HTMLElement>('li.event')[1];
      expect(text(emptyEvent.querySelector('.event-text'))).to.equal('Unsupported item');
    });

    it('keeps the context cards readable with junk data', async () => {
      const { shadow } = await mountPeek(adapter, TICKET_IDS.types);
      const cards = (tag: string) => shadow.querySelector(tag)?.shadowRoot;
      const asset = cards('hd-peek-asset-card')!;
      expect(text(asset.querySelector('.name'))).to.equal('Unknown');
      const tiles = [...asset.querySelectorAll('.tile-value')].map((t) => text(t));
      // 'high' and NaN are unknown (not 0%), -5 is clamped to the scale
      expect(tiles).to.deep.equal(['—', '—', '0%']);
      const pills = [...asset.querySelectorAll('.pills li')].map((p) => text(p));
      expect(pills).to.deep.equal(['✓Disk encrypted: passing']);
      const sentinel = cards('hd-peek-sentinel-card')!;
      expect(sentinel.querySelector('.findings li'), 'a string is no list of findings').to.equal(
        null,
      );
      const time = cards('hd-peek-time-card')!;
      const entries = [...time.querySelectorAll('.entry')].map((e) =>
        [...e.children].map((c) => nameOf(c)),
      );
      // no name, 'ten' minutes, 'yesterday': placeholders, not junk and not "0m"
      expect(entries[0]).to.deep.equal(['Unknown', '—', 'No date']);
      expect(entries[1].slice(0, 2)).to.deep.equal([HEBREW_NAME, '30m']);
      // a number note is text, next to the entry's date
      expect(entries[1][2]).to.match(/^5 · \w{3} \d{1,2}, \d{4}/);
      expect(text(time.querySelector('h4'))).to.equal('Logged · 30m');
      expect(time.querySelector('[role="timer"]'), "'now' is no start time").to.equal(null);
      const related = cards('hd-peek-related-card')!;
      const rows = [...related.querySelectorAll('button')].map((b) => text(b));
      expect(rows).to.deep.equal([`#— (no subject) unknown`, `#2002 ${ARABIC_SUBJECT} open`]);
      // summary text 42 is text; 'yesterday' is no time
      const summary = cards('hd-peek-summary-card');
      expect(text(summary?.querySelector('.text'))).to.equal('42');
      expect(text(summary?.querySelector('.updated'))).to.equal('Updated —');
    });

    it('clamps a 10,000-character subject in the header and wraps long bodies', async () => {
      const { peek, shadow } = await mountPeek(adapter, TICKET_IDS.long);
      const title = shadow.querySelector<HTMLElement>('#peek-title')!;
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      expect(title.getBoundingClientRect().height, 'at most 3 lines').to.be.at.most(
        lineHeight * 3 + 2,
      );
      expect(title.getAttribute('title'), 'full subject in the tooltip').to.equal(LONG_SUBJECT);
      const panel = shadow.querySelector<HTMLElement>('.panel')!;
      expect(panel.scrollWidth, 'no horizontal overflow').to.be.at.most(panel.clientWidth);
      const header = shadow.querySelector<HTMLElement>('.header')!;
      expect(
        header.getBoundingClientRect().height,
        'header leaves room for the thread',
      ).to.be.below(panel.getBoundingClientRect().height / 2);
      const thread = threadOf(peek).shadowRoot!;
      const reply = thread.querySelector<HTMLElement>('li.reply .bubble')!;
      expect(text(reply.querySelector('.body'))).to.equal(LONG_BODY.replace(/\s+/g, ' ').trim());
      const scroller = thread.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth, 'thread does not scroll sideways').to.be.at.most(
        scroller.clientWidth,
      );
    });

    it('isolates right-to-left names, notes and events from the text around them', async () => {
      const { peek, shadow } = await mountPeek(adapter, TICKET_IDS.rtl);
      const title = shadow.querySelector<HTMLElement>('#peek-title')!;
      expect(text(title)).to.equal(ARABIC_SUBJECT);
      expect(getComputedStyle(title).direction, 'the subject reads right to left').to.equal('rtl');
      expect(isolated(byText(shadow, '.who .contact', HEBREW_NAME))).to.equal(true);
      expect(isolated(byText(shadow, '.who .client bdi', 'شركة المثال'))).to.equal(true);
      const thread = threadOf(peek).shadowRoot!;
      const note = thread.querySelector<HTMLElement>('li.note')!;
      expect(isolated(note.querySelector('.author')!)).to.equal(true);
      expect(isolated(note.querySelector('.body')!)).to.equal(true);
      expect(getComputedStyle(note.querySelector('.body')!).direction).to.equal('rtl');
      // an RTL event text stays left of its " · time" in the left-to-right UI
      const event = [...thread.querySelectorAll<HTMLElement>('li.event')].find(
        (e) => text(e.querySelector('.event-text')) === HEBREW_NOTE,
      )!;
      const eventText = event.querySelector<HTMLElement>('.event-text')!;
      expect(isolated(eventText)).to.equal(true);
      expect(eventText.getBoundingClientRect().right).to.be.at.most(
        event.querySelector('time')!.getBoundingClientRect().left,
      );
      // the pinned customer history of the Hebrew-named customer
      const pin = shadow.querySelector('hd-customer-history')!.shadowRoot!;
      expect(text(pin.querySelector('.title'))).to.contain(HEBREW_NAME);
    });
  });

  describe('in German', () => {
    it('shows the placeholders from the German table', async () => {
      await preloadLocale('de');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de" style="width: 900px">
          <hd-provider feature-agent-inbox .adapter=${adapter} .store=${createMemoryStore()}>
            <hd-inbox page-size="20"></hd-inbox>
          </hd-provider>
        </div>`,
      );
      const inbox = wrapper.querySelector('hd-inbox') as HdInbox;
      await inboxLoaded(inbox);
      const row = rowOf(inbox.shadowRoot!, TICKET_IDS.empty);
      expect(text(row.querySelector('.subject'))).to.equal('(kein Betreff)');
      expect(text(row.querySelector('.contact'))).to.equal('Unbekannt');
      expect(nameOf(row.querySelector('.updated')!)).to.equal('Kein Datum');
      expect(row.querySelector('.priority')!.getAttribute('aria-label')).to.equal(
        'Priorität: unbekannt',
      );
      expectNoJunk(inbox);
    });
  });

  describe('<hd-composer>', () => {
    it('loads a ticket with a number for an email and still renders its form', async () => {
      const provider = await fixture<HTMLElement>(
        html`<hd-provider .adapter=${adapter} .store=${createMemoryStore()}>
          <hd-composer ticket-id=${TICKET_IDS.types}></hd-composer>
        </hd-provider>`,
      );
      const composer = provider.querySelector('hd-composer') as HdComposer;
      await composer.updateComplete;
      await settle();
      const root = composer.shadowRoot!;
      expect(root.querySelector('form'), 'form').to.exist;
      expect(root.querySelector('textarea'), 'textarea').to.exist;
      // 42 is no email address: a reply cannot be delivered, and the composer says so
      await waitUntil(() => composer.replyUnavailable, 'reply not marked unavailable');
      expectNoJunk(composer);
      await expect(composer).to.be.accessible();
    });

    it('lists macros with missing titles and wrong bodies without breaking', async () => {
      const { shadow } = await mountPeek(adapter, TICKET_IDS.emoji);
      const composer = shadow.querySelector('hd-composer') as HdComposer;
      const root = composer.shadowRoot!;
      const macros = deepQueryAll<HTMLButtonElement>(root, 'button').find(
        (b) => nameOf(b) === 'Macros',
      );
      expect(macros, 'Macros button').to.exist;
      macros!.click();
      await waitUntil(
        () => root.querySelectorAll('[role="option"]').length > 0,
        'macro list did not show',
      );
      await settle();
      const options = [...root.querySelectorAll('[role="option"]')].map((o) => text(o));
      expect(options).to.have.length(2);
      expect(options[0]).to.contain('(untitled)');
      expect(options[1]).to.contain(ARABIC_SUBJECT);
      expectNoJunk(composer);
      await expect(composer).to.be.accessible();
    });
  });

  describe('<hd-customer-history>', () => {
    it('renders a broken history from the adapter with placeholders', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<hd-provider .adapter=${adapter}>
          <hd-customer-history customer-id="42"></hd-customer-history>
        </hd-provider>`,
      );
      const el = wrap.querySelector('hd-customer-history') as HdCustomerHistory;
      await waitUntil(() => el.shadowRoot!.querySelector('.card:not(.skeleton)'), 'no card');
      const root = el.shadowRoot!;
      // the name 12 is text; no id is shown as no id line
      expect(text(root.querySelector('.title'))).to.equal('👤 Customer history — 12');
      expect(root.querySelector('.vip'), "'yes' is not VIP").to.equal(null);
      // -4 tickets: counted from the listed ones; NaN closed: 0
      expect(text(root.querySelector('.stats'))).to.equal('3 tickets total (0 closed)');
      const tickets = [...root.querySelectorAll('.tickets li')].map((li) => text(li));
      expect(tickets).to.have.length(3);
      expect(tickets[0]).to.equal('unknown #— (no subject)');
      expect(tickets[2]).to.equal(`unknown #18 ${EMOJI_SUBJECT}`);
      const long = root.querySelectorAll<HTMLElement>('.tickets .subject')[1];
      expect(long.scrollWidth, 'long subject is cut').to.be.greaterThan(long.clientWidth);
      expect(long.closest('[title]')?.getAttribute('title')).to.equal(LONG_SUBJECT);
      expectNoJunk(el);
      await expect(el).to.be.accessible();
    });

    it('renders .history data and its plain-text form without junk', async () => {
      const history = malformedHistory('42') as CustomerHistory;
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history .history=${history}></hd-customer-history>`,
      );
      expect(el.shadowRoot!.querySelector('.card'), 'frame').to.exist;
      expectNoJunk(el);
      await expect(el).to.be.accessible();
      const plain = customerHistoryText(history);
      expect(plain).to.not.match(JUNK);
      expect(plain.split('\n')).to.deep.equal([
        '👤 Customer history — 12',
        '3 tickets total (0 closed)',
        'Last tickets',
        '• [unknown] (no subject)',
        `• [closed] ${LONG_SUBJECT}`,
        `• [unknown] ${EMOJI_SUBJECT}`,
      ]);
    });
  });
});
