import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import type { HdActionExecutedEvent } from '../src/events/index.js';
import {
  $,
  ADA_TICKET,
  alerts,
  button,
  calls,
  chord,
  clickSend,
  confirmation,
  focused,
  mount,
  pressOn,
  sendButton,
  setDraft,
  textarea,
  type,
} from './composer-helpers.js';
import type { HdComposer } from '../src/components/composer/composer.js';

const preview = (el: HdComposer) => $(el, 'section[aria-label="AI suggestion"]');
const popover = (el: HdComposer) => $(el, '[part="macro-popover"]');
const options = (el: HdComposer) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]:not([aria-disabled])')].map((o) =>
    o.textContent!.trim(),
  );

describe('<hd-composer> AI assist', () => {
  it('is hidden when the adapter has no assist()', async () => {
    const adapter = createMemoryAdapter();
    Object.assign(adapter, { assist: undefined });
    const { el } = await mount({ adapter });
    expect(button(el, 'Draft')).to.equal(undefined);
    expect(button(el, 'Refine')).to.equal(undefined);
  });

  it('Draft fills a preview; the draft changes only on Accept, and Undo restores it', async () => {
    const { el, adapter, store } = await mount();
    await setDraft(el, 'my own words');
    button(el, 'Draft')!.click();
    await waitUntil(() => preview(el));
    const suggestion = preview(el)!.querySelector('.assist-text')!.textContent!;
    expect(suggestion).to.contain('Hi Ada');
    expect(textarea(el).value).to.equal('my own words');
    const [call] = calls(adapter, 'assist');
    expect(call.args[0]).to.deep.equal({
      ticketId: ADA_TICKET,
      mode: 'draft',
      target: 'reply',
      text: 'my own words',
    });

    button(el, 'Accept')!.click();
    await el.updateComplete;
    expect(preview(el)).to.equal(null);
    expect(textarea(el).value).to.equal(suggestion);
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal(suggestion);

    button(el, 'Undo')!.click();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('my own words');
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal('my own words');
    expect(button(el, 'Undo')).to.equal(undefined);
  });

  it('Refine sends the draft; Edit lets the agent change the suggestion before accepting', async () => {
    const { el, adapter } = await mount();
    expect(button(el, 'Refine')!.disabled).to.equal(true);
    await setDraft(el, 'i restarted the vpn gateway');
    button(el, 'Refine')!.click();
    await waitUntil(() => preview(el));
    expect(calls(adapter, 'assist')[0].args[0]).to.deep.include({ mode: 'refine' });
    button(el, 'Edit')!.click();
    await el.updateComplete;
    const edit = $<HTMLTextAreaElement>(el, 'textarea[aria-label="Edit AI suggestion"]')!;
    await waitUntil(() => el.shadowRoot!.activeElement === edit);
    edit.select();
    await sendKeys({ type: 'Edited by the agent.' });
    button(el, 'Accept')!.click();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('Edited by the agent.');
  });

  it('Discard leaves the draft untouched', async () => {
    const { el } = await mount();
    await setDraft(el, 'keep');
    button(el, 'Draft')!.click();
    await waitUntil(() => preview(el));
    button(el, 'Discard')!.click();
    await el.updateComplete;
    expect(preview(el)).to.equal(null);
    expect(textarea(el).value).to.equal('keep');
  });

  it('an assist error is shown and the draft stays as it was', async () => {
    const { el, store } = await mount({
      adapterOptions: {
        failures: { methods: ['assist'], code: 'unavailable', message: 'AI quota exceeded' },
      },
    });
    await setDraft(el, 'untouched');
    button(el, 'Draft')!.click();
    await waitUntil(() => alerts(el).length);
    expect(alerts(el)[0]).to.contain('AI assist failed: AI quota exceeded');
    expect(textarea(el).value).to.equal('untouched');
    expect(store.get(`draft:${ADA_TICKET}:reply`)).to.equal('untouched');
  });

  it('keyboard focus stays on Draft while it is busy, then moves to the draft after Accept / Discard / Undo', async () => {
    const adapter = createMemoryAdapter();
    const assist = adapter.assist!.bind(adapter);
    let release!: () => void;
    let asked = 0;
    adapter.assist = async (...args) => {
      asked++;
      await new Promise<void>((resolve) => (release = resolve));
      return assist(...args);
    };
    const { el } = await mount({ adapter });
    await setDraft(el, 'my words');
    const draft = button(el, 'Draft')!;
    await pressOn(el, draft);
    expect($(el, '[part="assist"]')!.textContent).to.contain('Drafting');
    expect(draft.getAttribute('aria-disabled')).to.equal('true');
    expect(focused()).to.equal(draft);
    await sendKeys({ press: 'Enter' }); // busy: ignored
    expect(asked).to.equal(1);
    release();
    await waitUntil(() => preview(el));
    expect(focused()).to.equal(draft);
    expect(draft.hasAttribute('aria-disabled')).to.equal(false);

    await pressOn(el, button(el, 'Accept')!);
    expect(preview(el)).to.equal(null);
    expect(focused()).to.equal(textarea(el));
    expect(textarea(el).value).to.contain('Hi Ada');

    await pressOn(el, button(el, 'Undo')!);
    expect(textarea(el).value).to.equal('my words');
    expect(focused()).to.equal(textarea(el));

    await pressOn(el, button(el, 'Draft')!);
    release();
    await waitUntil(() => preview(el));
    await pressOn(el, button(el, 'Discard')!);
    expect(preview(el)).to.equal(null);
    expect(focused()).to.equal(textarea(el));
    expect(textarea(el).value).to.equal('my words');
  });

  it('after "Try again" or "Dismiss" on an assist error, focus is in the draft', async () => {
    const { el, adapter } = await mount({
      adapterOptions: { failures: { methods: ['assist'], code: 'unavailable' } },
    });
    await pressOn(el, button(el, 'Draft')!);
    await waitUntil(() => button(el, 'Try again'));
    await pressOn(el, button(el, 'Try again')!);
    expect(focused()).to.equal(textarea(el));
    await waitUntil(() => calls(adapter, 'assist').length === 2 && button(el, 'Dismiss'));
    await pressOn(el, button(el, 'Dismiss')!);
    expect($(el, '[part="assist"]')).to.equal(null);
    expect(focused()).to.equal(textarea(el));
  });

  it('Alt+N from a suggestion control moves focus to the note field (the suggestion goes)', async () => {
    const { el } = await mount();
    button(el, 'Draft')!.click();
    await waitUntil(() => preview(el));
    button(el, 'Accept')!.focus();
    await chord('Alt', 'n');
    await el.updateComplete;
    expect(el.mode).to.equal('note');
    expect(preview(el)).to.equal(null);
    expect(focused()).to.equal(textarea(el));
  });

  it('on a right-to-left page an English suggestion reads left to right (",Hi Ada" was shown)', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const { el } = await mount();
      button(el, 'Draft')!.click();
      await waitUntil(() => preview(el));
      const text = preview(el)!.querySelector('.assist-text')!;
      expect(getComputedStyle(text).direction).to.equal('ltr');
      button(el, 'Edit')!.click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '.assist-edit')!).direction).to.equal('ltr');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('note mode asks for a note-targeted suggestion', async () => {
    const { el, adapter } = await mount({ mode: 'note' });
    button(el, 'Draft')!.click();
    await waitUntil(() => preview(el));
    expect(calls(adapter, 'assist')[0].args[0]).to.deep.include({ target: 'note' });
  });

  it('"/note …" in Reply is refined as a note and stays a note after Accept (never emailed)', async () => {
    const { el, adapter } = await mount();
    await setDraft(el, '/note customer was rude, refund denied');
    button(el, 'Refine')!.click();
    await waitUntil(() => preview(el));
    expect(calls(adapter, 'assist')[0].args[0]).to.deep.include({
      mode: 'refine',
      target: 'note',
      text: 'customer was rude, refund denied',
    });
    // the memory adapter adds no greeting to a note: the suggestion is the tidied note
    expect(preview(el)!.querySelector('.assist-text')!.textContent).to.equal(
      'Customer was rude, refund denied.',
    );
    button(el, 'Accept')!.click();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('/note Customer was rude, refund denied.');
    expect(sendButton(el).textContent!.trim()).to.equal('Add note');
    await clickSend(el);
    await waitUntil(() => calls(adapter, 'addInternalNote').length === 1);
    expect(calls(adapter, 'addInternalNote')[0].args[1]).to.deep.include({
      body: 'Customer was rude, refund denied.',
    });
    expect(calls(adapter, 'sendReply')).to.have.length(0);
  });

  it('"/note" then Draft in Reply asks for a note draft and keeps the command', async () => {
    const { el, adapter } = await mount();
    await setDraft(el, '/note ');
    button(el, 'Draft')!.click();
    await waitUntil(() => preview(el));
    expect(calls(adapter, 'assist')[0].args[0]).to.deep.include({ mode: 'draft', target: 'note' });
    button(el, 'Accept')!.click();
    await el.updateComplete;
    expect(textarea(el).value).to.match(/^\/note Summary: /);
    expect(sendButton(el).textContent!.trim()).to.equal('Add note');
  });

  it('a mistyped command ("/nte …") is not sent to AI assist, whose rewrite would email it', async () => {
    const { el, adapter } = await mount();
    await setDraft(el, '/nte customer was rude');
    button(el, 'Refine')!.click();
    await waitUntil(() => alerts(el).some((a) => a.includes('/nte')));
    expect(calls(adapter, 'assist')).to.have.length(0);
    expect(textarea(el).value).to.equal('/nte customer was rude');
  });
});

describe('<hd-composer> macros', () => {
  it('no Macros button when the adapter has no listMacros()', async () => {
    const adapter = createMemoryAdapter();
    Object.assign(adapter, { listMacros: undefined });
    const { el } = await mount({ adapter });
    expect(button(el, 'Macros')).to.equal(undefined);
    // the hint does not offer what is not there
    expect($<HTMLTextAreaElement>(el, 'textarea')!.placeholder).to.equal(
      'Write a reply… (/note to add an internal note)',
    );
    await type(el, '/');
    expect(popover(el)).to.equal(null);
  });

  it('the picker is searchable and previews text and field changes', async () => {
    const { el } = await mount();
    button(el, 'Macros')!.click();
    await waitUntil(() => options(el).length);
    const search = $<HTMLInputElement>(el, 'input[aria-label="Search macros"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(search);
    expect(button(el, 'Macros')!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ type: 'escalate' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['Escalate to network team']);
    const prev = $(el, '.macro-preview')!.textContent!.replace(/\s+/g, ' ');
    expect(prev).to.contain("I've escalated this to our network team");
    expect(prev).to.contain('Priority → High');
    expect(prev).to.match(/Assignee → \S+/);
    expect(prev).not.to.contain('agent-jonas');
  });

  it('inserting puts the text in the draft for editing; field changes apply through the executor on send', async () => {
    const { el, adapter } = await mount();
    const audit: HdActionExecutedEvent[] = [];
    el.addEventListener('hd-action-executed', (e) => audit.push(e));
    button(el, 'Macros')!.click();
    await waitUntil(() => options(el).length);
    await sendKeys({ type: 'resolved' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(popover(el)).to.equal(null);
    expect(textarea(el).value).to.contain('This should be fixed now.');
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
    expect($(el, '[part="pending-macro"]')!.textContent).to.contain('Status → Resolved');
    // nothing applied yet
    expect(calls(adapter, 'updateTicket')).to.have.length(0);

    await sendKeys({ type: ' Thanks, Sam' });
    const sent = oneEvent(el, 'hd-reply-sent');
    await clickSend(el);
    await sent;
    await waitUntil(() => calls(adapter, 'updateTicket').length === 1);
    await waitUntil(() => confirmation(el).includes('applied'));
    const body = (calls(adapter, 'sendReply')[0].args[1] as { body: string }).body;
    expect(body).to.match(/This should be fixed now\..* Thanks, Sam$/s);
    const [update] = calls(adapter, 'updateTicket');
    expect(update.args.slice(0, 2)).to.deep.equal([ADA_TICKET, { status: 'resolved' }]);
    expect(update.args[2]).to.deep.include({ origin: 'composer' });
    expect(audit.map((e) => e.detail.action)).to.deep.equal(['send_reply', 'apply_macro']);
    expect((await adapter.getTicket(ADA_TICKET)).status).to.equal('resolved');
  });

  it('clicking an option with the mouse inserts it', async () => {
    const { el } = await mount();
    button(el, 'Macros')!.click();
    await waitUntil(() => options(el).length);
    const option = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
      o.textContent!.includes('Ask to restart'),
    )!;
    const { x, y, width, height } = option.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(x + width / 2), Math.round(y + height / 2)],
    });
    await el.updateComplete;
    expect(popover(el)).to.equal(null);
    expect(textarea(el).value).to.contain('Could you please restart the device');
  });

  it('"Don\'t apply" drops the field changes but keeps the text', async () => {
    const { el, adapter } = await mount();
    button(el, 'Macros')!.click();
    await waitUntil(() => options(el).length);
    await sendKeys({ type: 'waiting' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await pressOn(el, button(el, "Don't apply")!);
    expect($(el, '[part="pending-macro"]')).to.equal(null);
    expect(focused(), 'focus moves to the draft').to.equal(textarea(el));
    const sent = oneEvent(el, 'hd-reply-sent');
    await clickSend(el);
    await sent;
    expect(calls(adapter, 'updateTicket')).to.have.length(0);
  });

  it('a failed macro apply is shown with Retry (the reply itself was sent)', async () => {
    const { el, adapter } = await mount({
      adapterOptions: {
        failures: { methods: ['updateTicket'], code: 'conflict', message: 'Ticket was changed' },
      },
    });
    button(el, 'Macros')!.click();
    await waitUntil(() => options(el).length);
    await sendKeys({ type: 'resolved' });
    await sendKeys({ press: 'Enter' });
    await clickSend(el);
    await waitUntil(() => $(el, '[part="macro-error"]'));
    expect($(el, '[part="macro-error"]')!.textContent).to.contain('Ticket was changed');
    expect(calls(adapter, 'sendReply')).to.have.length(1);
    adapter.setFailures(undefined);
    await pressOn(el, button(el, 'Retry macro')!);
    await waitUntil(() => !$(el, '[part="macro-error"]'));
    expect(calls(adapter, 'updateTicket')).to.have.length(2);
    expect(focused(), 'focus moves to the Send button').to.equal(sendButton(el));
  });

  it('Retry after a failed macro list load keeps focus in the search field', async () => {
    const { el, adapter } = await mount({
      adapterOptions: { failures: { methods: ['listMacros'], code: 'network' } },
    });
    button(el, 'Macros')!.click();
    await waitUntil(() => button(el, 'Retry'));
    adapter.setFailures(undefined);
    await pressOn(el, button(el, 'Retry')!);
    await waitUntil(() => options(el).length);
    expect(focused()).to.equal($(el, 'input[aria-label="Search macros"]'));
  });

  it('Tab from the search field closes the picker and goes on to Draft; Shift+Tab back to Macros', async () => {
    const { el } = await mount();
    const search = () => $<HTMLInputElement>(el, 'input[aria-label="Search macros"]');
    await pressOn(el, button(el, 'Macros')!);
    await waitUntil(() => options(el).length && focused() === search());
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(popover(el), 'closed').to.equal(null);
    expect(focused()).to.equal(button(el, 'Draft'));
    expect(button(el, 'Macros')!.getAttribute('aria-expanded')).to.equal('false');

    await pressOn(el, button(el, 'Macros')!);
    await waitUntil(() => options(el).length && focused() === search());
    await chord('Shift', 'Tab');
    await el.updateComplete;
    expect(popover(el), 'closed').to.equal(null);
    expect(focused()).to.equal(button(el, 'Macros'));
  });

  it('"/" at the start of a line opens the picker; typing filters; Enter replaces the /query', async () => {
    const { el } = await mount();
    await type(el, 'Hello Ada,\n/rest');
    await waitUntil(() => options(el).length);
    expect(options(el)).to.deep.equal(['Ask to restart the device']);
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
    expect(textarea(el).getAttribute('aria-activedescendant')).to.equal('macro-opt-0');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textarea(el).value).to.equal(
      'Hello Ada,\nCould you please restart the device and let me know if the problem persists? A full restart (not sleep) clears most stuck sessions.',
    );
    expect(popover(el)).to.equal(null);
  });

  it('"/" mid-line does not open it, and "/note " closes it', async () => {
    const { el } = await mount();
    await type(el, 'a/b');
    expect(popover(el)).to.equal(null);
    await setDraft(el, '');
    await type(el, '/note');
    expect(popover(el)).to.exist;
    await type(el, ' x');
    expect(popover(el)).to.equal(null);
  });

  it('Escape closes the picker without reaching an enclosing dialog', async () => {
    const { el } = await mount();
    const outside: string[] = [];
    const onKey = (e: KeyboardEvent) => outside.push(e.key);
    document.addEventListener('keydown', onKey);
    try {
      button(el, 'Macros')!.click();
      await waitUntil(() => options(el).length);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(popover(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Macros'));
      await type(el, '/');
      await waitUntil(() => popover(el));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(popover(el)).to.equal(null);
      expect(outside).not.to.include('Escape');
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('the popover is positioned next to its anchor with floating-ui', async () => {
    const { el } = await mount();
    button(el, 'Macros')!.click();
    await waitUntil(() => options(el).length);
    const pop = popover(el)!;
    await waitUntil(() => pop.style.top !== '');
    const anchor = button(el, 'Macros')!.getBoundingClientRect();
    const rect = pop.getBoundingClientRect();
    const below = Math.abs(rect.top - anchor.bottom - 4) < 2;
    const above = Math.abs(rect.bottom - anchor.top + 4) < 2;
    expect(below || above).to.equal(true);
  });

  it('a list that loads late is fully visible: the picker flips above when it grows', async () => {
    const before = { width: window.innerWidth, height: window.innerHeight };
    await setViewport({ width: 375, height: 800 });
    try {
      const adapter = createMemoryAdapter();
      const listMacros = adapter.listMacros.bind(adapter);
      let release!: () => void;
      const loaded = new Promise<void>((resolve) => (release = resolve));
      adapter.listMacros = async (opts) => {
        await loaded;
        return listMacros(opts);
      };
      const { el } = await mount({ adapter });
      // room below the field for the "Loading…" line but not for the list; plenty above
      const ta = textarea(el);
      const spacer = (window.innerHeight - 230 - ta.getBoundingClientRect().bottom) | 0;
      el.style.marginTop = `${spacer}px`;
      expect(window.innerHeight - ta.getBoundingClientRect().bottom).to.be.within(200, 260);
      await type(el, '/');
      await waitUntil(() => $(el, '.macro-status'));
      release();
      await waitUntil(() => options(el).length === 5);
      const fullyVisible = () => {
        const pop = popover(el)!.getBoundingClientRect();
        const list = $(el, '.macro-list')!.getBoundingClientRect();
        const inside = (r: DOMRect, box: { top: number; bottom: number }) =>
          r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        return (
          inside(pop, { top: 0, bottom: window.innerHeight }) &&
          inside(list, pop) &&
          [...el.shadowRoot!.querySelectorAll('.macro-option')].every((o) =>
            inside(o.getBoundingClientRect(), list),
          )
        );
      };
      await waitUntil(fullyVisible, 'the late list is cut off', { timeout: 2000 });
      // above the field, where there is room, rather than squeezed below it
      expect(popover(el)!.getBoundingClientRect().bottom).to.be.at.most(
        ta.getBoundingClientRect().top,
      );
    } finally {
      await setViewport(before);
    }
  });

  it('stops following the page (floating-ui autoUpdate) when closed or removed, also after re-placing a late list', async () => {
    const adds: unknown[] = [];
    const removes: unknown[] = [];
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (
      this: Window,
      ...args: Parameters<Window['addEventListener']>
    ) {
      if (args[0] === 'resize') adds.push(args[1]);
      return add.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (
      this: Window,
      ...args: Parameters<Window['removeEventListener']>
    ) {
      if (args[0] === 'resize') removes.push(args[1]);
      return remove.apply(this, args);
    } as Window['removeEventListener'];
    try {
      const adapter = createMemoryAdapter({ latencyMs: 50 });
      const { el } = await mount({ adapter });
      await type(el, '/');
      await waitUntil(() => options(el).length);
      await el.updateComplete;
      // placed for "Loading…", then again for the list: the first placement was stopped
      expect(removes.length).to.be.greaterThan(0);
      expect(adds).to.include.members(removes);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(popover(el)).to.equal(null);
      expect(removes).to.have.members(adds);
      await setDraft(el, '');
      await type(el, '/');
      await waitUntil(() => options(el).length);
      el.remove();
      expect(removes).to.have.members(adds);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });

  it('tears down the outside-click listener when closed or removed', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const origAdd = document.addEventListener;
    const origRemove = document.removeEventListener;
    document.addEventListener = function (
      this: Document,
      ...args: Parameters<Document['addEventListener']>
    ) {
      added.push(args[0]);
      return origAdd.apply(this, args);
    } as Document['addEventListener'];
    document.removeEventListener = function (
      this: Document,
      ...args: Parameters<Document['removeEventListener']>
    ) {
      removed.push(args[0]);
      return origRemove.apply(this, args);
    } as Document['removeEventListener'];
    try {
      const { el } = await mount();
      button(el, 'Macros')!.click();
      await waitUntil(() => options(el).length);
      expect(added.filter((t) => t === 'pointerdown')).to.have.length(1);
      el.remove();
      expect(removed.filter((t) => t === 'pointerdown')).to.have.length(1);
    } finally {
      document.addEventListener = origAdd;
      document.removeEventListener = origRemove;
    }
  });

  it('keyboard: Ctrl+Enter still sends while the / picker is open', async () => {
    const { el, adapter } = await mount();
    await type(el, '/zzz');
    const sent = oneEvent(el, 'hd-reply-sent');
    await chord('Control', 'Enter');
    await sent;
    expect(calls(adapter, 'sendReply')[0].args[1]).to.deep.equal({ body: '/zzz' });
  });
});
