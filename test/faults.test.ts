/**
 * Faults: the memory adapter fails 30% of *all* its calls (reads and writes) at random, from a
 * fixed seed (`failures: { rate: 0.3 }`, see src/adapter/memory/runtime.ts). Driving the inbox
 * bulk actions, peek edits and composer sends like an agent (retrying what failed), the UI
 * must never show a success the backend did not store, never lose a draft, report bulk counts
 * exactly (ok + failed = selected, matching the stored data), and leave no promise rejection
 * unhandled.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdPeekPicker } from '../src/components/ticket-peek/picker.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { draftKey } from '../src/components/composer/routing.js';
import type {
  HdActionExecutedEvent,
  HdBulkActionCompletedEvent,
  HdSendFailedEvent,
} from '../src/events/index.js';
import {
  button as inboxButton,
  checkbox,
  inboxData,
  maybeButton,
  status,
} from './inbox-helpers.js';
import { DEMO_IDS, demoAdapter, mountPeek, nameOf, text } from './peek-helpers.js';
import {
  ADA_TICKET,
  alerts,
  confirmation,
  mount as mountComposer,
  sendButton,
  setDraft,
  tab,
  textarea,
} from './composer-helpers.js';

const FAILURES = { rate: 0.3 };

/** Unhandled rejections and uncaught errors seen while a test runs. */
const unhandled: string[] = [];
const onRejection = (e: PromiseRejectionEvent) => unhandled.push(`rejection: ${e.reason}`);
const onError = (e: ErrorEvent) => unhandled.push(`error: ${e.message}`);

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('faults: 30% of adapter calls fail (seeded)', function () {
  this.timeout(30000);

  beforeEach(() => {
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });

  afterEach(async () => {
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    expect(unhandled, 'unhandled rejections / uncaught errors').to.deep.equal([]);
  });

  describe('inbox bulk actions', () => {
    /** Waits for the rows; a failed load shows its error with Retry, which the agent clicks. */
    async function rowsShown(inbox: HdInbox) {
      const root = inbox.shadowRoot!;
      for (let attempt = 0; attempt < 30; attempt++) {
        await waitUntil(
          () => {
            const panel = root.querySelector('[role="tabpanel"]');
            return (
              panel?.getAttribute('aria-busy') === 'false' &&
              (panel.querySelector('.list') || panel.querySelector('.empty, .list-error'))
            );
          },
          'the inbox neither loaded nor failed',
          { timeout: 4000 },
        );
        // the rows on screen are the rows the inbox holds (a page that just arrived is rendered;
        // a refresh answering right after the last render is rendered first)
        await inbox.updateComplete;
        await waitUntil(
          () =>
            [...root.querySelectorAll<HTMLElement>('.list > li[data-id]')]
              .map((r) => r.dataset.id)
              .join() === inbox.rows.map((t) => t.id).join(),
          'the rows on screen are not the rows the inbox holds',
          { timeout: 4000 },
        );
        const error = root.querySelector('.list-error');
        if (!error) return;
        expect(text(error), 'a failed load names the error').to.contain(
          'The helpdesk service is unavailable',
        );
        error.querySelector('button')!.click();
        await inbox.updateComplete;
      }
      throw new Error('the inbox never loaded');
    }

    it('counts are exact, failed tickets stay unchanged, successes are stored', async () => {
      const data = inboxData(60, (t, i) => {
        if (i % 2) t.assigneeId = 'agent-priya';
      });
      const adapter = createMemoryAdapter({ data, failures: FAILURES, seed: 11 });
      const wrapper = await fixture<HTMLElement>(
        html`<hd-provider feature-agent-inbox .adapter=${adapter} .store=${createMemoryStore()}>
          <hd-inbox view="all_open" page-size="10"></hd-inbox>
        </hd-provider>`,
      );
      const inbox = wrapper.querySelector<HdInbox>('hd-inbox')!;
      const root = inbox.shadowRoot!;
      const executed: HdActionExecutedEvent['detail'][] = [];
      inbox.addEventListener('hd-action-executed', (e) => executed.push(e.detail));

      const actions = [
        ['Priority: High', 'priority_high', 'Bulk priority high'],
        ['Assign me', 'assign_me', 'Bulk assign'],
        ['Priority: Low', 'priority_low', 'Bulk priority low'],
        ['Close', 'close', 'Bulk close'],
      ] as const;
      let totalOk = 0;
      let totalFailed = 0;
      let contextFailures = 0;
      for (let round = 0; round < 8; round++) {
        const [label, action, summary] = actions[round % actions.length];
        await rowsShown(inbox);
        const ids = [...root.querySelectorAll<HTMLElement>('.list > li[data-id]')]
          .map((r) => r.dataset.id!)
          .slice(0, 7);
        for (const id of ids) checkbox(root, id).click();
        await inbox.updateComplete;
        expect(text(root.querySelector('.selected-count'))).to.equal(`${ids.length} selected`);

        const before = adapter.snapshot();
        executed.length = 0;
        const completed = oneEvent(inbox, 'hd-bulk-action-completed');
        inboxButton(root, label).click();
        // the signed-in agent may fail to load first: then nothing is written, the notice says why
        const outcome = await Promise.race([
          completed as Promise<HdBulkActionCompletedEvent>,
          waitUntil(() => !inbox.progress && inbox.notice, '', { timeout: 8000 }).then(
            () => undefined,
          ),
        ]);
        await inbox.updateComplete;
        if (!outcome) {
          contextFailures++;
          expect(executed, 'no write without an action context').to.deep.equal([]);
          expect(adapter.snapshot().tickets).to.deep.equal(before.tickets);
          expect(status(root)).to.contain('unavailable');
          maybeButton(root, 'Clear selection')?.click();
          await inbox.updateComplete;
          continue;
        }
        const { detail } = outcome;
        expect(detail.action).to.equal(action);
        expect(detail.ok + detail.failed, 'ok + failed = selected').to.equal(ids.length);
        expect(detail.results.map((r) => r.ticketId).sort()).to.deep.equal([...ids].sort());
        expect(executed.length, 'one hd-action-executed per ticket').to.equal(ids.length);
        expect(executed.filter((e) => e.ok).length).to.equal(detail.ok);
        expect(status(root)).to.contain(`${summary}: ${detail.ok} ok, ${detail.failed} failed`);
        const failedLabels = [...root.querySelectorAll('.failures .failed-number')].map((e) =>
          text(e),
        );
        expect(failedLabels.length, 'every failed ticket is listed').to.equal(detail.failed);

        // what the backend stored matches what was reported, ticket by ticket
        const after = adapter.snapshot();
        for (const r of detail.results) {
          const was = before.tickets.find((t) => t.id === r.ticketId)!;
          const now = after.tickets.find((t) => t.id === r.ticketId)!;
          if (!r.ok) {
            expect(now, `failed ${r.ticketId} is unchanged`).to.deep.equal(was);
            expect(failedLabels.some((l) => l.includes(`#${was.number}`))).to.equal(true);
            continue;
          }
          if (action === 'close') expect(now.status).to.equal('closed');
          if (action === 'assign_me') expect(now.assigneeId).to.equal(DEMO_IDS.me);
          if (action === 'priority_high') expect(now.priority).to.equal('high');
          if (action === 'priority_low') expect(now.priority).to.equal('low');
        }
        totalOk += detail.ok;
        totalFailed += detail.failed;
        // the processed tickets left the selection
        expect(root.querySelector('.selected-count')).to.equal(null);
      }
      expect(totalOk, 'some writes succeeded').to.be.greaterThan(0);
      expect(totalFailed, 'some writes failed').to.be.greaterThan(0);
      expect(totalOk + totalFailed + contextFailures * 7).to.equal(8 * 7);
    });
  });

  describe('peek edits', () => {
    function picker(root: ShadowRoot, field: 'status' | 'priority') {
      return root.querySelector<HdPeekPicker>(`hd-peek-picker[data-field="${field}"]`)!;
    }

    it('the header always ends showing what the backend stored; every failure is explained', async () => {
      const adapter = demoAdapter({ failures: FAILURES, seed: 5 });
      const { peek } = await mountPeek({ adapter });
      peek.show(DEMO_IDS.vpnTicket);
      const root = peek.shadowRoot!;
      // a failed load shows "Ticket could not be loaded" with Retry
      for (let i = 0; i < 20 && !root.querySelector('.fields'); i++) {
        await waitUntil(
          () => root.querySelector('.fields') || root.querySelector('.hd-error button'),
          'the peek neither loaded nor failed',
          { timeout: 4000 },
        );
        root.querySelector<HTMLButtonElement>('.hd-error button')?.click();
        await peek.updateComplete;
      }
      expect(root.querySelector('.fields'), 'the peek loaded').to.exist;
      const executed: HdActionExecutedEvent['detail'][] = [];
      peek.addEventListener('hd-action-executed', (e) => executed.push(e.detail));

      const plan = [
        ['status', 'Pending'],
        ['priority', 'Low'],
        ['status', 'Open'],
        ['priority', 'High'],
        ['status', 'Resolved'],
        ['priority', 'Normal'],
        ['status', 'Pending'],
        ['priority', 'Urgent'],
        ['status', 'Open'],
        ['priority', 'Low'],
        ['status', 'Closed'],
        ['priority', 'High'],
        ['status', 'Open'],
        ['priority', 'Normal'],
        ['status', 'Pending'],
        ['priority', 'Low'],
      ] as const;
      let ok = 0;
      let failed = 0;
      for (const [field, choice] of plan) {
        const p = picker(root, field);
        const stored = () =>
          adapter.snapshot().tickets.find((t) => t.id === DEMO_IDS.vpnTicket)![field];
        if (stored() === choice.toLowerCase()) continue;
        const count = executed.length;
        await p.openPopover();
        await p.updateComplete;
        const option = [...p.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find(
          (o) => nameOf(o) === choice,
        )!;
        option.click();
        const label = field === 'status' ? 'Status' : 'Priority';
        const error = () => root.querySelector(`.field-error[data-field="${field}"]`);
        // settled: the executor reported, or the change failed before reaching the adapter
        await waitUntil(() => executed.length > count || error(), `${field} did not settle`, {
          timeout: 4000,
        });
        await peek.updateComplete;
        await tick();
        await peek.updateComplete;
        const shown = nameOf(picker(root, field).shadowRoot!.querySelector('button')!);
        expect(shown, 'the header shows the stored value').to.equal(`${label}: ${stored()}`);
        const result = executed[count];
        if (result?.ok) {
          ok++;
          expect(stored()).to.equal(choice.toLowerCase());
          expect(error(), 'no error after a stored change').to.equal(null);
        } else {
          failed++;
          expect(stored(), 'a failed change is not stored').not.to.equal(choice.toLowerCase());
          expect(text(error())).to.equal(
            `${label} not changed: The helpdesk service is unavailable. Try again in a moment.`,
          );
        }
      }
      expect(ok, 'some edits succeeded').to.be.greaterThan(0);
      expect(failed, 'some edits failed').to.be.greaterThan(0);
    });
  });

  describe('composer sends', () => {
    it('a failed send keeps the draft (also across a reload); success only after the adapter confirmed', async () => {
      const adapter: MemoryAdapter = createMemoryAdapter({ failures: FAILURES, seed: 3 });
      const store = createMemoryStore();
      let { el, provider } = await mountComposer({ adapter, store, ticketId: ADA_TICKET });
      let failures = 0;
      let sent = 0;
      for (let i = 0; i < 10; i++) {
        const mode = i % 2 ? 'note' : 'reply';
        tab(el, mode === 'note' ? 'Internal note' : 'Reply').click();
        await el.updateComplete;
        const body = `Message ${i} (${mode})`;
        await setDraft(el, body);
        expect(store.get(draftKey(ADA_TICKET, mode)), 'the draft is saved as typed').to.equal(body);
        for (let attempt = 0; attempt < 15; attempt++) {
          const failed = new Promise<HdSendFailedEvent | undefined>((resolve) => {
            const done = (e?: Event) => {
              el.removeEventListener('hd-send-failed', done);
              el.removeEventListener('hd-reply-sent', ok);
              el.removeEventListener('hd-note-added', ok);
              resolve(e as HdSendFailedEvent | undefined);
            };
            const ok = () => done();
            el.addEventListener('hd-send-failed', done);
            el.addEventListener('hd-reply-sent', ok);
            el.addEventListener('hd-note-added', ok);
          });
          sendButton(el).click();
          const failure = await failed;
          await el.updateComplete;
          const thread = adapter.snapshot().threads[ADA_TICKET];
          const stored = thread.filter((item) => 'body' in item && item.body === body);
          if (failure) {
            failures++;
            expect(stored, 'nothing stored for a failed send').to.deep.equal([]);
            expect(textarea(el).value, 'the draft stays in the field').to.equal(body);
            expect(store.get(draftKey(ADA_TICKET, mode)), 'the draft stays saved').to.equal(body);
            expect(confirmation(el), 'no success shown').to.equal('');
            expect(alerts(el).join(' ')).to.contain(failure.detail.error.message);
            if (failures === 2) {
              // reload: a new composer over the same store shows the unsent draft
              provider.remove();
              ({ el, provider } = await mountComposer({ adapter, store, ticketId: ADA_TICKET }));
              tab(el, mode === 'note' ? 'Internal note' : 'Reply').click();
              await el.updateComplete;
              expect(textarea(el).value, 'the draft survives a reload').to.equal(body);
            }
            continue;
          }
          sent++;
          expect(stored.length, 'stored exactly once').to.equal(1);
          expect(stored[0].kind).to.equal(mode === 'note' ? 'note' : 'reply');
          expect(confirmation(el)).to.match(
            mode === 'note' ? /Internal note added/ : /Reply sent to the customer/,
          );
          expect(textarea(el).value).to.equal('');
          expect(store.get(draftKey(ADA_TICKET, mode)), 'the draft goes after the send').to.equal(
            undefined,
          );
          break;
        }
      }
      expect(sent, 'every message was sent in the end').to.equal(10);
      expect(failures, 'some sends failed first').to.be.greaterThan(1);
    });
  });
});
