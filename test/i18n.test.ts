/**
 * i18n and right-to-left: every element in German (`lang="de"` / `<hd-provider locale>`), a
 * language change at runtime, the translation tables themselves, and the mirrored layout with
 * `dir="rtl"`.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import '../src/components/ticket-peek/define.js';
import '../src/components/composer/define.js';
import '../src/components/customer-history/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import type { HdCustomerHistory } from '../src/components/customer-history/customer-history.js';
import type { HdProvider } from '../src/components/provider/provider.js';
import { customerHistoryText } from '../src/components/customer-history/render.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { formatAbsoluteTime } from '../src/model/format.js';
import { en } from '../src/i18n/en.js';
import { de } from '../src/i18n/de.js';
import { isWatchingLang } from '../src/i18n/locale.js';
import { preloadLocale } from '../src/i18n/index.js';
import { inboxData, loaded as inboxLoaded, checkbox } from './inbox-helpers.js';
import {
  DEMO_IDS,
  deepQueryAll,
  demoAdapter,
  loaded as peekLoaded,
  nameOf,
  threadLoaded,
} from './peek-helpers.js';
import { ADA_HISTORY } from '../src/mocks/demo-data.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** All text and all aria-label / title / placeholder values, in every shadow root below `el`. */
function deepStrings(el: Element): string {
  const roots: ParentNode[] = [el, ...deepQueryAll(el, '*').flatMap((e) => e.shadowRoot ?? [])];
  if (el.shadowRoot) roots.push(el.shadowRoot);
  const parts: string[] = [];
  for (const root of roots) {
    parts.push((root as Node).textContent ?? '');
    for (const node of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = node.getAttribute(attr);
        if (v) parts.push(v);
      }
    }
  }
  return norm(parts.join(' | '));
}

/**
 * Waits until `el` shows `text`: German is loaded on demand (a separate module, fetched when the
 * first element resolves `de`), and the elements re-render in German when it arrives.
 */
async function untilShown(el: Element, text: string) {
  await waitUntil(() => deepStrings(el).includes(text), `"${text}" never shown`);
}

/** Fails with the phrases of `english` that still show. */
function expectNoEnglish(el: Element, english: string[]) {
  const all = deepStrings(el);
  expect(
    english.filter((s) => all.includes(s)),
    'English texts left in the German UI',
  ).to.deep.equal([]);
}

function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement | undefined {
  return deepQueryAll<HTMLButtonElement>(root, 'button').find((b) =>
    typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
  );
}

const rect = (el: Element) => el.getBoundingClientRect();

async function mountInbox(attrs: { lang?: string; dir?: string; locale?: string } = {}) {
  const adapter = createMemoryAdapter({
    data: inboxData(12, (t, i) => {
      if (i < 2) t.unread = true;
    }),
    failures: { methods: ['updateTicket'], ticketIds: ['t-2'], code: 'conflict', message: 'x' },
  });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'}>
      <hd-provider
        feature-agent-inbox
        .adapter=${adapter}
        .store=${createMemoryStore()}
        .locale=${attrs.locale}
      >
        <hd-inbox page-size="10"></hd-inbox>
      </hd-provider>
    </div>`,
  );
  const inbox = wrapper.querySelector<HdInbox>('hd-inbox')!;
  await inboxLoaded(inbox);
  return { wrapper, inbox, root: inbox.shadowRoot!, adapter };
}

async function mountPeek(attrs: { lang?: string; dir?: string; width?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'}>
      <hd-provider .adapter=${demoAdapter()} .store=${createMemoryStore()}>
        <hd-ticket-peek
          ticket-id=${DEMO_IDS.vpnTicket}
          style=${attrs.width ? `--hd-peek-width: ${attrs.width}` : ''}
        ></hd-ticket-peek>
      </hd-provider>
    </div>`,
  );
  const peek = wrapper.querySelector<HdTicketPeek>('hd-ticket-peek')!;
  peek.show();
  await peekLoaded(peek);
  await threadLoaded(peek);
  // the cards load their own state: wait for the last one of the stack
  await waitUntil(() => deepQueryAll(peek.shadowRoot!, 'section[aria-labelledby]').length >= 4);
  return { wrapper, peek, root: peek.shadowRoot! };
}

const ada = ADA_HISTORY;

describe('i18n', () => {
  describe('translation tables', () => {
    /** Every leaf path of a table: "inbox.viewLabels.my_open" → its value. */
    function leaves(table: object, prefix = ''): Map<string, unknown> {
      const out = new Map<string, unknown>();
      for (const [key, value] of Object.entries(table)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (value && typeof value === 'object') {
          for (const [p, v] of leaves(value, path)) out.set(p, v);
        } else out.set(path, value);
      }
      return out;
    }

    it('English and German have the same keys, the same kinds of values, none empty', () => {
      const enLeaves = leaves(en);
      const deLeaves = leaves(de);
      expect([...deLeaves.keys()].sort()).to.deep.equal([...enLeaves.keys()].sort());
      for (const [path, value] of enLeaves) {
        const german = deLeaves.get(path);
        expect(typeof german, path).to.equal(typeof value);
        if (typeof german === 'string') expect(german.trim(), path).to.not.equal('');
        if (typeof german === 'function') {
          expect((german as (...a: unknown[]) => unknown).length, `${path} arity`).to.equal(
            (value as (...a: unknown[]) => unknown).length,
          );
        }
      }
    });

    it('German labels are translated, not copies of the English sentences', () => {
      const labels: ((m: typeof en) => string)[] = [
        (m) => m.inbox.region,
        (m) => m.inbox.viewLabels.my_open,
        (m) => m.inbox.newView,
        (m) => m.inbox.nextUnread,
        (m) => m.inbox.empty,
        (m) => m.inbox.previousPage,
        (m) => m.inbox.nextPage,
        (m) => m.bulk.actions.close,
        (m) => m.bulk.actions.assign_me,
        (m) => m.bulk.clear,
        (m) => m.common.close,
        (m) => m.common.retry,
        (m) => m.common.unassigned,
        (m) => m.peek.takeOwnership,
        (m) => m.thread.region,
        (m) => m.cards.asset.title,
        (m) => m.cards.remote.start,
        (m) => m.composer.reply,
        (m) => m.composer.note,
        (m) => m.composer.send,
        (m) => m.composer.addNote,
        (m) => m.history.lastTickets,
        (m) => m.bulk.summary('close', 4, 1),
        (m) => m.composer.noteAdded(3),
        (m) => m.history.title('Ada'),
      ];
      for (const label of labels) expect(label(de), label(en)).to.not.equal(label(en));
    });

    it('counts use the plural rules of each language', () => {
      expect(en.inbox.ticketCount(1)).to.equal('1 ticket');
      expect(en.inbox.ticketCount(3)).to.equal('3 tickets');
      expect(de.inbox.ticketCount(1)).to.equal('1 Ticket');
      expect(de.history.tickets(1234, 1200)).to.equal(
        '1.234 Tickets insgesamt (1.200 geschlossen)',
      );
      expect(de.thread.jump(1)).to.equal('1 neue Nachricht — zur neuesten springen');
      expect(de.thread.jump(2)).to.equal('2 neue Nachrichten — zur neuesten springen');
    });
  });

  describe('customerHistoryText', () => {
    it('keeps the exact English form by default and gives German with {locale: "de"}', async () => {
      expect(customerHistoryText(ada)).to.equal(
        [
          '👤 Customer history — Ada',
          'ID 42',
          '💎 VIP',
          '7 tickets total (6 closed) · ⭐ 4.8 CSAT avg · ⏱ 12m first response',
          'Last tickets',
          '• [closed] Refund issue',
          '• [open] Password reset',
        ].join('\n'),
      );
      // a synchronous function: German once the table is loaded (README "Languages")
      await preloadLocale('de');
      const minutes = new Intl.NumberFormat('de', {
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'short',
      }).format(12);
      expect(customerHistoryText(ada, { locale: 'de' })).to.equal(
        [
          '👤 Kundenhistorie — Ada',
          'ID 42',
          '💎 VIP',
          `7 Tickets insgesamt (6 geschlossen) · ⭐ 4,8 CSAT im Schnitt · ⏱ erste Antwort in ${minutes}`,
          'Letzte Tickets',
          '• [geschlossen] Refund issue',
          '• [offen] Password reset',
        ].join('\n'),
      );
    });
  });

  describe('in German', () => {
    it('<hd-inbox> with rows and the bulk footer', async () => {
      const { inbox, root, wrapper } = await mountInbox({ lang: 'de' });
      await untilShown(inbox, 'Posteingang');
      expect(root.querySelector('section')!.getAttribute('aria-label')).to.equal('Posteingang');
      expect(root.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
        'Ansichten',
      );
      const chips = [...root.querySelectorAll('.chip-label')].map((c) => norm(c.textContent));
      expect(chips).to.include.members(['Meine offenen', 'Nicht zugewiesen', 'Alle offenen']);
      expect(buttonNamed(root, 'Nächstes ungelesenes')).to.exist;
      expect(buttonNamed(root, 'Neue Ansicht')).to.exist;
      expect(buttonNamed(root, 'Nächste Seite')).to.exist;
      expect(norm(root.querySelector('.page-label')!.textContent)).to.equal('Seite 1 von 2');
      expect(norm(root.querySelector('.total')!.textContent)).to.equal('12 Tickets');
      expect(checkbox(root, 't-1').getAttribute('aria-label')).to.equal(
        'Ticket #2001 auswählen — Ticket 1',
      );
      expect(root.querySelector('.unread-dot')!.getAttribute('aria-label')).to.equal('Ungelesen');
      const time = root.querySelector('time.updated')!;
      expect(norm(time.textContent)).to.match(/^vor \d+\sMin\.$/);

      checkbox(root, 't-1').click();
      checkbox(root, 't-2').click();
      await inbox.updateComplete;
      const footer = root.querySelector('.footer')!;
      expect(footer.getAttribute('aria-label')).to.equal('Sammelaktionen');
      expect(norm(footer.querySelector('.selected-count')!.textContent)).to.equal('2 ausgewählt');
      for (const name of [
        'Schließen',
        'Mir zuweisen',
        'Priorität: Hoch',
        'Priorität: Niedrig',
        'Auswahl aufheben',
      ]) {
        expect(buttonNamed(footer, name), name).to.exist;
      }
      const completed = oneEvent(inbox, 'hd-bulk-action-completed');
      buttonNamed(footer, 'Schließen')!.click();
      await completed;
      const status = () => norm(root.querySelector('.status[role="status"]')!.textContent);
      await waitUntil(() => status().includes('Sammelaktion'), 'no bulk result');
      expect(status()).to.include('Sammelaktion Schließen: 1 erfolgreich, 1 fehlgeschlagen');
      expect(root.querySelector('.failures')!.getAttribute('aria-label')).to.equal(
        'Fehlgeschlagene Tickets',
      );
      expectNoEnglish(wrapper, [
        'Inbox',
        'My open',
        'Next unread',
        'New view',
        'Next page',
        'Previous page',
        'Page 1',
        'tickets',
        'selected',
        'Bulk close',
        'ok,',
        'Select ticket',
        'Unread',
        'Keyboard shortcuts',
        'Dismiss',
        'Failed tickets',
        ' ago',
      ]);
      await expect(inbox).to.be.accessible();
    });

    it('<hd-ticket-peek> with its header, thread, cards and composer', async () => {
      const { peek, root, wrapper } = await mountPeek({ lang: 'de' });
      await untilShown(wrapper, 'Antwort senden');
      expect(buttonNamed(root, 'Schließen')).to.exist;
      expect(buttonNamed(root, /^Status: (offen|wartend|gelöst|geschlossen)$/)).to.exist;
      expect(buttonNamed(root, /^Priorität: (niedrig|normal|hoch|dringend)$/)).to.exist;
      expect(buttonNamed(root, /^Bearbeiter: /)).to.exist;
      expect(buttonNamed(root, /^Interne Notizen \(\d+\)$/)).to.exist;
      expect(root.querySelector('.fields')!.getAttribute('aria-label')).to.equal('Ticketfelder');
      const regions = deepQueryAll(root, 'section[aria-labelledby]').map(nameOf);
      expect(regions).to.include.members(['SLA', 'Verknüpftes Gerät', 'Fernzugriff']);
      expect(buttonNamed(root, 'Sitzung starten')).to.exist;
      const thread = root.querySelector('hd-peek-thread')!.shadowRoot!;
      expect(thread.querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal(
        'Verlauf',
      );
      const bubbles = [...thread.querySelectorAll('article')].map((a) =>
        a.getAttribute('aria-label'),
      );
      expect(bubbles.some((b) => /^(Nachricht|Antwort|Interne Notiz) von /.test(b!))).to.equal(
        true,
      );
      const composer = root.querySelector('hd-composer')!.shadowRoot!;
      const tabs = [...composer.querySelectorAll('[role="tab"]')].map(nameOf);
      expect(tabs).to.deep.equal(['Antworten', 'Interne Notiz']);
      expect(buttonNamed(composer, 'Antwort senden')).to.exist;
      expectNoEnglish(wrapper, [
        'Take ownership',
        'Internal notes',
        'Ticket fields',
        'Ticket context',
        'Linked asset',
        'Remote actions',
        'Start session',
        'Remote desktop',
        'Available once the customer consents',
        'Time + contract',
        'Related tickets',
        'On track',
        'Overdue by',
        'Due in',
        'Clock stopped',
        'No timer running',
        'Timer running',
        'Conversation',
        'Message from',
        'Reply from',
        'Beginning of the conversation',
        'Load older messages',
        'via email',
        'Send reply',
        'Reply to customer',
        'Write a reply',
        'Attach files',
        'Composer mode',
        'Customer history',
        'tickets total',
      ]);
      await expect(peek).to.be.accessible();
    });

    it('<hd-composer>: tabs, field, validation and the note confirmation', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de">
          <hd-provider .adapter=${createMemoryAdapter()} .store=${createMemoryStore()}>
            <hd-composer ticket-id="t-1006"></hd-composer>
          </hd-provider>
        </div>`,
      );
      const el = wrapper.querySelector<HdComposer>('hd-composer')!;
      await untilShown(el, 'Antwort an den Kunden');
      const root = el.shadowRoot!;
      const textarea = root.querySelector('textarea')!;
      expect(norm(root.querySelector(`label[for="${textarea.id}"]`)!.textContent)).to.equal(
        'Antwort an den Kunden',
      );
      expect(textarea.placeholder).to.equal(de.composer.replyPlaceholder);
      buttonNamed(root, 'Antwort senden')!.click();
      await el.updateComplete;
      expect(norm(root.querySelector('.validation')!.textContent)).to.equal(
        'Schreiben Sie zuerst eine Antwort.',
      );
      buttonNamed(root, 'Interne Notiz')!.click();
      await el.updateComplete;
      textarea.value = 'Intern geprüft';
      textarea.dispatchEvent(new Event('input'));
      const added = oneEvent(el, 'hd-note-added');
      buttonNamed(root, 'Notiz hinzufügen')!.click();
      const { detail } = await added;
      await el.updateComplete;
      expect(norm(root.querySelector('.confirmation')!.textContent)).to.equal(
        `📝 Interne Notiz hinzugefügt (insgesamt ${detail.total} — für den Kunden nicht sichtbar).`,
      );
      expectNoEnglish(wrapper, [
        'Reply',
        'Internal note',
        'Add note',
        'Write ',
        'only your team',
        'Attach files',
        'hidden from the customer',
      ]);
      await expect(el).to.be.accessible();
    });

    it('<hd-customer-history>: `lang` on the element itself', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history lang="de" .history=${ada}></hd-customer-history>`,
      );
      await untilShown(el, 'Kundenhistorie');
      const text = norm(el.shadowRoot!.textContent);
      expect(text).to.include('Kundenhistorie — Ada');
      expect(text).to.include('7 Tickets insgesamt (6 geschlossen)');
      expect(text).to.include('4,8 CSAT im Schnitt');
      expect(text).to.match(/erste Antwort in 12\sMin\./);
      expect(text).to.include('Letzte Tickets');
      expect(text).to.include('geschlossen #1007 Refund issue');
      expect(el.shadowRoot!.querySelector('.stats')!.getAttribute('aria-label')).to.equal(
        'Kundenstatistik',
      );
      expectNoEnglish(el, ['Customer history', 'tickets total', 'CSAT avg', 'first response']);
      await expect(el).to.be.accessible();
    });
  });

  describe('choosing the locale', () => {
    it('re-renders when `lang` changes at runtime', async () => {
      const { wrapper, inbox, root } = await mountInbox({ lang: 'en' });
      expect(buttonNamed(root, 'Next unread')).to.exist;
      wrapper.setAttribute('lang', 'de');
      await waitUntil(() => buttonNamed(root, 'Nächstes ungelesenes'), 'no German after lang=de');
      expect(inbox.resolvedLocale).to.equal('de');
      expect(norm(root.querySelector('.total')!.textContent)).to.equal('12 Tickets');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => buttonNamed(root, 'Next unread'), 'no English after lang=en');
      expect(norm(root.querySelector('.total')!.textContent)).to.equal('12 tickets');
    });

    it('uses the provider `locale`; a nearer `lang` wins; changes re-render', async () => {
      const { wrapper, inbox, root } = await mountInbox({ lang: 'en', locale: 'de' });
      // the provider is nearer than the wrapper's lang="en"
      await waitUntil(() => buttonNamed(root, 'Nächstes ungelesenes'), 'provider locale ignored');
      const provider = wrapper.querySelector<HdProvider>('hd-provider')!;
      provider.locale = 'en-GB';
      await waitUntil(() => buttonNamed(root, 'Next unread'), 'provider locale change ignored');
      expect(inbox.resolvedLocale).to.equal('en-GB');
      provider.locale = 'de';
      await waitUntil(() => buttonNamed(root, 'Nächstes ungelesenes'));
      inbox.setAttribute('lang', 'en');
      await waitUntil(() => buttonNamed(root, 'Next unread'), 'the nearer lang did not win');
    });

    it('formats dates for the full tag (de-AT) with the German table', async () => {
      const { inbox, root } = await mountInbox({ lang: 'de-AT' });
      expect(inbox.resolvedLocale).to.equal('de-AT');
      await waitUntil(() => buttonNamed(root, 'Nächstes ungelesenes'), 'no German for de-AT');
      const time = root.querySelector('time.updated')!;
      expect(time.getAttribute('title')).to.equal(
        formatAbsoluteTime(time.getAttribute('datetime')!, 'de-AT'),
      );
    });

    it('falls back to English texts for a language without a table', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history lang="fr" .history=${ada}></hd-customer-history>`,
      );
      expect(el.resolvedLocale).to.equal('fr');
      const text = norm(el.shadowRoot!.textContent);
      expect(text).to.include('Customer history — Ada');
      expect(text).to.include('7 tickets total (6 closed)');
    });

    it('marks the language of its texts where it differs from the inherited `lang`', async () => {
      /** The `lang` a screen reader applies to each top-level element of a shadow root. */
      const langs = (el: Element) =>
        [...el.shadowRoot!.children]
          .filter((c) => c.localName !== 'style')
          .map((c) => (c.closest('[lang]') as HTMLElement | null)?.lang ?? '');
      // provider locale="de" on an English page: the German texts say so
      const { wrapper, inbox, root } = await mountInbox({ lang: 'en', locale: 'de' });
      await waitUntil(() => buttonNamed(root, 'Nächstes ungelesenes'), 'provider locale ignored');
      await waitUntil(
        () => langs(inbox).every((l) => l === 'de'),
        `not marked de: ${langs(inbox)}`,
      );
      // the page switches to German: the inherited lang is right, the marks go
      wrapper.setAttribute('lang', 'de');
      await waitUntil(() => !root.querySelector('[data-hd-lang]'), 'mark kept under lang="de"');
      expect(inbox.resolvedLocale).to.equal('de');
      // English texts on a French page are marked English; dates still follow fr
      const { peek } = await mountPeek({ lang: 'fr' });
      expect(peek.resolvedLocale).to.equal('fr');
      await waitUntil(() => langs(peek).every((l) => l === 'en'), `not marked en: ${langs(peek)}`);
      const thread = deepQueryAll<HTMLElement & { resolvedLocale?: string }>(
        peek.shadowRoot!,
        'hd-peek-thread',
      )[0]!;
      const time = thread.shadowRoot!.querySelector('time[datetime]')!;
      expect(norm(time.textContent)).to.equal(
        formatAbsoluteTime(time.getAttribute('datetime')!, 'fr'),
      );
      // nested elements inherit the mark: nothing marked twice
      expect(thread.shadowRoot!.querySelector('[data-hd-lang]')).to.equal(null);
    });

    it('stops watching `lang` when the last element disconnects', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history .history=${ada}></hd-customer-history>`,
      );
      expect(isWatchingLang()).to.equal(true);
      el.remove();
      expect(isWatchingLang()).to.equal(false);
    });
  });

  describe('right to left (dir="rtl")', () => {
    it('<hd-inbox> mirrors: the checkbox column on the right, arrows follow the text', async () => {
      const { inbox, root } = await mountInbox({ lang: 'de', dir: 'rtl' });
      await untilShown(inbox, 'Posteingang');
      const first = root.querySelector('.list > li')!;
      const check = rect(first.querySelector('.check')!);
      const main = rect(first.querySelector('.main')!);
      expect(check.left, 'checkbox right of the subject').to.be.greaterThan(main.right - 1);
      const open = first.querySelector<HTMLElement>('.open')!;
      expect(getComputedStyle(open).textAlign).to.equal('start');
      const subject = rect(open.querySelector('.number')!);
      expect(rect(open).right - subject.right, 'text starts at the right').to.be.below(12);
      // ← moves to the next view chip in right-to-left text
      const chips = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
      chips[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(root.activeElement).to.equal(chips[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(root.activeElement).to.equal(chips[0]);
      // the help popover opens under its button, on screen, aligned with one of its edges
      // (bottom-end is the left edge in rtl; floating-ui flips the alignment when that overflows)
      const help = root.querySelector<HTMLElement>('.help-button')!;
      help.click();
      const popover = root.querySelector<HTMLElement>('#help')!;
      await waitUntil(() => popover.style.left !== '', 'help popover not positioned');
      const p = rect(popover);
      const b = rect(help);
      expect(p.top).to.be.at.least(b.bottom);
      expect(p.left).to.be.at.least(0);
      expect(p.right).to.be.at.most(window.innerWidth);
      expect(Math.min(Math.abs(p.left - b.left), Math.abs(p.right - b.right))).to.be.below(2);
      popover.hidePopover();
      await expect(inbox).to.be.accessible();
    });

    it('<hd-ticket-peek> slides in from the left with its panes mirrored', async () => {
      const { peek, root } = await mountPeek({ dir: 'rtl' });
      const panel = rect(root.querySelector('.panel')!);
      const context = rect(root.querySelector('.context')!);
      const main = rect(root.querySelector('.main')!);
      expect(context.right, 'context stack left of the thread').to.be.at.most(main.left + 1);
      const close = rect(root.querySelector('.close')!);
      expect(close.left - panel.left, 'close button at the inline end (left)').to.be.below(40);
      expect(getComputedStyle(root.querySelector('.main')!).borderLeftWidth).to.equal('1px');
      // the status picker (placement bottom-start) opens aligned with its right edge
      const picker = root.querySelector('hd-peek-picker')!;
      const trigger = picker.shadowRoot!.querySelector<HTMLElement>('.trigger')!;
      trigger.click();
      const listbox = () => picker.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]');
      await waitUntil(() => listbox()?.style.left, 'listbox not positioned');
      expect(Math.abs(rect(listbox()!).right - rect(trigger).right)).to.be.below(2);
      await expect(peek).to.be.accessible();
    });

    it('a narrow peek panel sits at the left edge of the viewport', async () => {
      const { root } = await mountPeek({ dir: 'rtl', width: '20rem' });
      const panel = rect(root.querySelector('.panel')!);
      expect(panel.left).to.be.below(40);
      expect(panel.right).to.be.below(window.innerWidth / 2 + 40);
    });

    it('<hd-composer> and <hd-customer-history> pass axe in right-to-left German', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de" dir="rtl">
          <hd-provider .adapter=${createMemoryAdapter()} .store=${createMemoryStore()}>
            <hd-composer ticket-id="t-1006"></hd-composer>
            <hd-customer-history .history=${ada}></hd-customer-history>
          </hd-provider>
        </div>`,
      );
      const composer = wrapper.querySelector<HdComposer>('hd-composer')!;
      const history = wrapper.querySelector<HdCustomerHistory>('hd-customer-history')!;
      await untilShown(composer, 'Antwort an den Kunden');
      await untilShown(history, 'Kundenhistorie');
      const tabs = [...composer.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(rect(tabs[0]).left, 'first tab on the right').to.be.greaterThan(rect(tabs[1]).left);
      tabs[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(composer.mode).to.equal('note');
      const title = history.shadowRoot!.querySelector('.title')!;
      expect(getComputedStyle(title).direction).to.equal('rtl');
      await expect(composer).to.be.accessible();
      await expect(history).to.be.accessible();
    });
  });
});
