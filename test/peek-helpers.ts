/** Shared helpers of the ticket-peek tests (not a test file itself). */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/provider/define.js';
import '../src/components/ticket-peek/define.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import { createDemoData, DEMO_IDS } from '../src/mocks/demo-data.js';
import { createMemoryStore, type StateStore } from '../src/model/state-store.js';
import type { Flags } from '../src/model/flags.js';
import { deepActiveElement } from '../src/components/ticket-peek/focus-trap.js';

export { DEMO_IDS, deepActiveElement };

/** A memory adapter over demo data generated for the real clock (so SLA states hold). */
export function demoAdapter(
  options: MemoryAdapterOptions & { longThread?: number } = {},
): MemoryAdapter {
  const { longThread, ...rest } = options;
  return createMemoryAdapter({ data: createDemoData({ now: new Date(), longThread }), ...rest });
}

/** Every element matching `selector` in `root` and all shadow roots below it. */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T[] {
  const out: T[] = [];
  const walk = (node: ParentNode) => {
    out.push(...Array.from(node.querySelectorAll<T>(selector)));
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A control's accessible name: aria-label, aria-labelledby, else its text minus aria-hidden. */
export function nameOf(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label) return norm(label);
  const by = node.getAttribute('aria-labelledby');
  if (by) {
    const root = node.getRootNode() as ParentNode & { getElementById?: (id: string) => Element };
    return norm(
      by
        .split(/\s+/)
        .map((id) => root.querySelector?.(`#${id}`)?.textContent)
        .join(' '),
    );
  }
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"], svg').forEach((n) => n.remove());
  return norm(clone.textContent);
}

/** The one deep button whose accessible name matches. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = deepQueryAll<HTMLButtonElement>(root, 'button');
  const hits = all.filter((b) =>
    typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
  );
  if (hits.length !== 1) {
    throw new Error(
      `expected one button named ${name}, found ${hits.length}: ${all.map(nameOf).join(' | ')}`,
    );
  }
  return hits[0];
}

/** The buttons whose name matches (possibly none). */
export function buttons(root: ParentNode, name: string | RegExp): HTMLButtonElement[] {
  return deepQueryAll<HTMLButtonElement>(root, 'button').filter((b) =>
    typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
  );
}

/** The context card (a region) named `name`, or undefined when it is not shown. */
export function region(peek: HdTicketPeek, name: string): HTMLElement | undefined {
  return deepQueryAll<HTMLElement>(peek.shadowRoot!, 'section[aria-labelledby]').find(
    (s) => nameOf(s) === name,
  );
}

export function text(el: Element | undefined | null): string {
  return norm(el?.textContent);
}

export interface MountOptions {
  adapter?: MemoryAdapter;
  ticketId?: string;
  open?: boolean;
  flags?: Partial<Flags>;
  store?: StateStore;
}

/** A provider holding an "Open" button (the opener) and a peek (closed unless `open`). */
export async function mountPeek(opts: MountOptions = {}) {
  const adapter = opts.adapter ?? demoAdapter();
  const store = opts.store ?? createMemoryStore();
  // a Lit root: fixture() then waits for its update instead of an animation frame
  const root = await fixture<HTMLElement>(
    html`<hd-provider .adapter=${adapter} .store=${store} .flags=${opts.flags ?? {}}>
      <button id="opener" type="button">Open</button>
      <hd-ticket-peek ticket-id=${opts.ticketId ?? DEMO_IDS.vpnTicket}></hd-ticket-peek>
    </hd-provider>`,
  );
  const peek = root.querySelector('hd-ticket-peek')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  if (opts.open) {
    opener.focus();
    peek.show();
    await loaded(peek);
  }
  return { root, peek, adapter, opener, store };
}

/** Waits until the peek shows a loaded ticket (identity header rendered). */
export async function loaded(peek: HdTicketPeek, subject?: string) {
  await waitUntil(
    () => {
      const title = peek.shadowRoot?.querySelector('#peek-title.subject');
      return (
        !!title &&
        peek.shadowRoot!.querySelector('.fields') &&
        (!subject || text(title) === subject)
      );
    },
    'peek did not load',
    { timeout: 4000 },
  );
  await peek.updateComplete;
}

/** The thread element inside the peek. */
export function threadOf(peek: HdTicketPeek) {
  return peek.shadowRoot!.querySelector('hd-peek-thread')!;
}

/** Waits until the thread shows its first page. */
export async function threadLoaded(peek: HdTicketPeek) {
  await waitUntil(() => threadOf(peek)?.loaded, 'thread did not load', { timeout: 4000 });
  await threadOf(peek).updateComplete;
}

/** Number of calls to `method` in the adapter's log. */
export function callCount(adapter: MemoryAdapter, method: string): number {
  return adapter.calls.filter((c) => c.method === method).length;
}

const LIVE = '[role="status"], [role="log"], [aria-live="polite"], [aria-live="assertive"]';

/**
 * Listens in `root` (one document or shadow root) the way a screen reader does: a live region
 * is heard when its text changes to something not empty while the region is on the page.
 * A region created with its text already inside says nothing, nor does setting the text it
 * already has. `said` lists what was heard, in order (the region's rendered text, lines
 * joined by a space).
 */
export function watchAnnouncements(root: ShadowRoot | Document) {
  const said: string[] = [];
  const last = new Map<Element, string>();
  const spoken = (region: Element) => norm((region as HTMLElement).innerText);
  const scan = (listen: boolean) => {
    const present = new Set<Element>();
    for (const region of Array.from(root.querySelectorAll(LIVE))) {
      // a region inside another one is read as part of the outer one
      if (region.parentElement?.closest(LIVE)) continue;
      present.add(region);
      const now = spoken(region);
      if (listen && last.has(region) && now && now !== last.get(region)) said.push(now);
      last.set(region, now);
    }
    for (const region of Array.from(last.keys())) if (!present.has(region)) last.delete(region);
  };
  scan(false);
  const observer = new MutationObserver(() => scan(true));
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    said,
    stop: () => observer.disconnect(),
  };
}
