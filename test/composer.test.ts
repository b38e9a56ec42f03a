import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { HdComposer } from '../src/components/composer/composer.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { NO_ADAPTER_MESSAGE } from '../src/components/base/hd-element.js';
import type { HdActionExecutedEvent } from '../src/events/index.js';
import {
  $,
  ADA_TICKET,
  NO_EMAIL_TICKET,
  alerts,
  button,
  calls,
  chord,
  clickSend,
  confirmation,
  focused,
  mount,
  nameOf,
  pressOn,
  sendButton,
  setDraft,
  settled,
  tab,
  textarea,
  type,
} from './composer-helpers.js';

describe('<hd-composer>', () => {
  describe('modes', () => {
    it('has Reply / Internal note tabs, one labelled textarea and a mode-named submit button', async () => {
      const { el } = await mount();
      const tabs = el.shadowRoot!.querySelectorAll('[role="tablist"] [role="tab"]');
      expect(tabs).to.have.length(2);
      expect(tab(el, 'Reply').getAttribute('aria-selected')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll('textarea')).to.have.length(1);
      const label = $(el, `label[for="${textarea(el).id}"]`)!;
      expect(label.textContent).to.equal('Reply to customer');
      expect(sendButton(el).textContent!.trim()).to.equal('Send reply');
      expect($(el, 'form')).to.exist;

      tab(el, 'Internal note').click();
      await el.updateComplete;
      expect(el.mode).to.equal('note');
      expect(el.getAttribute('mode')).to.equal('note');
      expect(tab(el, 'Internal note').getAttribute('aria-selected')).to.equal('true');
      expect($(el, `label[for="${textarea(el).id}"]`)!.textContent).to.contain('Internal note');
      expect(sendButton(el).textContent!.trim()).to.equal('Add note');
    });

    it('note mode is visibly amber (note tokens), reply mode is not', async () => {
      const { el } = await mount();
      const base = $(el, '.base')!;
      const probe = document.createElement('div');
      probe.style.background = 'var(--hd-color-note-bg)';
      el.parentElement!.append(probe);
      const noteBg = getComputedStyle(probe).backgroundColor;
      probe.remove();
      expect(getComputedStyle(base).backgroundColor).not.to.equal(noteBg);
      el.mode = 'note';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')!).backgroundColor).to.equal(noteBg);
      expect($(el, '.note-banner')!.textContent).to.contain('only your team sees this');
    });

    it('Alt+N and Alt+R switch modes; arrow keys move between tabs', async () => {
      const { el } = await mount();
      textarea(el).focus();
      await chord('Alt', 'KeyN');
      await el.updateComplete;
      expect(el.mode).to.equal('note');
      await chord('Alt', 'KeyR');
      await el.updateComplete;
      expect(el.mode).to.equal('reply');
      tab(el, 'Reply').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.mode).to.equal('note');
      expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'Internal note'));
      expect(tab(el, 'Internal note').getAttribute('aria-keyshortcuts')).to.equal('Alt+N');
    });
  });

  describe('reply', () => {
    it('sends through sendReply (origin composer) and confirms only after the adapter resolved', async () => {
      const { el, adapter, store } = await mount({ adapterOptions: { latencyMs: 150 } });
      const audit: HdActionExecutedEvent[] = [];
      el.addEventListener('hd-action-executed', (e) => audit.push(e));
      await waitUntil(() => calls(adapter, 'getTicket').length === 1);
      await setDraft(el, 'Hi Ada, the reset link is on its way.');
      expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal(
        'Hi Ada, the reset link is on its way.',
      );
      const sent = oneEvent(el, 'hd-reply-sent');
      await clickSend(el);
      // pending: no success yet, no double submit, the draft is still there
      expect(confirmation(el)).to.equal('');
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
      await clickSend(el); // ignored while busy
      expect(textarea(el).value).to.equal('Hi Ada, the reset link is on its way.');
      const event = await sent;
      await el.updateComplete;
      expect(event.detail.ticketId).to.equal(ADA_TICKET);
      expect(event.detail.item.kind).to.equal('reply');
      expect(confirmation(el)).to.contain('Reply sent');
      expect(textarea(el).value).to.equal('');
      expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal(undefined);
      expect(calls(adapter, 'sendReply')).to.have.length(1);
      const [call] = calls(adapter, 'sendReply');
      expect(call.args[0]).to.equal(ADA_TICKET);
      expect(call.args[1]).to.deep.equal({ body: 'Hi Ada, the reset link is on its way.' });
      expect(call.args[2]).to.deep.include({ origin: 'composer' });
      expect(audit.map((e) => [e.detail.action, e.detail.origin, e.detail.ok])).to.deep.equal([
        ['send_reply', 'composer', true],
      ]);
      expect(calls(adapter, 'addInternalNote')).to.have.length(0);
    });

    it('Enter on Send: the busy button keeps keyboard focus and ignores a second press', async () => {
      const { el, adapter } = await mount({ adapterOptions: { latencyMs: 150 } });
      await setDraft(el, 'Sent by keyboard');
      const send = sendButton(el);
      const sent = oneEvent(el, 'hd-reply-sent');
      await pressOn(el, send);
      expect(send.querySelector('.spinner')).to.exist;
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(focused()).to.equal(send);
      await sendKeys({ press: 'Enter' });
      await sent;
      await el.updateComplete;
      expect(calls(adapter, 'sendReply')).to.have.length(1);
      expect(focused()).to.equal(send);
      expect(send.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('Ctrl+Enter (and Cmd+Enter) in the textarea sends', async () => {
      const { el, adapter } = await mount();
      await type(el, 'Quick answer');
      const sent = oneEvent(el, 'hd-reply-sent');
      await chord('Control', 'Enter');
      await sent;
      expect(calls(adapter, 'sendReply')[0].args[1]).to.deep.equal({ body: 'Quick answer' });
      await type(el, 'Mac users press Cmd');
      const again = oneEvent(el, 'hd-reply-sent');
      await chord('Meta', 'Enter');
      await again;
      expect(calls(adapter, 'sendReply')[1].args[1]).to.deep.equal({ body: 'Mac users press Cmd' });
    });

    it('an empty reply is not sent and says why', async () => {
      const { el, adapter } = await mount();
      await clickSend(el);
      expect(alerts(el)).to.include('Write a reply first.');
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('shows the stale-reply warning above the Send button', async () => {
      const { el } = await mount();
      el.staleWarning = 'Grace replied 2 minutes ago — read it before sending.';
      await el.updateComplete;
      const warning = $(el, '[part="stale-warning"]')!;
      expect(warning.textContent).to.contain('Grace replied 2 minutes ago');
      expect(
        warning.compareDocumentPosition(sendButton(el)) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.be.greaterThan(0);
    });
  });

  describe('no contact email', () => {
    it('disables Reply with an inline explanation; Internal note still works', async () => {
      const { el, adapter } = await mount({ ticketId: NO_EMAIL_TICKET });
      await waitUntil(() => sendButton(el).disabled, 'Send reply was not disabled');
      const explain = $(el, '#no-email')!;
      expect(explain.textContent).to.contain('no contact email');
      expect(sendButton(el).getAttribute('aria-describedby')).to.equal('no-email');
      await setDraft(el, 'Hello?');
      await clickSend(el);
      expect(calls(adapter, 'sendReply')).to.have.length(0);

      tab(el, 'Internal note').click();
      await el.updateComplete;
      expect(sendButton(el).disabled).to.equal(false);
      await setDraft(el, 'Customer has no email — call them.');
      const added = oneEvent(el, 'hd-note-added');
      await clickSend(el);
      await added;
      expect(calls(adapter, 'addInternalNote')).to.have.length(1);
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('takes the ticket from .ticket without fetching it again', async () => {
      const adapter = createMemoryAdapter();
      const ticket = await adapter.getTicket(NO_EMAIL_TICKET);
      adapter.calls.length = 0;
      const { el } = await mount({ adapter, ticketId: NO_EMAIL_TICKET, ticket });
      expect(sendButton(el).disabled).to.equal(true);
      expect($(el, '#no-email')).to.exist;
      expect(calls(adapter, 'getTicket')).to.have.length(0);
    });
  });

  describe('internal notes', () => {
    it('go only through addInternalNote and confirm with the DESIGN.md text', async () => {
      const { el, adapter } = await mount({ mode: 'note' });
      const before = (await adapter.getTicket(ADA_TICKET)).internalNotes.length;
      await setDraft(el, 'Checked the logs: cached credentials.');
      const added = oneEvent(el, 'hd-note-added');
      await clickSend(el);
      const event = await added;
      await el.updateComplete;
      expect(event.detail.total).to.equal(before + 1);
      expect(confirmation(el)).to.equal(
        `📝 Internal note added (${before + 1} total — hidden from the customer).`,
      );
      const [call] = calls(adapter, 'addInternalNote');
      expect(call.args[1]).to.deep.equal({ body: 'Checked the logs: cached credentials.' });
      expect(call.args[2]).to.deep.include({ origin: 'composer' });
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('/note <text> typed in Reply mode posts an internal note, never a reply', async () => {
      const { el, adapter } = await mount();
      await type(el, '/note server rebooted at 9:40');
      expect($(el, '[role="status"] > .note-banner')!.textContent).to.contain('internal note');
      const added = oneEvent(el, 'hd-note-added');
      await clickSend(el);
      await added;
      expect(calls(adapter, 'addInternalNote')[0].args[1]).to.deep.equal({
        body: 'server rebooted at 9:40',
      });
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('the submit button says "Add note" while /note is typed in Reply, and "Send reply" again after', async () => {
      const { el, adapter } = await mount();
      expect(nameOf(sendButton(el))).to.equal('Send reply');
      await type(el, '/note checked AD');
      expect($(el, '[role="status"] > .note-banner')!.textContent).to.contain('internal note');
      expect(nameOf(sendButton(el))).to.equal('Add note');
      expect(sendButton(el).innerText.trim()).to.equal('Add note');
      // the text no longer starts with /note
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Delete' });
      await el.updateComplete;
      expect(textarea(el).value).to.equal('note checked AD');
      expect(nameOf(sendButton(el))).to.equal('Send reply');
      await sendKeys({ type: '/' });
      await el.updateComplete;
      expect(nameOf(sendButton(el))).to.equal('Add note');
      const added = oneEvent(el, 'hd-note-added');
      await chord('Control', 'Enter');
      await added;
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('/note behind an invisible character (U+200B, U+2060, U+FEFF) is a note, never emailed', async () => {
      const { el, adapter } = await mount();
      for (const [i, lead] of ['\u200B', '\u2060', '\uFEFF'].entries()) {
        await setDraft(el, `${lead}/note secret ${i}`);
        expect($(el, '[role="status"] > .note-banner')!.textContent).to.contain('internal note');
        await clickSend(el);
        await waitUntil(() => calls(adapter, 'addInternalNote').length === i + 1);
        await settled(el);
        expect(calls(adapter, 'addInternalNote')[i].args[1]).to.deep.equal({
          body: `secret ${i}`,
        });
      }
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('an unknown or mis-cased mode is a note: nothing but mode="reply" reaches sendReply', async () => {
      const { el, adapter } = await mount();
      for (const [i, mode] of ['Note', 'internal', ''].entries()) {
        el.setAttribute('mode', mode);
        await el.updateComplete;
        expect(el.mode).to.equal('note');
        expect(el.getAttribute('mode')).to.equal('note');
        expect(tab(el, 'Internal note').getAttribute('aria-selected')).to.equal('true');
        el.mode = 'reply';
        await el.updateComplete;
        (el as { mode: string }).mode = mode;
        await setDraft(el, `secret ${i}`);
        await clickSend(el);
        await waitUntil(() => calls(adapter, 'addInternalNote').length === i + 1);
        await settled(el);
      }
      (el as { mode: string }).mode = 'REPLY';
      await el.updateComplete;
      expect(tab(el, 'Reply').getAttribute('aria-selected')).to.equal('true');
      expect(calls(adapter, 'sendReply')).to.have.length(0);
    });

    it('a near-miss of /note is blocked instead of emailed', async () => {
      const { el, adapter } = await mount();
      await setDraft(el, '/nte password is hunter2');
      await clickSend(el);
      expect(alerts(el).join(' ')).to.contain('is not a command');
      expect(calls(adapter, 'sendReply')).to.have.length(0);
      expect(calls(adapter, 'addInternalNote')).to.have.length(0);
      expect(textarea(el).value).to.equal('/nte password is hunter2');
    });

    it('no text typed as a note ever reaches sendReply (call log over a whole session)', async () => {
      const { el, adapter } = await mount({
        adapterOptions: { failures: { methods: ['addInternalNote'], code: 'network' } },
      });
      const secrets = ['SECRET-A admin pw', 'SECRET-B vpn key', 'SECRET-C'];
      // a note that fails, is retried by keyboard, and the agent flips modes around it
      tab(el, 'Internal note').click();
      await el.updateComplete;
      await type(el, secrets[0]);
      await chord('Control', 'Enter');
      await waitUntil(() => alerts(el).length > 0);
      await chord('Alt', 'KeyR');
      await el.updateComplete;
      expect(textarea(el).value).to.equal('');
      await chord('Control', 'Enter');
      await el.updateComplete;
      await chord('Alt', 'KeyN');
      await el.updateComplete;
      expect(textarea(el).value).to.equal(secrets[0]);
      adapter.setFailures(undefined);
      button(el, 'Retry')!.click();
      await waitUntil(() => confirmation(el).startsWith('📝'));
      // /note commands in reply mode, with and without leading whitespace and capitals
      tab(el, 'Reply').click();
      await el.updateComplete;
      await type(el, `/note ${secrets[1]}`);
      await chord('Control', 'Enter');
      await waitUntil(() => calls(adapter, 'addInternalNote').length === 3);
      await settled(el);
      await setDraft(el, `  /NOTE\n${secrets[2]}`);
      await clickSend(el);
      await waitUntil(() => calls(adapter, 'addInternalNote').length === 4);
      await settled(el);
      // a genuine reply afterwards
      await setDraft(el, 'Hi Ada, all fixed.');
      await clickSend(el);
      await waitUntil(() => calls(adapter, 'sendReply').length === 1);
      const replyBodies = calls(adapter, 'sendReply').map((c) => JSON.stringify(c.args[1]));
      for (const secret of secrets) {
        for (const body of replyBodies) expect(body).not.to.contain(secret);
      }
      expect(replyBodies).to.deep.equal([JSON.stringify({ body: 'Hi Ada, all fixed.' })]);
    });
  });

  describe('without adapter or ticket', () => {
    it('shows the inline no-adapter error', async () => {
      const el = await fixture<HdComposer>(html`<hd-composer ticket-id="t-1"></hd-composer>`);
      expect($(el, '[role="alert"]')!.textContent).to.equal(NO_ADAPTER_MESSAGE);
    });

    it('says so when no ticket is set', async () => {
      const el = await fixture<HdComposer>(
        html`<hd-composer .adapter=${createMemoryAdapter()}></hd-composer>`,
      );
      expect(el.shadowRoot!.textContent).to.contain('No ticket selected.');
    });
  });
});
