/** Shared fixtures and queries for the `<hd-inbox>` tests. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/inbox/define.js';
import '../src/components/provider/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import type { MemoryAdapterOptions } from '../src/adapter/memory/index.js';
import { createDemoData, type DemoData, type DemoTicket } from '../src/mocks/demo-data.js';
import { createMemoryStore, type StateStore } from '../src/model/state-store.js';
import type { HelpdeskAdapter } from '../src/adapter/types.js';

export const ME = 'agent-sam';
export const MIN = 60_000;

/**
 * Demo data whose tickets are replaced by `count` plain ones: all open, normal priority,
 * assigned to me, read, SLA ok; `t-1` (#2001) is the newest, then `t-2` (#2002), ...
 * `each` adjusts tickets before they are stored.
 */
export function inboxData(
  count = 25,
  each?: (t: DemoTicket, i: number) => void,
  now = Date.now(),
): DemoData {
  const data = createDemoData({ now });
  const template = data.tickets[0];
  data.savedViews = [];
  data.tickets = Array.from({ length: count }, (_, i) => {
    const t = structuredClone(template);
    t.id = `t-${i + 1}`;
    t.number = 2001 + i;
    t.subject = `Ticket ${i + 1}`;
    t.contactName = `Contact ${i + 1}`;
    t.contact = { name: t.contactName, email: 'c@example.com' };
    t.status = 'open';
    t.priority = 'normal';
    t.assigneeId = ME;
    t.unread = false;
    t.sla = {};
    t.tags = [];
    delete t.teamId;
    delete t.projectId;
    t.updatedAt = new Date(now - (i + 1) * MIN).toISOString();
    t.createdAt = new Date(now - 30 * 24 * 60 * MIN).toISOString();
    each?.(t, i);
    return t;
  });
  return data;
}

export interface Mounted {
  inbox: HdInbox;
  adapter: MemoryAdapter;
  store: StateStore;
  root: ShadowRoot;
}

export interface MountOptions extends MemoryAdapterOptions {
  adapter?: MemoryAdapter;
  /** An adapter to hand to the inbox instead (e.g. a wrapper around `adapter`). */
  use?: HelpdeskAdapter;
  store?: StateStore;
  pageSize?: number;
  view?: string;
  theme?: string;
  /** Wait for the first rows (default true). */
  wait?: boolean;
}

/** `<hd-provider feature-agent-inbox>` around an `<hd-inbox>`, first page loaded. */
export async function mountInbox(o: MountOptions = {}): Promise<Mounted> {
  const adapter = o.adapter ?? createMemoryAdapter({ ...o, data: o.data ?? inboxData() });
  const store = o.store ?? createMemoryStore();
  const wrapper = await fixture<HTMLElement>(
    html`<div data-theme=${o.theme ?? 'light'}>
      <hd-provider feature-agent-inbox .adapter=${o.use ?? adapter} .store=${store}>
        <hd-inbox page-size=${o.pageSize ?? 10} view=${o.view ?? 'my_open'}></hd-inbox>
      </hd-provider>
    </div>`,
  );
  const inbox = wrapper.querySelector('hd-inbox')!;
  if (o.wait !== false) await loaded(inbox);
  return { inbox, adapter, store, root: inbox.shadowRoot! };
}

/** Waits until the list (or the empty message) shows and nothing is pending. */
export async function loaded(inbox: HdInbox): Promise<void> {
  await inbox.updateComplete;
  await waitUntil(
    () => {
      const panel = inbox.shadowRoot?.querySelector('[role="tabpanel"]');
      return (
        panel &&
        panel.getAttribute('aria-busy') === 'false' &&
        (panel.querySelector('.list') || panel.querySelector('.empty'))
      );
    },
    'inbox did not load',
    { timeout: 4000 },
  );
  await inbox.updateComplete;
}

export const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Approximate accessible name: aria-label, else the text. */
export const nameOf = (el: Element) => el.getAttribute('aria-label') ?? text(el);

export function rows(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.list > li[data-id]')];
}

export function rowIds(root: ShadowRoot): string[] {
  return rows(root).map((r) => r.dataset.id!);
}

export function row(root: ShadowRoot, id: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`.list > li[data-id="${id}"]`);
  if (!el) throw new Error(`no row ${id}`);
  return el;
}

export function checkbox(root: ShadowRoot, id: string): HTMLInputElement {
  return row(root, id).querySelector('input[type="checkbox"]')!;
}

/** The button whose accessible name is exactly `name` (throws when missing). */
export function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => nameOf(b) === name,
  );
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

export function maybeButton(root: ShadowRoot, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => nameOf(b) === name);
}

/** The view tab whose label is `label` (its name is the label plus the count). */
export function chip(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (t) => text(t.querySelector('.chip-label')) === label,
  );
  if (!found) throw new Error(`no chip "${label}"`);
  return found;
}

export function chipLabels(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[role="tab"] .chip-label')].map((e) => text(e));
}

export function status(root: ShadowRoot): string {
  return text(root.querySelector('[role="status"]'));
}

/** The element focused inside the inbox's shadow root. */
export function focused(root: ShadowRoot): Element | null {
  return root.activeElement;
}

/** A promise and the functions that settle it. */
export function deferred<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** An adapter that forwards to `base` but lets the test override some methods. */
export function wrap(base: MemoryAdapter, overrides: Partial<HelpdeskAdapter>): HelpdeskAdapter {
  const wrapper = Object.create(base) as HelpdeskAdapter;
  return Object.assign(wrapper, overrides);
}

const snippet = (el: Element | null | undefined) => (el ? el.outerHTML.slice(0, 120) : String(el));

/**
 * Asserts that `el` has the focus inside the inbox. (Comparing elements with chai would, on
 * failure, serialise the whole element graph to the test server.)
 */
export function expectFocus(root: ShadowRoot, el: Element | null | undefined, what = ''): void {
  if (!el || root.activeElement !== el) {
    throw new Error(
      `${what} expected focus on ${snippet(el)} but it is on ${snippet(root.activeElement)}`,
    );
  }
}
