/**
 * Hostile input: the XSS / HTML-injection corpus (test/fixtures/xss-payloads.ts) in every text
 * field of the demo data — subjects, contact / customer / client names, message bodies and email
 * HTML, authors, note text, attachment names and types, tags, view names, macro titles and
 * bodies, agent, team and project names, asset / sentinel / time / contract / summary texts,
 * drafts — served by the memory adapter and rendered by the inbox, the peek (header, pickers,
 * notes, thread, cards, composer with its macro list, pinned customer history) and the
 * customer-history card.
 *
 * Asserted like a user (and an attacker) would notice: no payload ever runs (a global canary
 * every payload calls, plus trapped alert/confirm/prompt/print), no event-handler attribute,
 * no data-made inline style or style / script / frame / base / meta / link element in any
 * shadow root, no javascript:, vbscript: or data:text/html URL in a link or source, and the
 * payload shows as literal text where the field is text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import '../src/components/ticket-peek/define.js';
import '../src/components/customer-history/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekPicker } from '../src/components/ticket-peek/picker.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import { createDemoData, type DemoData } from '../src/mocks/demo-data.js';
import { createMemoryStore, type StateStore } from '../src/model/state-store.js';
import type { CustomerHistory, ThreadItem } from '../src/adapter/types.js';
import { draftKey } from '../src/components/composer/routing.js';
import { sanitizeEmailHtml } from '../src/security/sanitize.js';
import { defuseInlineCode } from '../src/security/defuse.js';
import { XSS_CANARY, XSS_PAYLOADS } from './fixtures/xss-payloads.js';
import { loaded as inboxLoaded } from './inbox-helpers.js';
import { deepQueryAll, loaded as peekLoaded, threadLoaded, threadOf } from './peek-helpers.js';

const N = XSS_PAYLOADS.length;
/** Payload number `i` (any integer; wraps around the corpus). */
const P = (i: number) => XSS_PAYLOADS[((i % N) + N) % N].html;
/** Text a message's email HTML starts with, so the sanitized body must still show it. */
const readable = (id: string) => `Readable text of ${id}.`;
/** Items per thread of the peek tickets (one listThread page: every item is rendered). */
const THREAD_ITEMS = 50;
const ITEM_KINDS = ['email', 'customer', 'note', 'reply', 'event'] as const;
/** Tickets whose threads carry the corpus: every payload once in every item kind. */
const PEEK_TICKETS = Math.ceil((N * ITEM_KINDS.length) / THREAD_ITEMS);

// ---- the canary ------------------------------------------------------------------------------

const ran: string[] = [];
const trapped = ['alert', 'confirm', 'prompt', 'print'] as const;
const originals = new Map<string, unknown>();
const win = window as unknown as Record<string, unknown>;

function installCanary() {
  ran.length = 0;
  win[XSS_CANARY] = (...args: unknown[]) => ran.push(`${XSS_CANARY}(${args.join(',')})`);
  for (const name of trapped) {
    originals.set(name, win[name]);
    win[name] = (...args: unknown[]) => ran.push(`${name}(${args.join(',')})`);
  }
}

function removeCanary() {
  delete win[XSS_CANARY];
  for (const name of trapped) win[name] = originals.get(name);
}

/** Lets queued work run (image errors, focus, animation and toggle events, timers). */
async function settle() {
  await new Promise((r) => setTimeout(r, 150));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

// ---- the data --------------------------------------------------------------------------------

function threadFor(ticketId: string, slot: number, at: number): ThreadItem[] {
  const items: ThreadItem[] = [];
  for (let j = 0; j < THREAD_ITEMS; j++) {
    const n = slot * THREAD_ITEMS + j; // 0 .. PEEK_TICKETS * THREAD_ITEMS - 1
    const payload = Math.floor(n / ITEM_KINDS.length);
    const kind = ITEM_KINDS[n % ITEM_KINDS.length];
    const id = `${ticketId}-h${j}`;
    const when = new Date(at - (THREAD_ITEMS - j) * 60_000).toISOString();
    const attachments = [
      {
        name: P(payload + 7),
        size: 2048,
        type: P(payload + 11),
        url: `javascript:${XSS_CANARY}()`,
      },
    ];
    if (kind === 'event') {
      items.push({ kind: 'event', id, at: when, event: 'status_changed', text: P(payload) });
    } else if (kind === 'email' || kind === 'customer') {
      items.push({
        kind: 'customer',
        id,
        at: when,
        author: P(payload + 3),
        body: P(payload),
        ...(kind === 'email' ? { bodyHtml: `<p>${readable(id)}</p>${P(payload)}` } : {}),
        channel: kind === 'email' ? 'email' : 'portal',
        attachments,
      });
    } else {
      items.push({ kind, id, at: when, author: P(payload + 3), body: P(payload), attachments });
    }
  }
  return items;
}

/** Demo data with the corpus in every text field; the first PEEK_TICKETS carry the threads. */
function hostileData(): DemoData {
  const now = Date.now();
  const data = createDemoData({ now, tickets: N });
  let k = 0;
  const next = () => P(k++);
  for (const a of data.agents) a.name = next();
  for (const t of data.teams) t.name = next();
  for (const p of data.projects) p.name = next();
  for (const c of data.customers) {
    c.name = next();
    for (const contact of c.contacts) contact.name = next();
    if (c.contract) {
      c.contract.name = next();
      c.contract.billing = next();
    }
  }
  for (const a of data.assets) {
    a.name = next();
    a.os = next();
    for (const c of a.compliance) c.label = next();
    a.sentinel.findings = [next(), next()];
  }
  data.macros = data.macros.map((m, i) => ({ ...m, title: P(i * 5), body: P(i * 5 + 1) }));
  data.savedViews = data.savedViews.map((v, i) => ({
    ...v,
    name: P(i * 3 + 2),
    filter: { ...v.filter, tags: [P(i * 3 + 4)] },
  }));
  data.tickets.forEach((t, i) => {
    t.subject = P(i);
    t.contactName = P(i + 1);
    t.contact = { name: t.contactName, email: 'contact@example.com' };
    t.client = P(i + 2);
    t.tags = [P(i + 3), P(i + 4)];
    t.status = 'open';
    t.updatedAt = new Date(now - i * 60_000).toISOString();
    if (i < PEEK_TICKETS) {
      data.threads[t.id] = threadFor(t.id, i, now);
    } else {
      for (const item of data.threads[t.id] ?? []) {
        if (item.kind === 'event') item.text = P(i + 5);
        else item.body = P(i + 5);
      }
    }
    const notes = (data.threads[t.id] ?? []).filter((item) => item.kind === 'note');
    t.internalNotes = notes.map(({ kind: _kind, ...note }) => note);
    const ctx = (data.contexts[t.id] ??= {});
    ctx.summary = { text: P(i + 6), updatedAt: t.updatedAt };
    if (ctx.time) {
      ctx.time.entries = ctx.time.entries.map((e, j) => ({
        ...e,
        agentName: P(i + j + 7),
        note: P(i + j + 8),
      }));
    }
  });
  // the peek tickets: a customer with history (the pinned card) and a linked asset
  const customer = data.customers.find((c) => c.id === '42') ?? data.customers[0];
  data.tickets.slice(0, PEEK_TICKETS).forEach((t, i) => {
    t.customerId = customer.id;
    t.assetId = data.assets[i % data.assets.length].id;
  });
  return data;
}

// ---- the audit -------------------------------------------------------------------------------

/** Elements no data may ever bring into the cockpit. */
const NEVER =
  'script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, math, template, noscript, portal';
/** Inside sanitized email HTML, additionally. */
const NEVER_IN_EMAIL = `${NEVER}, svg, form, input, button, textarea, select, dialog, video, audio, map, area`;
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'ping',
  'srcset',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'manifest',
  'icon',
]);
/** Inline style properties the product itself sets (gauges; floating-ui popover placement). */
const PRODUCT_STYLE = new Set([
  '--_value',
  'left',
  'top',
  'right',
  'bottom',
  'position',
  'max-height',
  'max-width',
  'width',
  'height',
  'visibility',
  'transform',
]);

// browsers drop ASCII whitespace and C0 controls from URLs, so `java\tscript:` still counts
const SCRIPT_URL = /^(?:javascript|vbscript|data:text\/html|livescript)/i;
const normalizeUrl = (value: string) =>
  [...value].filter((c) => c.charCodeAt(0) > 0x20 && !'\u00a0\u200b\ufeff'.includes(c)).join('');

/** Every element in `root` and in all open shadow roots below it. */
function allElements(root: ParentNode): Element[] {
  return deepQueryAll<Element>(root, '*');
}

function describeElement(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `<${el.localName}> in ${host}: ${el.outerHTML.slice(0, 160)}`;
}

/** What is wrong with the rendered tree (empty when nothing is). */
function audit(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    const inEmail = !!el.closest('.email');
    if (el.matches(inEmail ? NEVER_IN_EMAIL : NEVER)) {
      problems.push(`forbidden element ${describeElement(el)}`);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name} on ${describeElement(el)}`);
      if (name === 'srcdoc') problems.push(`srcdoc on ${describeElement(el)}`);
      if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(normalizeUrl(attr.value))) {
        problems.push(`script URL in ${name} of ${describeElement(el)}`);
      }
      if (name === 'style') {
        const style = (el as HTMLElement).style;
        const props = Array.from(style).filter((p) => !PRODUCT_STYLE.has(p));
        if (inEmail || props.length || /url\(|expression|javascript/i.test(attr.value)) {
          problems.push(`inline style "${attr.value}" on ${describeElement(el)}`);
        }
      }
      if (inEmail && (name === 'class' || name === 'id' || name === 'name')) {
        if (!(name === 'class' && attr.value === 'hd-remote-image')) {
          problems.push(`${name}="${attr.value}" in email HTML: ${describeElement(el)}`);
        }
      }
    }
    const imgSrc = el.localName === 'img' ? (el.getAttribute('src') ?? '').trim() : '';
    if (inEmail && imgSrc && !(el as HTMLImageElement).src.startsWith('data:')) {
      // what the browser would load (`\\host/x` and `/logout` are requests too)
      problems.push(`image loading ${(el as HTMLImageElement).src}: ${describeElement(el)}`);
    }
    if (inEmail && el.localName === 'a' && el.hasAttribute('href')) {
      // what the browser would navigate to (a scheme it cannot parse makes a relative URL)
      const protocol = (el as HTMLAnchorElement).protocol;
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
        problems.push(`email link with ${protocol}: ${describeElement(el)}`);
      }
      if (el.getAttribute('rel') !== 'noopener noreferrer') {
        problems.push(`email link without rel=noopener: ${describeElement(el)}`);
      }
    }
  }
  return problems;
}

const textOf = (el: Element | null | undefined) => el?.textContent ?? '';
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---- tests -----------------------------------------------------------------------------------

describe('hostile input: XSS / HTML-injection payloads in every text field', function () {
  this.timeout(30000);

  let data: DemoData;
  let adapter: MemoryAdapter;
  let store: StateStore;

  before(() => {
    expect(N, 'payloads in the corpus').to.be.at.least(100);
  });

  beforeEach(() => {
    installCanary();
    data = hostileData();
    adapter = createMemoryAdapter({ data });
    store = createMemoryStore();
  });

  afterEach(async () => {
    await settle();
    removeCanary();
  });

  it('the sanitizer alone: no payload survives as script, handler, style or script URL', async () => {
    const box = document.createElement('div');
    box.className = 'email';
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const { fragment } = sanitizeEmailHtml(`<p>${readable(`payload ${i}`)}</p>${payload.html}`);
      const item = document.createElement('div');
      item.append(fragment);
      box.append(item);
      expect(textOf(item), `payload ${i} (${payload.kind})`).to.contain(readable(`payload ${i}`));
    }
    document.body.append(box);
    await settle();
    const problems = audit(box);
    box.remove();
    expect(problems).to.deep.equal([]);
    expect(ran, 'scripts that ran').to.deep.equal([]);
  });

  it('the sanitizer pre-pass leaves no inline handler, style attribute or <style> to the parser', () => {
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const doc = new DOMParser().parseFromString(defuseInlineCode(payload.html), 'text/html');
      const offending = [...doc.querySelectorAll('*')].flatMap((el) => [
        ...(el.localName === 'style' ? ['<style>'] : []),
        ...Array.from(el.attributes)
          .map((a) => a.name)
          .filter((n) => n === 'style' || n.startsWith('on')),
      ]);
      expect(offending, `payload ${i}: ${payload.html}`).to.deep.equal([]);
    }
  });

  it('the inbox shows every payload as literal text and runs none', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<hd-provider feature-agent-inbox .adapter=${adapter} .store=${store}>
        <hd-inbox view="all_open" page-size="200"></hd-inbox>
      </hd-provider>`,
    );
    const inbox = wrapper.querySelector<HdInbox>('hd-inbox')!;
    await inboxLoaded(inbox);
    const root = inbox.shadowRoot!;
    const rows = [...root.querySelectorAll<HTMLElement>('.list > li[data-id]')];
    expect(rows.length, 'rows').to.equal(N);
    for (const row of rows) {
      const t = data.tickets.find((x) => x.id === row.dataset.id)!;
      expect(textOf(row.querySelector('.subject')), `subject of ${t.id}`).to.equal(t.subject);
      expect(textOf(row.querySelector('.contact')), `contact of ${t.id}`).to.equal(t.contactName);
      expect(row.querySelector('input')!.getAttribute('aria-label')).to.equal(
        `Select ticket #${t.number} — ${t.subject}`,
      );
    }
    // saved views (names) are chips; a tag view shows its tag
    const labels = [...root.querySelectorAll('[role="tab"] .chip-label')].map((e) => textOf(e));
    for (const view of data.savedViews) expect(labels).to.include(view.name);
    for (const tag of [P(3), P(40), P(77)]) {
      inbox.view = `by_tag:${tag}`;
      await inboxLoaded(inbox);
      const chip = root.querySelector('[role="tab"][aria-selected="true"] .chip-label');
      expect(textOf(chip), 'tag chip').to.equal(`Tag: ${tag}`);
      const shown = [...root.querySelectorAll<HTMLElement>('.list > li[data-id]')];
      expect(shown.length, `tickets tagged ${tag}`).to.be.greaterThan(0);
    }
    // a saved view whose (hostile) tag filters the list
    root
      .querySelector<HTMLElement>(`[role="tab"][data-key="saved:${data.savedViews[0].id}"]`)!
      .click();
    await inboxLoaded(inbox);
    await settle();
    expect(audit(wrapper)).to.deep.equal([]);
    expect(ran, 'scripts that ran').to.deep.equal([]);
  });

  it('the peek (header, pickers, notes, thread, cards, composer, macros, history) shows them as text', async () => {
    for (let i = 0; i < PEEK_TICKETS; i++) {
      store.set(draftKey(data.tickets[i].id, 'reply'), P(i + 9));
    }
    const root = await fixture<HTMLElement>(
      html`<hd-provider .adapter=${adapter} .store=${store}>
        <hd-ticket-peek></hd-ticket-peek>
      </hd-provider>`,
    );
    const peek = root.querySelector<HdTicketPeek>('hd-ticket-peek')!;
    for (let i = 0; i < PEEK_TICKETS; i++) {
      const t = data.tickets[i];
      peek.show(t.id);
      await peekLoaded(peek, oneLine(t.subject));
      await threadLoaded(peek);
      const pr = peek.shadowRoot!;
      expect(textOf(pr.querySelector('#peek-title')), 'title').to.equal(t.subject);
      expect(textOf(pr.querySelector('.who .contact')), 'contact').to.equal(t.contact.name);
      expect(textOf(pr.querySelector('.who .client')), 'client').to.equal(t.client);

      // every thread item: author, body, event text, attachment names as literal text
      const thread = threadOf(peek).shadowRoot!;
      const items = data.threads[t.id];
      const rendered = [...thread.querySelectorAll<HTMLElement>('li.item[data-id]')];
      expect(rendered.length, `thread items of ${t.id}`).to.equal(items.length);
      for (const item of items) {
        const li = thread.querySelector(`li.item[data-id="${item.id}"]`)!;
        if (item.kind === 'event') {
          expect(textOf(li.querySelector('.event-text')), item.id).to.equal(item.text);
          continue;
        }
        expect(textOf(li.querySelector('.author')), `author of ${item.id}`).to.equal(item.author);
        const names = [...li.querySelectorAll('.attachment .file-name, .attachment a')];
        expect(names.map(textOf), `attachments of ${item.id}`).to.deep.equal(
          item.attachments.map((a) => a.name),
        );
        if (item.kind === 'customer' && item.bodyHtml) {
          const body = li.querySelector('hd-peek-email-body')!;
          await waitUntil(() => body.shadowRoot?.querySelector('.email'));
          expect(textOf(body.shadowRoot!.querySelector('.email')), item.id).to.contain(
            readable(item.id),
          );
        } else {
          expect(textOf(li.querySelector('.body')), `body of ${item.id}`).to.equal(item.body);
        }
      }

      // internal notes panel, pinned customer history, composer draft
      pr.querySelector<HTMLButtonElement>('.notes-toggle')!.click();
      await peek.updateComplete;
      const notes = [...pr.querySelectorAll('.notes-list .note-body')].map(textOf);
      expect(notes).to.deep.equal(t.internalNotes.map((n) => n.body));
      const pin = pr.querySelector('hd-customer-history')!;
      const customer = data.customers.find((c) => c.id === t.customerId)!;
      await waitUntil(() => pin.shadowRoot?.querySelector('.title'), 'no pinned history');
      expect(oneLine(textOf(pin.shadowRoot!.querySelector('.title')))).to.equal(
        `👤 Customer history — ${oneLine(customer.name)}`,
      );
      const composer = pr.querySelector('hd-composer')!;
      await composer.updateComplete;
      const textarea = composer.shadowRoot!.querySelector('textarea')!;
      expect(textarea.value, 'the hostile draft is kept as text').to.equal(P(i + 9));

      // the cards (asset, sentinel, time, contract, summary) show their texts
      const cards = deepQueryAll<HTMLElement>(pr, 'section[aria-labelledby]');
      const cardText = cards.map((c) => c.textContent ?? '').join('\n');
      const ctx = data.contexts[t.id];
      expect(cardText, 'AI summary').to.contain(ctx.summary!.text);
      const asset = data.assets.find((a) => a.id === t.assetId)!;
      expect(cardText, 'asset name').to.contain(asset.name);

      if (i === 0) {
        // assignee picker options (agent names) and the macro list (titles)
        const assignee = [...pr.querySelectorAll<HdPeekPicker>('hd-peek-picker')].find(
          (p) => p.label === 'Assignee',
        )!;
        await assignee.openPopover();
        await assignee.updateComplete;
        const options = [...assignee.shadowRoot!.querySelectorAll('[role="option"]')].map((o) =>
          oneLine(textOf(o).replace('✓', '')),
        );
        for (const agent of data.agents) expect(options).to.include(oneLine(agent.name));
        await settle();
        expect(audit(peek), 'with the assignee picker open').to.deep.equal([]);
        assignee.closePopover();

        composer.shadowRoot!.querySelector<HTMLButtonElement>('.macro-button')!.click();
        await waitUntil(
          () =>
            composer.shadowRoot!.querySelectorAll('.macro-option').length === data.macros.length,
          'the macro list did not open',
        );
        const titles = [...composer.shadowRoot!.querySelectorAll('.macro-option')].map((o) =>
          oneLine(textOf(o)),
        );
        expect(titles).to.deep.equal(data.macros.map((m) => oneLine(m.title)));
        await settle();
        expect(audit(peek), 'with the macro list open').to.deep.equal([]);
      }
      await settle();
      expect(audit(peek), `peek of ${t.id}`).to.deep.equal([]);
      expect(ran, `scripts that ran in the peek of ${t.id}`).to.deep.equal([]);
    }
  });

  it('the customer-history card renders hostile names and subjects as text', async () => {
    const histories: CustomerHistory[] = XSS_PAYLOADS.map((_, i) => ({
      id: P(i + 1),
      name: P(i),
      vip: i % 2 === 0,
      ticketsTotal: 3,
      ticketsClosed: 1,
      csatAvg: 4.5,
      lastTickets: [
        { id: `t-${i}`, number: 1000 + i, subject: P(i + 2), status: 'open' },
        { id: `u-${i}`, number: 2000 + i, subject: P(i + 3), status: 'closed' },
      ],
    }));
    const box = await fixture<HTMLElement>(
      html`<div>
        ${histories.map((h) => html`<hd-customer-history .history=${h}></hd-customer-history>`)}
        <hd-customer-history customer-id="42" .adapter=${adapter}></hd-customer-history>
      </div>`,
    );
    const cards = [...box.querySelectorAll('hd-customer-history')];
    await Promise.all(
      cards.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    histories.forEach((h, i) => {
      const r = cards[i].shadowRoot!;
      expect(oneLine(textOf(r.querySelector('.title')))).to.equal(
        `👤 Customer history — ${oneLine(h.name)}`,
      );
      expect([...r.querySelectorAll('.subject')].map(textOf)).to.deep.equal(
        h.lastTickets.map((t) => t.subject),
      );
    });
    const fromAdapter = cards.at(-1)!.shadowRoot!;
    const ada = data.customers.find((c) => c.id === '42')!;
    await waitUntil(() => fromAdapter.querySelector('.title'), 'history from the adapter');
    expect(oneLine(textOf(fromAdapter.querySelector('.title')))).to.equal(
      `👤 Customer history — ${oneLine(ada.name)}`,
    );
    await settle();
    expect(audit(box)).to.deep.equal([]);
    expect(ran, 'scripts that ran').to.deep.equal([]);
  });
});
