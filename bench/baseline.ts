/**
 * The vanilla-DOM baseline: hand-written createElement / textContent code producing the same
 * markup as `<hd-inbox>`'s views bar, rows, list header, pagination and bulk footer, and as
 * `<hd-peek-thread>`'s thread items, in a shadow root with the same adopted stylesheets, fed
 * by the same adapter calls. It is what the elements are compared against ("≤ 1.25× the
 * vanilla baseline"). It deliberately has no framework, no reactive state and no extras
 * (no help or view-editor popovers, no keyboard model): the cheapest code that puts the same
 * pixels on screen.
 */
import {
  BUILT_IN_VIEWS,
  type HelpdeskAdapter,
  type ThreadItem,
  type TicketSummary,
} from '../src/adapter/types.js';
import type { CSSResultOrNative } from 'lit';
import { adoptStyles } from 'lit';
import { formatAbsoluteTime, formatBytes, formatRelativeTime } from '../src/model/format.js';
import { ticketSlaState } from '../src/model/sla.js';
import { VIEW_LABELS } from '../src/model/views.js';
import { hostStyles } from '../src/tokens/host-styles.js';
import { inboxStyles } from '../src/components/inbox/inbox.styles.js';
import { popoverStyles } from '../src/components/inbox/popover.styles.js';
import { HdPeekThread } from '../src/components/ticket-peek/thread.js';

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  attrs?: Attrs,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (attrs) for (const name in attrs) node.setAttribute(name, attrs[name]);
  if (text !== undefined) node.textContent = text;
  return node;
}

function shadowHost(parent: HTMLElement, styles: CSSResultOrNative[]): ShadowRoot {
  const host = el('div', 'vanilla-host');
  parent.append(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, styles);
  return root;
}

// ---- inbox --------------------------------------------------------------------------------

const GLYPHS: Record<string, string> = { urgent: '⇈', high: '↑', normal: '–', low: '↓' };

function flag(kind: string, label: string, text: string) {
  return el('span', `flag ${kind}`, { role: 'img', 'aria-label': label, title: label }, text);
}

function renderRow(t: TicketSummary, selected: boolean, tabStop: boolean, now: number) {
  const li = el('li', `row${selected ? ' selected' : ''}${t.unread ? ' unread' : ''}`, {
    part: 'row',
    'data-id': t.id,
  });
  const check = el('input', 'check', {
    type: 'checkbox',
    tabindex: '-1',
    'aria-label': `Select ticket #${t.number} — ${t.subject}`,
  });
  check.checked = selected;
  const label = `Priority: ${t.priority}`;
  const priority = el(
    'span',
    `priority ${t.priority}`,
    { role: 'img', 'aria-label': label, title: label },
    GLYPHS[t.priority] ?? '–',
  );
  const main = el('span', 'main');
  const open = el('button', 'open', {
    type: 'button',
    tabindex: tabStop ? '0' : '-1',
    'aria-current': 'false',
  });
  open.append(
    el('span', 'number', undefined, `#${t.number}`),
    el('span', 'subject', { title: t.subject }, t.subject),
  );
  main.append(open);
  const sla = ticketSlaState(t, now);
  const flags: HTMLElement[] = [];
  if (sla === 'breached') flags.push(flag('danger', 'SLA breached', 'Breached'));
  if (sla === 'at_risk') flags.push(flag('warning', 'SLA at risk', 'At risk'));
  if (t.assigneeId === null) flags.push(flag('quiet', 'Unassigned', 'Unassigned'));
  if (flags.length) {
    const box = el('span', 'flags');
    box.append(...flags);
    main.append(box);
  }
  const time = el(
    'time',
    'updated',
    { datetime: t.updatedAt, title: formatAbsoluteTime(t.updatedAt) },
    formatRelativeTime(t.updatedAt, now),
  );
  const marker = el('span', 'marker');
  if (t.unread) marker.append(el('span', 'unread-dot', { role: 'img', 'aria-label': 'Unread' }));
  li.append(check, priority, main, el('span', 'contact', undefined, t.contactName), time, marker);
  return li;
}

/** The loading state the inbox shows until the first page arrives. */
function skeleton(count: number) {
  const ul = el('ul', 'list skeleton', { part: 'list skeleton', 'aria-hidden': 'true' });
  for (let i = 0; i < Math.min(Math.max(count, 1), 10); i++) {
    const li = el('li', 'row');
    li.append(el('span', 'bone check-bone'), el('span', 'bone long'), el('span', 'bone short'));
    ul.append(li);
  }
  return ul;
}

/** The (closed) help and view-editor popovers; their content is built when first opened. */
function popoverShells() {
  const help = el('div', 'popover help', {
    id: 'help',
    part: 'help',
    popover: 'auto',
    role: 'dialog',
    'aria-labelledby': 'help-title',
  });
  const head = el('div', 'popover-head');
  head.append(
    el('h2', undefined, { id: 'help-title' }, 'Keyboard shortcuts'),
    el('button', 'hd-button close-help', { type: 'button' }, 'Close'),
  );
  help.append(head);
  const editor = el('div', 'popover editor', {
    id: 'view-editor',
    part: 'view-editor',
    popover: 'auto',
    role: 'dialog',
    'aria-labelledby': 'editor-title',
  });
  const form = el('form');
  form.append(el('h2', undefined, { id: 'editor-title' }, 'New view'));
  editor.append(form);
  return [help, editor];
}

const FOOTER_BUTTONS = [
  ['close', 'Close'],
  ['assign_me', 'Assign me'],
  ['priority_high', 'Priority: High'],
  ['priority_low', 'Priority: Low'],
  ['clear', 'Clear selection'],
];

/** The baseline inbox: same markup, same stylesheets, same adapter calls as `<hd-inbox>`. */
export class VanillaInbox {
  readonly root: ShadowRoot;
  private readonly chips: HTMLButtonElement[] = [];
  private readonly tabs: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly pagination: HTMLElement;
  private readonly base: HTMLElement;
  private readonly status: HTMLElement;
  private list?: HTMLUListElement;
  private selectPage?: HTMLInputElement;
  private footer?: HTMLElement;
  private count?: HTMLElement;
  private rows: TicketSummary[] = [];
  private total = 0;
  private readonly selected = new Set<string>();
  view = 'my_open';
  page = 1;

  constructor(
    parent: HTMLElement,
    private readonly adapter: HelpdeskAdapter,
    private readonly pageSize = 10,
  ) {
    this.root = shadowHost(parent, [hostStyles, inboxStyles, popoverStyles]);
    this.base = el('section', 'base', { part: 'base', 'aria-label': 'Inbox' });
    const header = el('header', 'header', { part: 'header' });
    const tabs = el('div', 'views', { part: 'views', role: 'tablist', 'aria-label': 'Views' });
    BUILT_IN_VIEWS.forEach((key, i) => {
      const chip = el('button', 'chip built_in', {
        part: 'chip',
        role: 'tab',
        type: 'button',
        id: `chip-${i}`,
        'data-key': key,
        'aria-selected': String(key === this.view),
        'aria-controls': 'panel',
        tabindex: key === this.view ? '0' : '-1',
      });
      chip.append(el('span', 'chip-label', undefined, VIEW_LABELS[key]));
      this.chips.push(chip);
    });
    tabs.append(...this.chips);
    this.tabs = tabs;
    tabs.addEventListener('click', (e) => {
      const key = (e.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
      if (key) void this.switchView(key);
    });
    const tools = el('div', 'tools', { part: 'tools' });
    tools.append(
      el('button', 'hd-button new-view', { type: 'button' }, 'New view'),
      el('button', 'hd-button next-unread', { type: 'button' }, 'Next unread'),
      el(
        'button',
        'hd-button help-button',
        { type: 'button', 'aria-label': 'Keyboard shortcuts' },
        '?',
      ),
    );
    header.append(tabs, tools);
    this.panel = el('div', 'panel', { id: 'panel', role: 'tabpanel', 'aria-labelledby': 'chip-0' });
    this.panel.append(
      el('p', 'visually-hidden', undefined, 'Loading tickets…'),
      skeleton(pageSize),
    );
    this.pagination = el('nav', 'pagination', { part: 'pagination', 'aria-label': 'Pagination' });
    this.status = el('div', 'status', { part: 'status', role: 'status' });
    this.base.append(header, this.panel, this.pagination, this.status, ...popoverShells());
    this.root.append(this.base);
    void this.load();
    void this.loadChips();
  }

  /** The backend's saved views become chips after the built-in ones; then the counts. */
  private async loadChips() {
    const saved = (await this.adapter.listSavedViews?.()) ?? [];
    for (const view of saved) {
      const key = `saved:${view.id}`;
      const chip = el('button', 'chip adapter', {
        part: 'chip',
        role: 'tab',
        type: 'button',
        id: `chip-${this.chips.length}`,
        'data-key': key,
        'aria-selected': 'false',
        'aria-controls': 'panel',
        tabindex: '-1',
      });
      chip.append(el('span', 'chip-label', undefined, view.name));
      this.chips.push(chip);
      this.tabs.append(chip);
    }
    const counts = await this.adapter.countViews(this.chips.map((c) => c.dataset.key!));
    for (const chip of this.chips) this.showCount(chip, counts[chip.dataset.key!]);
  }

  private showCount(chip: HTMLElement, count: number | undefined) {
    if (count === undefined) return;
    chip.append(' ', el('span', 'count', undefined, String(count)));
  }

  async switchView(key: string): Promise<void> {
    if (key === this.view) return;
    this.view = key;
    this.page = 1;
    for (const chip of this.chips) {
      const on = chip.dataset.key === key;
      chip.setAttribute('aria-selected', String(on));
      chip.tabIndex = on ? 0 : -1;
    }
    const index = this.chips.findIndex((c) => c.dataset.key === key);
    this.panel.setAttribute('aria-labelledby', `chip-${index}`);
    await this.load();
  }

  async nextPage(): Promise<void> {
    this.page++;
    await this.load();
  }

  private async load() {
    const res = await this.adapter.listTickets({
      view: this.view,
      page: this.page,
      pageSize: this.pageSize,
    });
    this.rows = res.items;
    this.total = res.total;
    this.renderPanel();
    this.renderPagination();
  }

  private renderPanel() {
    const now = Date.now();
    const header = el('div', 'list-header');
    this.selectPage = el('input', 'select-page', {
      type: 'checkbox',
      'aria-label': 'Select all on this page',
    });
    this.updateSelectPage();
    header.append(
      this.selectPage,
      el('span', 'total', undefined, `${this.total} ${this.total === 1 ? 'ticket' : 'tickets'}`),
    );
    const list = el('ul', 'list', { part: 'list', 'aria-label': 'Tickets' });
    list.append(...this.rows.map((t, i) => renderRow(t, this.selected.has(t.id), i === 0, now)));
    list.addEventListener('click', (e) => this.onListClick(e));
    this.list = list;
    this.panel.replaceChildren(header, list);
  }

  private renderPagination() {
    const pages = Math.max(1, Math.ceil(this.total / this.pageSize));
    const prev = el(
      'button',
      'hd-button',
      {
        type: 'button',
        'data-page': 'prev',
        'aria-disabled': String(this.page <= 1),
      },
      'Previous page',
    );
    const next = el(
      'button',
      'hd-button',
      {
        type: 'button',
        'data-page': 'next',
        'aria-disabled': String(this.page >= pages),
      },
      'Next page',
    );
    next.addEventListener('click', () => void this.nextPage());
    this.pagination.replaceChildren(
      prev,
      el('span', 'page-label', undefined, `Page ${this.page} of ${pages}`),
      next,
      el('span', 'page-total', undefined, `${this.total} tickets`),
    );
  }

  private updateSelectPage() {
    const box = this.selectPage;
    if (!box) return;
    const on = this.rows.filter((t) => this.selected.has(t.id)).length;
    box.checked = on > 0 && on === this.rows.length;
    box.indeterminate = on > 0 && on < this.rows.length;
  }

  private onListClick(e: Event) {
    const target = e.target as HTMLElement;
    const li = target.closest<HTMLElement>('li[data-id]');
    if (!li || !target.matches('input.check')) return;
    const id = li.dataset.id!;
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
    const on = this.selected.has(id);
    li.classList.toggle('selected', on);
    (target as HTMLInputElement).checked = on;
    this.updateSelectPage();
    this.renderFooter();
  }

  private renderFooter() {
    if (!this.selected.size) {
      this.footer?.remove();
      this.footer = this.count = undefined;
      return;
    }
    if (!this.footer) {
      this.footer = el('div', 'footer', {
        part: 'footer',
        role: 'region',
        'aria-label': 'Bulk actions',
      });
      this.count = el('span', 'selected-count');
      const buttons = el('span', 'bulk-buttons');
      buttons.append(
        ...FOOTER_BUTTONS.map(([action, label]) =>
          el(
            'button',
            `hd-button${action === 'close' ? ' primary' : ''}`,
            {
              type: 'button',
              'data-action': action,
              'aria-disabled': 'false',
            },
            label,
          ),
        ),
      );
      this.footer.append(this.count, buttons);
      this.base.insertBefore(this.footer, this.status);
    }
    this.count!.textContent = `${this.selected.size} selected`;
  }

  /** The ids of the rows on screen. */
  rowIds(): string[] {
    return [...(this.list?.querySelectorAll<HTMLElement>('li[data-id]') ?? [])].map(
      (li) => li.dataset.id!,
    );
  }

  remove(): void {
    (this.root.host as HTMLElement).remove();
  }
}

// ---- thread -------------------------------------------------------------------------------

function stamp(at: string) {
  return el('time', undefined, { datetime: at }, formatAbsoluteTime(at));
}

function attachments(item: { attachments?: { name: string; size: number; type: string }[] }) {
  const list = item.attachments;
  if (!list?.length) return [];
  const ul = el('ul', 'attachments', { 'aria-label': 'Attachments' });
  for (const a of list) {
    const li = el('li', 'attachment');
    li.append(
      el('span', undefined, { 'aria-hidden': 'true' }, '📎'),
      el('span', 'file-name', undefined, a.name),
      el('span', 'file-meta', undefined, `${formatBytes(a.size)} · ${a.type || 'unknown type'}`),
    );
    ul.append(li);
  }
  return [ul];
}

/** One thread item, the markup of the peek's `renderThreadItem`. */
export function renderThreadItem(item: ThreadItem): HTMLLIElement {
  const li = el('li', `item ${item.kind}`, { 'data-kind': item.kind, 'data-id': item.id });
  if (item.kind === 'event') {
    li.append(el('span', 'event-text', undefined, item.text), ' · ', stamp(item.at));
    return li;
  }
  const [label, kind] =
    item.kind === 'customer'
      ? [`Message from ${item.author}`, 'Customer']
      : item.kind === 'note'
        ? [`Internal note from ${item.author}`, 'Internal note']
        : [`Reply from ${item.author}`, 'Reply'];
  const bubble = el('article', 'bubble', { 'aria-label': label });
  const meta = el('header', 'meta');
  meta.append(el('span', 'author', undefined, item.author), el('span', 'kind', undefined, kind));
  if (item.kind === 'customer') {
    meta.append(
      item.channel === 'agent'
        ? el(
            'span',
            'channel secure',
            { title: 'Encrypted: sourced through the RMM agent' },
            'via agent (mTLS)',
          )
        : el('span', 'channel', undefined, `via ${item.channel}`),
    );
  }
  meta.append(' ', stamp(item.at));
  // (the peek sanitizes `bodyHtml`; the baseline shows the text body of such messages)
  bubble.append(meta, el('p', 'body', undefined, item.body), ...attachments(item));
  li.append(bubble);
  return li;
}

/** The baseline thread: the newest page of a ticket's thread, scrolled to the newest item. */
export class VanillaThread {
  readonly root: ShadowRoot;
  private readonly scroller: HTMLElement;
  private readonly items: HTMLOListElement;
  private unsubscribe?: () => void;

  constructor(
    parent: HTMLElement,
    private readonly adapter: HelpdeskAdapter,
    private readonly ticketId: string,
  ) {
    this.root = shadowHost(parent, HdPeekThread.elementStyles);
    (this.root.host as HTMLElement).style.cssText =
      'display:flex;flex-direction:column;min-height:0;flex:1';
    this.scroller = el('div', 'scroller', {
      part: 'scroller',
      role: 'region',
      'aria-label': 'Conversation',
      tabindex: '0',
    });
    this.items = el('ol', 'items');
    this.root.append(this.scroller);
    this.unsubscribe = adapter.subscribe?.((e) => {
      if (e.type === 'thread.appended' && e.ticketId === this.ticketId) this.append(e.item);
    });
    void this.load();
  }

  private async load() {
    const page = await this.adapter.listThread(this.ticketId, { limit: 50 });
    const top = el('div', 'top');
    if (page.hasMore)
      top.append(el('button', 'hd-button older', { type: 'button' }, 'Load older messages'));
    this.items.append(...page.items.map(renderThreadItem));
    this.scroller.replaceChildren(top, this.items);
    this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  private append(item: ThreadItem) {
    const sc = this.scroller;
    const atBottom = sc.scrollHeight - sc.scrollTop - sc.clientHeight < 8;
    this.items.append(renderThreadItem(item));
    if (atBottom) sc.scrollTop = sc.scrollHeight;
  }

  remove(): void {
    this.unsubscribe?.();
    (this.root.host as HTMLElement).remove();
  }
}
