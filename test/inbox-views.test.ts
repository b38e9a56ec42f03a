import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  ME,
  button,
  chip,
  chipLabels,
  inboxData,
  loaded,
  maybeButton,
  mountInbox,
  rowIds,
  text,
  wrap,
} from './inbox-helpers.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdViewChangeEvent } from '../src/events/index.js';
import type { SavedView } from '../src/adapter/types.js';

const BUILT_INS = ['My open', 'Unassigned', 'Overdue', 'High', 'All open'];

/** t-1..t-3 tagged vpn, t-4 in team-security with high priority, t-5 pending. */
const data = () => {
  const d = inboxData(8, (t, i) => {
    if (i < 3) t.tags = ['vpn'];
    if (i === 3) {
      t.teamId = 'team-security';
      t.priority = 'high';
    }
    if (i === 4) t.status = 'pending';
  });
  d.savedViews = [{ id: 'sv-vpn', name: 'VPN issues', filter: { tags: ['vpn'] } }];
  return d;
};

const editor = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="view-editor"]')!;
const field = (root: ShadowRoot, name: string) =>
  editor(root).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

async function openEditor(root: ShadowRoot, trigger: string) {
  button(root, trigger).click();
  await waitUntil(() => editor(root).matches(':popover-open'), `${trigger} opens the editor`);
  await waitUntil(() => root.activeElement === field(root, 'name'), 'name field focused');
}

async function fill(root: ShadowRoot, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = field(root, name);
    input.focus();
    input.select();
    await sendKeys({ type: value });
  }
}

async function save(inbox: HdInbox, root: ShadowRoot) {
  button(root, 'Save view').click();
  await waitUntil(() => !editor(root).matches(':popover-open'), 'editor closes');
  await loaded(inbox);
}

describe('<hd-inbox> custom saved views', () => {
  it('shows the backend saved views as chips after the built-in ones, with counts', async () => {
    const { inbox, root } = await mountInbox({ data: data() });
    await waitUntil(() => chipLabels(root).length === 6);
    expect(chipLabels(root)).to.deep.equal([...BUILT_INS, 'VPN issues']);
    await waitUntil(() => text(chip(root, 'VPN issues')) === 'VPN issues 3');
    chip(root, 'VPN issues').click();
    await loaded(inbox);
    expect(rowIds(root)).to.deep.equal(['t-1', 't-2', 't-3']);
    expect(inbox.view).to.equal('saved:sv-vpn');
  });

  it('creates a view through adapter.saveView, filtered by team, status and priority', async () => {
    const { inbox, root, adapter } = await mountInbox({ data: data() });
    await waitUntil(() => chipLabels(root).length === 6);
    await openEditor(root, 'New view');
    await fill(root, { name: 'Security hot', team: 'team-security' });
    editor(root).querySelector<HTMLInputElement>('input[name="priority"][value="high"]')!.click();
    const changed = oneEvent(inbox, 'hd-view-change') as Promise<HdViewChangeEvent>;
    await save(inbox, root);
    const saved = adapter.snapshot().savedViews.find((v) => v.name === 'Security hot')!;
    expect(saved.filter).to.deep.equal({ teamId: 'team-security', priority: ['high'] });
    expect((await changed).detail.view).to.equal(`saved:${saved.id}`);
    expect(chipLabels(root)).to.deep.equal([...BUILT_INS, 'VPN issues', 'Security hot']);
    expect(chip(root, 'Security hot').getAttribute('aria-selected')).to.equal('true');
    await loaded(inbox);
    expect(rowIds(root)).to.deep.equal(['t-4']);
  });

  it('renames and deletes a view', async () => {
    const { inbox, root, adapter } = await mountInbox({ data: data(), view: 'saved:sv-vpn' });
    await waitUntil(() => maybeButton(root, 'Edit view'));
    await openEditor(root, 'Edit view');
    expect(field(root, 'name').value).to.equal('VPN issues');
    expect(field(root, 'tags').value).to.equal('vpn');
    await fill(root, { name: 'VPN & remote access' });
    await save(inbox, root);
    expect(chipLabels(root)).to.include('VPN & remote access');
    expect(adapter.snapshot().savedViews[0].name).to.equal('VPN & remote access');
    expect(inbox.view).to.equal('saved:sv-vpn');

    await openEditor(root, 'Edit view');
    const changed = oneEvent(inbox, 'hd-view-change') as Promise<HdViewChangeEvent>;
    button(root, 'Delete view').click();
    expect((await changed).detail.view).to.equal('my_open');
    await loaded(inbox);
    expect(chipLabels(root)).to.deep.equal(BUILT_INS);
    expect(adapter.snapshot().savedViews).to.deep.equal([]);
    expect(maybeButton(root, 'Edit view')).to.equal(undefined);
    expect(root.activeElement, 'focus is not lost').to.exist;
  });

  it('shows a save failure from the adapter in the editor', async () => {
    const adapter = createMemoryAdapter({
      data: data(),
      failures: { methods: ['saveView'], code: 'forbidden', message: 'Views are read-only here' },
    });
    const { root } = await mountInbox({ adapter });
    await openEditor(root, 'New view');
    await fill(root, { name: 'Mine', tags: 'vpn' });
    button(root, 'Save view').click();
    await waitUntil(() => editor(root).querySelector('[role="alert"]'));
    expect(text(editor(root).querySelector('[role="alert"]'))).to.equal('Views are read-only here');
    expect(editor(root).matches(':popover-open')).to.equal(true);
  });

  describe('without backend support (StateStore)', () => {
    /** The memory adapter minus saved-view support. */
    const plain = (base: MemoryAdapter) =>
      wrap(base, { saveView: undefined, listSavedViews: undefined, deleteView: undefined });

    it('stores personal views per agent, queries them by their filter key, keeps them on reload', async () => {
      const base = createMemoryAdapter({ data: data() });
      const first = await mountInbox({ adapter: base, use: plain(base) });
      expect(chipLabels(first.root)).to.deep.equal(BUILT_INS);
      await openEditor(first.root, 'New view');
      expect(editor(first.root).querySelector('input[name="status"]')).to.be.null;
      await fill(first.root, { name: 'Tag: vpn', tags: 'vpn', team: 'team-network' });
      button(first.root, 'Save view').click();
      await waitUntil(() => editor(first.root).querySelector('[role="alert"]'));
      expect(text(editor(first.root).querySelector('[role="alert"]'))).to.equal(
        'Personal views filter by one tag, one team or one project.',
      );
      field(first.root, 'team').value = ''; // one filter only
      await save(first.inbox, first.root);
      const stored = first.store.get<SavedView[]>(`saved-views:${ME}`)!;
      expect(stored.map((v) => [v.name, v.filter])).to.deep.equal([
        ['Tag: vpn', { tags: ['vpn'] }],
      ]);
      expect(rowIds(first.root)).to.deep.equal(['t-1', 't-2', 't-3']);
      const queries = base.calls.filter((c) => c.method === 'listTickets').map((c) => c.args[0]);
      expect(queries.at(-1)).to.include({ view: 'by_tag:vpn' });
      expect(base.calls.some((c) => c.method === 'saveView')).to.equal(false);
      const view = first.inbox.view;
      first.inbox.closest('div')!.remove();

      const again = await mountInbox({ adapter: base, use: plain(base), store: first.store, view });
      expect(chipLabels(again.root)).to.deep.equal([...BUILT_INS, 'Tag: vpn']);
      expect(rowIds(again.root)).to.deep.equal(['t-1', 't-2', 't-3']);
      await waitUntil(() => text(chip(again.root, 'Tag: vpn')) === 'Tag: vpn 3');

      await openEditor(again.root, 'Edit view');
      button(again.root, 'Delete view').click();
      await loaded(again.inbox);
      expect(chipLabels(again.root)).to.deep.equal(BUILT_INS);
      expect(first.store.get(`saved-views:${ME}`)).to.equal(undefined);
    });
  });
});
