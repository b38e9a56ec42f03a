/**
 * The benchmark page. `window.hdBench.setup(scenario)` builds the data and mounts what stays
 * mounted; `window.hdBench.run(scenario, variant)` performs one timed run and returns
 * `{ms, ...}`. bench/run.mjs drives it in headless Chromium. Every timed step ends when the
 * expected DOM exists *and* the next frame has been produced (`afterPaint`).
 */
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import '../src/components/ticket-peek/define.js';
import { definePeekElements } from '../src/components/ticket-peek/internals.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdProvider } from '../src/components/provider/provider.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekThread } from '../src/components/ticket-peek/thread.js';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import type { HelpdeskAdapter, ThreadItem } from '../src/adapter/types.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { selectionKey } from '../src/model/selection.js';
import { adoptThemes } from '../src/tokens/themes.js';
import {
  BenchAdapter,
  DEMO_LONG_THREAD_TICKET_ID,
  inboxBenchData,
  peekBenchAdapter,
} from './adapter.js';
import { VanillaInbox, VanillaThread } from './baseline.js';
import {
  MutationCounter,
  TaskMonitor,
  afterPaint,
  collectGarbage,
  settle,
  shadowRoots,
  when,
} from './measure.js';

export type Variant = 'product' | 'baseline';

export interface RunResult {
  /** The timed duration (ms). */
  ms: number;
  [extra: string]: number | string[] | undefined;
}

const PAGE_SIZE = 10;
const stage = document.getElementById('stage')!;
adoptThemes(document);
definePeekElements();

// ---- shared state of the page (one scenario per page load) ----------------------------------

let bench: BenchAdapter | undefined;
let peekAdapter: MemoryAdapter | undefined;
let baselinePeekAdapter: MemoryAdapter | undefined;
/** What stays mounted between runs, per variant. */
const mounted: { product?: MountedInbox; baseline?: VanillaInbox } = {};
let peek: HdTicketPeek | undefined;
let vanillaThread: VanillaThread | undefined;
let productThread: HdPeekThread | undefined;
let newestThreadId = '';
let runIndex = 0;
const viewToggle = { product: false, baseline: false };

interface MountedInbox {
  provider: HdProvider;
  inbox: HdInbox;
  root: ShadowRoot;
}

const rowIds = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('.list > li[data-id]')].map((li) => li.dataset.id!);

function expectedIds(view: string, page: number): string[] {
  const start = (page - 1) * PAGE_SIZE;
  return bench!
    .viewTickets(view)
    .slice(start, start + PAGE_SIZE)
    .map((t) => t.id);
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function showsRows(root: ParentNode, view: string, page: number): () => boolean {
  const want = expectedIds(view, page);
  return () => same(rowIds(root), want);
}

function mountInbox(
  adapter: HelpdeskAdapter,
  store = createMemoryStore(),
  parent: HTMLElement = stage,
): MountedInbox {
  const provider = document.createElement('hd-provider');
  provider.setAttribute('feature-agent-inbox', '');
  provider.adapter = adapter;
  provider.store = store;
  const inbox = document.createElement('hd-inbox');
  inbox.pageSize = PAGE_SIZE;
  provider.append(inbox);
  parent.append(provider);
  return { provider, inbox, root: inbox.shadowRoot! };
}

/** A sized box like the space an embedding page gives the thread. */
function threadBox(parent: HTMLElement = stage): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = 'display:flex;flex-direction:column;width:720px;height:640px';
  parent.append(box);
  return box;
}

/**
 * Where the elements and the baseline live when both stay mounted: only the one being timed is
 * displayed, at the same place on screen, so both paint the same area.
 */
const boxes = { product: document.createElement('div'), baseline: document.createElement('div') };
stage.append(boxes.product, boxes.baseline);

function show(variant: Variant): void {
  boxes.product.hidden = variant !== 'product';
  boxes.baseline.hidden = variant !== 'baseline';
}

function threadItemShown(root: ParentNode | null | undefined, id: string): boolean {
  return !!root?.querySelector(`li[data-id="${CSS.escape(id)}"]`);
}

function peekThreadRoot(): ShadowRoot | null | undefined {
  return peek?.shadowRoot?.querySelector<HdPeekThread>('hd-peek-thread')?.shadowRoot;
}

/** What to observe while the peek opens: its shadow root, then its thread's. */
const peekRoots = () => [peek?.shadowRoot, peekThreadRoot()];

function newMessage(variant: Variant): ThreadItem {
  return {
    kind: 'customer',
    id: `bench-${variant}-${++runIndex}`,
    at: new Date().toISOString(),
    author: 'Ada Lovelace',
    body: 'The file server was slow again this morning, around 8:45. Anything else I can check?',
    channel: 'email',
    attachments: [],
  };
}

let marks = 0;
/** A `hd-bench:<n>:start` user-timing mark (the driver finds the run in its trace by it). */
function markStart(): number {
  performance.mark(`hd-bench:${++marks}:start`);
  return marks;
}
function markEnd(n: number): void {
  performance.mark(`hd-bench:${n}:end`);
}

/**
 * Times `start()` until `done()` holds and the next frame is produced. Also splits the time:
 * `scriptMs` until the DOM is there, `layoutMs` for style + layout (forced right then, so it
 * is not counted twice), the rest is the frame (paint, composite).
 */
async function timed(
  start: () => void,
  roots: () => Array<(Node & ParentNode) | null | undefined>,
  done: () => boolean,
): Promise<RunResult> {
  collectGarbage();
  await settle();
  const mark = markStart();
  const t0 = performance.now();
  start();
  await when(roots, done);
  const t1 = performance.now();
  void document.body.getBoundingClientRect();
  const t2 = performance.now();
  await afterPaint();
  const ms = performance.now() - t0;
  markEnd(mark);
  return { ms, scriptMs: t1 - t0, layoutMs: t2 - t1, mark };
}

async function openPeek(): Promise<void> {
  peek!.show(DEMO_LONG_THREAD_TICKET_ID);
  await when(peekRoots, () => threadItemShown(peekThreadRoot(), newestThreadId));
}

async function closePeek(): Promise<void> {
  peek!.hide();
  await peek!.updateComplete;
  await settle();
}

// ---- setup ----------------------------------------------------------------------------------

async function setup(scenario: string): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  if (
    [
      'inbox-first-render',
      'view-switch',
      'page-change',
      'select-row',
      'bulk-close-500',
      'rerender-unchanged',
    ].includes(scenario)
  ) {
    bench = new BenchAdapter(inboxBenchData());
  } else {
    peekAdapter = peekBenchAdapter();
    baselinePeekAdapter = peekBenchAdapter();
    const thread = await peekAdapter.listThread(DEMO_LONG_THREAD_TICKET_ID, { limit: 1 });
    newestThreadId = thread.items[0].id;
  }
  if (['view-switch', 'page-change', 'select-row'].includes(scenario)) {
    const product = mountInbox(bench!, createMemoryStore(), boxes.product);
    await when(() => [product.root], showsRows(product.root, 'my_open', 1));
    mounted.product = product;
    const baseline = new VanillaInbox(boxes.baseline, bench!, PAGE_SIZE);
    await when(() => [baseline.root], showsRows(baseline.root, 'my_open', 1));
    mounted.baseline = baseline;
    await settle(3);
  }
  if (scenario === 'rerender-unchanged') {
    const product = mountInbox(bench!);
    peek = document.createElement('hd-ticket-peek');
    product.provider.append(peek);
    await when(() => [product.root], showsRows(product.root, 'my_open', 1));
    const thread = await bench!.listThread(DEMO_LONG_THREAD_TICKET_ID, { limit: 1 });
    newestThreadId = thread.items[0].id;
    await openPeek();
    await new Promise((r) => setTimeout(r, 500));
    await settle(3);
  }
  if (scenario === 'peek-open-2000') {
    const provider = document.createElement('hd-provider');
    provider.adapter = peekAdapter;
    provider.store = createMemoryStore();
    peek = document.createElement('hd-ticket-peek');
    provider.append(peek);
    stage.append(provider);
    await provider.updateComplete;
  }
  if (scenario === 'append-message') {
    // the peek's own wiring: its adapter subscription hands new items to its thread
    productThread = document.createElement('hd-peek-thread');
    productThread.style.flex = '1';
    productThread.adapter = peekAdapter;
    productThread.ticketId = DEMO_LONG_THREAD_TICKET_ID;
    threadBox(boxes.product).append(productThread);
    peekAdapter!.subscribe((e) => {
      if (e.type === 'thread.appended') productThread!.appendItem(e.item);
    });
    await when(
      () => [productThread!.shadowRoot],
      () => threadItemShown(productThread!.shadowRoot, newestThreadId),
    );
    vanillaThread = new VanillaThread(
      threadBox(boxes.baseline),
      baselinePeekAdapter!,
      DEMO_LONG_THREAD_TICKET_ID,
    );
    await when(
      () => [vanillaThread!.root],
      () => threadItemShown(vanillaThread!.root, newestThreadId),
    );
    await settle(3);
  }
  return {
    setupMs: Math.round(performance.now() - t0),
    tickets: bench?.data.tickets.length ?? peekAdapter?.snapshot().tickets.length,
    myOpen: bench?.viewTickets('my_open').length,
  };
}

// ---- runs -----------------------------------------------------------------------------------

async function run(scenario: string, variant: Variant): Promise<RunResult> {
  show(variant);
  switch (scenario) {
    case 'inbox-first-render': {
      let root: ShadowRoot | undefined;
      const result = await timed(
        () => {
          if (variant === 'product') {
            const m = mountInbox(bench!);
            root = m.root;
            mounted.product = m;
          } else {
            mounted.baseline = new VanillaInbox(stage, bench!, PAGE_SIZE);
            root = mounted.baseline.root;
          }
        },
        () => [root],
        () => !!root && showsRows(root, 'my_open', 1)(),
      );
      mounted.product?.provider.remove();
      mounted.baseline?.remove();
      mounted.product = mounted.baseline = undefined;
      return result;
    }
    case 'view-switch': {
      const from = viewToggle[variant] ? 'unassigned' : 'my_open';
      const to = from === 'my_open' ? 'unassigned' : 'my_open';
      viewToggle[variant] = !viewToggle[variant];
      const root = variant === 'product' ? mounted.product!.root : mounted.baseline!.root;
      const chip = root.querySelector<HTMLElement>(`[role="tab"][data-key="${to}"]`)!;
      return timed(
        () => chip.click(),
        () => [root],
        showsRows(root, to, 1),
      );
    }
    case 'page-change': {
      const root = variant === 'product' ? mounted.product!.root : mounted.baseline!.root;
      const page =
        variant === 'product' ? mounted.product!.inbox.currentPage : mounted.baseline!.page;
      const next = root.querySelector<HTMLElement>('button[data-page="next"]')!;
      return timed(
        () => next.click(),
        () => [root],
        showsRows(root, 'my_open', page + 1),
      );
    }
    case 'select-row': {
      const root = variant === 'product' ? mounted.product!.root : mounted.baseline!.root;
      const check = root.querySelector<HTMLInputElement>('.list > li[data-id] input.check')!;
      const count = () => root.querySelector('.footer .selected-count')?.textContent?.trim();
      const result = await timed(
        () => check.click(),
        () => [root],
        () => count() === '1 selected',
      );
      check.click(); // deselect (untimed) for the next run
      await when(
        () => [root],
        () => !root.querySelector('.footer'),
      );
      return result;
    }
    case 'bulk-close-500':
      return bulkClose();
    case 'rerender-unchanged':
      return rerender();
    case 'peek-open-2000': {
      const result = await timed(
        () => peek!.show(DEMO_LONG_THREAD_TICKET_ID),
        peekRoots,
        () => threadItemShown(peekThreadRoot(), newestThreadId),
      );
      await closePeek();
      return result;
    }
    case 'thread-render': {
      const box = threadBox();
      let root: ShadowRoot | null | undefined;
      const result = await timed(
        () => {
          if (variant === 'product') {
            const thread = document.createElement('hd-peek-thread');
            thread.style.flex = '1';
            thread.adapter = peekAdapter;
            thread.ticketId = DEMO_LONG_THREAD_TICKET_ID;
            box.append(thread);
            root = thread.shadowRoot;
          } else {
            root = new VanillaThread(box, baselinePeekAdapter!, DEMO_LONG_THREAD_TICKET_ID).root;
          }
        },
        () => [root],
        () => threadItemShown(root, newestThreadId),
      );
      box.remove();
      return result;
    }
    case 'append-message': {
      const item = newMessage(variant);
      const adapter = variant === 'product' ? peekAdapter! : baselinePeekAdapter!;
      const root = variant === 'product' ? productThread!.shadowRoot! : vanillaThread!.root;
      return timed(
        () => adapter.emit({ type: 'thread.appended', ticketId: DEMO_LONG_THREAD_TICKET_ID, item }),
        () => [root],
        () => threadItemShown(root, item.id),
      );
    }
  }
  throw new Error(`unknown scenario ${scenario}`);
}

/** Bulk close of 500 selected tickets: duration, and the longest task meanwhile. */
async function bulkClose(): Promise<RunResult> {
  const adapter = bench!;
  adapter.reset();
  const mine = adapter.viewTickets('my_open');
  const picked = mine.slice(0, 500);
  const after = mine.slice(500, 500 + PAGE_SIZE).map((t) => t.id);
  const store = createMemoryStore();
  store.set(selectionKey(adapter.data.meId), {
    ids: picked.map((t) => t.id),
    numbers: Object.fromEntries(picked.map((t) => [t.id, t.number])),
  });
  const m = mountInbox(adapter, store);
  const selected = () => m.root.querySelector('.footer .selected-count')?.textContent?.trim();
  await when(
    () => [m.root],
    () => selected() === '500 selected' && rowIds(m.root).length === PAGE_SIZE,
  );
  collectGarbage();
  await settle(3);
  const monitor = new TaskMonitor();
  const summary = () => m.root.querySelector('.bulk-result .summary')?.textContent?.trim();
  monitor.start();
  const mark = markStart();
  const t0 = performance.now();
  m.root.querySelector<HTMLElement>('.footer button[data-action="close"]')!.click();
  await when(
    () => [m.root],
    () => summary() === 'Bulk close: 500 ok, 0 failed' && same(rowIds(m.root), after),
    60_000,
  );
  await afterPaint();
  const ms = performance.now() - t0;
  markEnd(mark);
  // the inbox reloads once more shortly after live updates (200 ms debounce): include it
  await new Promise((r) => setTimeout(r, 350));
  await afterPaint();
  const tasks = monitor.stop();
  m.provider.remove();
  return { ms, mark, ...tasks };
}

/** 20 re-renders of every element (inbox + open peek) with unchanged data. */
async function rerender(): Promise<RunResult> {
  const elements = [stage, ...shadowRoots(stage)]
    .flatMap((root) => [...root.querySelectorAll('*')])
    .filter(
      (el): el is HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> } =>
        'requestUpdate' in el && 'updateComplete' in el,
    );
  collectGarbage();
  await settle();
  const counter = new MutationCounter(stage);
  const mark = markStart();
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) {
    for (const el of elements) el.requestUpdate();
    await Promise.all(elements.map((el) => el.updateComplete));
  }
  const ms = performance.now() - t0;
  markEnd(mark);
  await afterPaint();
  const { mutations, samples } = counter.stop();
  return { ms, mark, mutations, elements: elements.length, samples };
}

declare global {
  interface Window {
    hdBench: {
      setup: typeof setup;
      run: typeof run;
      info: () => Record<string, unknown>;
    };
  }
}

window.hdBench = {
  setup,
  run,
  info: () => ({
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    viewport: `${innerWidth}x${innerHeight}`,
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
  }),
};
