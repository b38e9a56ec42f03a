import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { createDemoData } from '../src/mocks/demo-data.js';
import type { AdapterErrorCode } from '../src/adapter/types.js';
import { createDefaultStore, createMemoryStore } from '../src/model/state-store.js';
import {
  $,
  ADA_TICKET,
  alerts,
  attachmentNames,
  button,
  calls,
  clickSend,
  confirmation,
  file,
  focused,
  mount,
  pressOn,
  sendButton,
  setDraft,
  tab,
  textarea,
  type,
} from './composer-helpers.js';

const FAILURES: { code: AdapterErrorCode; message: string }[] = [
  { code: 'dispatch_failed', message: 'SMTP relay refused the message (550 5.7.1)' },
  { code: 'network', message: 'Network error. Check your connection and try again.' },
  { code: 'forbidden', message: "You don't have permission to reply on this ticket" },
  { code: 'conflict', message: 'Ticket was changed by someone else' },
  { code: 'no_contact_email', message: 'This ticket has no contact email address' },
  { code: 'validation', message: 'Reply is too long' },
  { code: 'unavailable', message: 'The helpdesk service is unavailable. Try again in a moment.' },
];

describe('<hd-composer> failures', () => {
  for (const { code, message } of FAILURES) {
    it(`reply failure "${code}" shows the adapter's message verbatim and keeps draft + attachments`, async () => {
      const { el, adapter, store } = await mount({
        adapterOptions: { failures: { methods: ['sendReply'], code, message } },
      });
      await setDraft(el, 'Draft that must survive');
      el.addFiles([file('log.txt', 200)]);
      const failed = oneEvent(el, 'hd-send-failed');
      await clickSend(el);
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.error.code).to.equal(code);
      expect(event.detail.mode).to.equal('reply');
      const alert = $(el, '[part="send-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain(message);
      expect(confirmation(el)).to.equal('');
      expect(textarea(el).value).to.equal('Draft that must survive');
      expect(attachmentNames(el)).to.deep.equal(['log.txt']);
      expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal('Draft that must survive');
      // the error sits next to the Send button, with Retry
      expect(alert.parentElement).to.equal(sendButton(el).parentElement);
      expect(button(el, 'Retry')).to.exist;
      expect(calls(adapter, 'sendReply')).to.have.length(1);
    });
  }

  it('Enter on Retry moves focus to the busy Send button (Retry goes away while sending)', async () => {
    const { el, adapter } = await mount({
      adapterOptions: { latencyMs: 100, failures: { methods: ['sendReply'], code: 'network' } },
    });
    await setDraft(el, 'Try twice');
    await clickSend(el);
    await waitUntil(() => button(el, 'Retry'));
    await pressOn(el, button(el, 'Retry')!);
    expect(button(el, 'Retry')).to.equal(undefined);
    expect(focused()).to.equal(sendButton(el));
    // it fails again: Retry is back, focus stays on Send
    await waitUntil(() => button(el, 'Retry'));
    expect(calls(adapter, 'sendReply')).to.have.length(2);
    expect(focused()).to.equal(sendButton(el));
  });

  it('Retry sends the same draft and attachments again; success clears them', async () => {
    const { el, adapter, store } = await mount({
      adapterOptions: { failures: { methods: ['sendReply'], code: 'network' } },
    });
    await setDraft(el, 'Second time lucky');
    el.addFiles([file('a.png', 10, 'image/png')]);
    await clickSend(el);
    await waitUntil(() => button(el, 'Retry'));
    adapter.setFailures(undefined);
    const sent = oneEvent(el, 'hd-reply-sent');
    button(el, 'Retry')!.click();
    await sent;
    await el.updateComplete;
    const [, second] = calls(adapter, 'sendReply');
    const msg = second.args[1] as { body: string; attachments: File[] };
    expect(msg.body).to.equal('Second time lucky');
    expect(msg.attachments.map((f) => f.name)).to.deep.equal(['a.png']);
    expect(alerts(el)).to.deep.equal([]);
    expect(textarea(el).value).to.equal('');
    expect(attachmentNames(el)).to.deep.equal([]);
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal(undefined);
  });

  it('no_email_account shows "No email account is configured" with a hint about outbound email', async () => {
    const adapter = createMemoryAdapter({
      data: createDemoData({ emailAccountConfigured: false }),
    });
    const { el, store } = await mount({ adapter });
    await setDraft(el, 'Hi Ada');
    await clickSend(el);
    await waitUntil(() => $(el, '[part="send-error"]'));
    const text = $(el, '[part="send-error"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('No email account is configured');
    expect(text).to.contain("tenant's outbound email");
    expect(textarea(el).value).to.equal('Hi Ada');
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal('Hi Ada');
    // internal notes do not need an email account
    tab(el, 'Internal note').click();
    await el.updateComplete;
    await setDraft(el, 'Email account missing — told the admin.');
    const added = oneEvent(el, 'hd-note-added');
    await clickSend(el);
    await added;
  });

  it('a failed note keeps its draft, says "Note not added" and fires hd-send-failed {mode: note}', async () => {
    const { el, store } = await mount({
      mode: 'note',
      adapterOptions: {
        failures: { methods: ['addInternalNote'], code: 'forbidden', message: 'Read-only ticket' },
      },
    });
    await setDraft(el, 'internal detail');
    const failed = oneEvent(el, 'hd-send-failed');
    await clickSend(el);
    expect((await failed).detail.mode).to.equal('note');
    await el.updateComplete;
    expect(alerts(el).join(' ')).to.contain('Note not added: Read-only ticket');
    expect(store.get(`draft:${ADA_TICKET}:note`)).to.equal('internal detail');
  });

  it('a failing me() (no actor) is reported like a send failure and keeps the draft', async () => {
    const { el, adapter } = await mount({
      adapterOptions: {
        failures: { methods: ['me', 'sendReply'], code: 'unavailable', message: 'Auth down' },
      },
    });
    await setDraft(el, 'keep me');
    await clickSend(el);
    await waitUntil(() => alerts(el).length);
    expect(alerts(el).join(' ')).to.contain('Auth down');
    expect(textarea(el).value).to.equal('keep me');
    expect(calls(adapter, 'sendReply').length).to.be.at.most(1);
  });
});

describe('<hd-composer> drafts', () => {
  it('persist per ticket and mode and survive re-mount (closing the peek)', async () => {
    const store = createMemoryStore();
    const first = await mount({ store });
    await type(first.el, 'reply draft');
    tab(first.el, 'Internal note').click();
    await first.el.updateComplete;
    expect(textarea(first.el).value).to.equal('');
    await type(first.el, 'note draft');
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal('reply draft');
    expect(store.get(`draft:${ADA_TICKET}:note`)).to.equal('note draft');

    // the same element removed and re-added
    const parent = first.el.parentElement!;
    first.el.remove();
    parent.append(first.el);
    await first.el.updateComplete;
    expect(textarea(first.el).value).to.equal('note draft');

    // a brand-new element for the same ticket (the peek re-opened)
    const second = await mount({ store, mode: 'reply' });
    expect(textarea(second.el).value).to.equal('reply draft');
    // another ticket has its own (empty) draft
    second.el.ticketId = 't-1008';
    await second.el.updateComplete;
    expect(textarea(second.el).value).to.equal('');
    second.el.ticketId = ADA_TICKET;
    await second.el.updateComplete;
    expect(textarea(second.el).value).to.equal('reply draft');
  });

  it('survive a reload (a fresh element and store over localStorage) and a failed send', async () => {
    localStorage.removeItem(`hd-cockpit:draft:${ADA_TICKET}:reply`);
    const adapter = createMemoryAdapter({ failures: { methods: ['sendReply'], code: 'network' } });
    const before = await fixture<HdComposer>(
      html`<hd-composer .adapter=${adapter} ticket-id=${ADA_TICKET}></hd-composer>`,
    );
    await setDraft(before, 'typed before the reload');
    await clickSend(before);
    await waitUntil(() => alerts(before).length);
    expect(JSON.parse(localStorage.getItem(`hd-cockpit:draft:${ADA_TICKET}:reply`)!)).to.equal(
      'typed before the reload',
    );
    before.remove();

    const reloadedStore = createDefaultStore();
    const { el } = await mount({ store: reloadedStore });
    expect(textarea(el).value).to.equal('typed before the reload');
    const sent = oneEvent(el, 'hd-reply-sent');
    await clickSend(el);
    await sent;
    expect(localStorage.getItem(`hd-cockpit:draft:${ADA_TICKET}:reply`)).to.equal(null);
  });

  it('are cleared only after a confirmed send, not while it is in flight', async () => {
    const { el, store } = await mount({ adapterOptions: { latencyMs: 120 } });
    await setDraft(el, 'in flight');
    const sent = oneEvent(el, 'hd-reply-sent');
    await clickSend(el);
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal('in flight');
    expect(textarea(el).readOnly).to.equal(true);
    await sent;
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal(undefined);
  });
});
