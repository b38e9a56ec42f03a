import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  button,
  expectFocus,
  checkbox,
  chip,
  inboxData,
  loaded,
  mountInbox,
  row,
  rowIds,
  status,
  text,
} from './inbox-helpers.js';
import type { HdTicketOpenEvent, HdViewChangeEvent } from '../src/events/index.js';

/** Presses a key while Shift is held (puppeteer has no 'Shift+X' shorthand). */
async function shifted(key: string) {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

const openButton = (root: ShadowRoot, id: string) => row(root, id).querySelector('.open');
const focusedRowId = (root: ShadowRoot) =>
  (root.activeElement?.closest('li[data-id]') as HTMLElement | null)?.dataset.id;
const checkedIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLInputElement>('.list .check')]
    .filter((c) => c.checked)
    .map((c) => (c.closest('li') as HTMLElement).dataset.id);

describe('<hd-inbox> keyboard', () => {
  it('the list is one tab stop (roving tabindex); j/k and arrows move the row focus', async () => {
    const { root } = await mountInbox();
    root.querySelector<HTMLInputElement>('.select-page')!.focus();
    await sendKeys({ press: 'Tab' });
    expectFocus(root, openButton(root, 't-1'));
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRowId(root)).to.equal('t-3');
    await sendKeys({ press: 'k' });
    expect(focusedRowId(root)).to.equal('t-2');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' }); // stays on the first row
    expect(focusedRowId(root)).to.equal('t-1');
    await sendKeys({ press: 'End' });
    expect(focusedRowId(root)).to.equal('t-10');
    expect(root.querySelectorAll('.list .open[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.closest('.list')).to.be.null; // Tab leaves the list
    await shifted('Tab');
    expect(focusedRowId(root)).to.equal('t-10'); // and comes back to the same row
  });

  it('x and Space toggle, Shift+x selects a range', async () => {
    const { inbox, root } = await mountInbox();
    (openButton(root, 't-2') as HTMLElement).focus();
    await sendKeys({ press: 'x' });
    await inbox.updateComplete;
    expect(checkedIds(root)).to.deep.equal(['t-2']);
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'Space' });
    await inbox.updateComplete;
    expect(checkedIds(root)).to.deep.equal(['t-2', 't-3']);
    await sendKeys({ press: 'Space' });
    await inbox.updateComplete;
    expect(checkedIds(root)).to.deep.equal(['t-2']);
    await sendKeys({ press: 'k' });
    await sendKeys({ press: 'x' }); // anchor on t-2 (deselects it)
    await sendKeys({ press: 'x' }); // selects t-2 again, anchor stays
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'j' });
    await shifted('x');
    await inbox.updateComplete;
    expect(checkedIds(root)).to.deep.equal(['t-2', 't-3', 't-4', 't-5']);
    expect(text(root.querySelector('.selected-count'))).to.equal('4 selected');
    expect(focusedRowId(root)).to.equal('t-5'); // Space did not open or scroll anything away
  });

  it('tells a screen reader how many tickets are selected after x, Shift+x and clearing', async () => {
    const { inbox, root } = await mountInbox();
    const note = root.querySelector('.selection-note')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(text(note), 'nothing said before the agent selects').to.equal('');
    const said: string[] = [];
    new MutationObserver(() => said.push(text(note))).observe(note, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    (openButton(root, 't-2') as HTMLElement).focus();
    await sendKeys({ press: 'x' });
    await inbox.updateComplete;
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'j' });
    await shifted('x');
    await inbox.updateComplete;
    button(root, 'Clear selection').click();
    await inbox.updateComplete;
    expect(said.filter(Boolean)).to.deep.equal(['1 selected', '3 selected', 'Selection cleared']);
  });

  it('Enter opens the focused ticket', async () => {
    const { inbox, root } = await mountInbox();
    (openButton(root, 't-4') as HTMLElement).focus();
    const opened = oneEvent(inbox, 'hd-ticket-open') as Promise<HdTicketOpenEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.ticketId).to.equal('t-4');
  });

  it('/ focuses the view chips; arrows move between them; Enter picks one', async () => {
    const { inbox, root } = await mountInbox();
    (openButton(root, 't-1') as HTMLElement).focus();
    await sendKeys({ press: '/' });
    expectFocus(root, chip(root, 'My open'));
    await sendKeys({ press: 'ArrowRight' });
    expectFocus(root, chip(root, 'Unassigned'));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' }); // wraps to the last chip
    expectFocus(root, chip(root, 'All open'));
    const changed = oneEvent(inbox, 'hd-view-change') as Promise<HdViewChangeEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.view).to.equal('all_open');
    await loaded(inbox);
    expectFocus(root, chip(root, 'All open'));
    expect(chip(root, 'All open').getAttribute('aria-selected')).to.equal('true');
    expect(chip(root, 'All open').tabIndex).to.equal(0);
  });

  it('? opens the shortcut help next to its button; Escape closes it', async () => {
    const { root } = await mountInbox();
    (openButton(root, 't-1') as HTMLElement).focus();
    await sendKeys({ type: '?' }); // (puppeteer's press cannot do '?')
    const help = root.querySelector<HTMLElement>('[part="help"]')!;
    await waitUntil(() => help.matches(':popover-open'));
    expect(help.getAttribute('role')).to.equal('dialog');
    expect(text(help)).to.include('Keyboard shortcuts');
    expect(text(help)).to.include('Open the next unread ticket');
    await waitUntil(() => help.style.top !== '', 'positioned by floating-ui');
    const trigger = button(root, 'Keyboard shortcuts').getBoundingClientRect();
    const box = help.getBoundingClientRect();
    expect(Math.abs(box.top - trigger.bottom)).to.be.below(20);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !help.matches(':popover-open'));
    expectFocus(root, openButton(root, 't-1'));
  });

  it('focus stays in the inbox after a bulk action started from the keyboard', async () => {
    const { inbox, root } = await mountInbox({ data: inboxData(5) });
    (openButton(root, 't-2') as HTMLElement).focus();
    await sendKeys({ press: 'x' });
    await inbox.updateComplete;
    button(root, 'Close').focus();
    const completed = oneEvent(inbox, 'hd-bulk-action-completed');
    await sendKeys({ press: 'Enter' });
    await completed;
    await loaded(inbox);
    await waitUntil(() => !rowIds(root).includes('t-2'));
    expect(root.activeElement!.closest('.list')).to.exist;
    expect(document.activeElement === inbox, 'the page focus is the inbox').to.equal(true);
  });
});

describe('<hd-inbox> next unread', () => {
  const data = () =>
    inboxData(25, (t, i) => {
      if ([2, 4, 13].includes(i)) t.unread = true; // t-3, t-5, t-14 (page 2)
    });

  it('opens unread tickets in view order, across pages, wrapping, skipping watched ones', async () => {
    const { inbox, root, adapter } = await mountInbox({ data: data() });
    adapter.emit({ type: 'presence', ticketId: 't-5', agentId: 'agent-priya', state: 'viewing' });
    const opened: string[] = [];
    inbox.addEventListener('hd-ticket-open', (e) => opened.push(e.detail.ticketId));

    button(root, 'Next unread').click();
    await waitUntil(() => opened.length === 1);
    expect(opened).to.deep.equal(['t-3']);
    await inbox.updateComplete;
    expect(focusedRowId(root)).to.equal('t-3');

    await sendKeys({ press: 'n' }); // t-5 is being viewed by Priya: skipped
    await waitUntil(() => opened.length === 2);
    expect(opened[1]).to.equal('t-14');
    await waitUntil(() => focusedRowId(root) === 't-14');
    expect(inbox.page).to.equal(2);

    await sendKeys({ press: 'n' }); // wraps to the top
    await waitUntil(() => opened.length === 3);
    expect(opened[2]).to.equal('t-3');
    await waitUntil(() => focusedRowId(root) === 't-3');
    expect(inbox.page).to.equal(1);
  });

  it('says so when nothing is unread', async () => {
    const { root } = await mountInbox({ data: inboxData(3) });
    button(root, 'Next unread').click();
    await waitUntil(() => status(root).includes('No unread tickets in this view.'));
    expect(checkbox(root, 't-1').checked).to.equal(false);
  });
});
