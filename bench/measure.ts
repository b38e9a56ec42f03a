/**
 * In-page measuring tools of the benchmark: "painted" (the next animation frame after a DOM
 * change, plus the task right after it), waiting for a DOM condition without polling (a
 * MutationObserver, also across shadow roots that appear on the way), long tasks and
 * event-loop gaps, and counting DOM mutations across every shadow root of a subtree.
 */

/** Resolves after the next frame has been produced: rAF, then the task that follows it. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * Lets pending work (tasks, timers, frames) settle before a timed step, then stays idle for
 * `idleMs` so the compositor has finished the last frame too: a timed step starts on a quiet
 * page, as an agent's click does, instead of waiting behind the previous frame.
 */
export async function settle(frames = 2, idleMs = 50): Promise<void> {
  for (let i = 0; i < frames; i++) await afterPaint();
  await new Promise((r) => setTimeout(r, idleMs));
}

/** Every shadow root in `root` and below (including nested ones). */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return out;
}

type Root = (Node & ParentNode) | null | undefined;

/**
 * Resolves once `condition()` is true. Checks now, then after every DOM mutation under the
 * nodes `roots()` returns (asked again after each mutation, so a shadow root that appears on
 * the way is observed from then on). Naming the roots keeps the observer's own cost tiny and
 * equal for the elements and the baseline. Rejects after `timeoutMs`.
 */
export function when(
  roots: () => Root[],
  condition: () => boolean,
  timeoutMs = 10_000,
): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observed = new Set<Node>();
    const observeRoots = () => {
      for (const root of roots()) {
        if (!root || observed.has(root)) continue;
        observed.add(root);
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      }
    };
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out waiting for ${condition.toString().slice(0, 160)}`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      observeRoots();
      if (condition()) {
        clearTimeout(timer);
        observer.disconnect();
        resolve();
      }
    });
    observeRoots();
  });
}

/** Longest tasks (PerformanceObserver `longtask`, ≥ 50 ms) and event-loop gaps meanwhile. */
export class TaskMonitor {
  private readonly entries: PerformanceEntry[] = [];
  private readonly observer = new PerformanceObserver((list) =>
    this.entries.push(...list.getEntries()),
  );
  private maxGap = 0;
  private last = 0;
  private running = false;
  private timer?: ReturnType<typeof setTimeout>;

  start(): void {
    this.observer.observe({ type: 'longtask', buffered: false });
    this.running = true;
    this.last = performance.now();
    const tick = () => {
      const now = performance.now();
      this.maxGap = Math.max(this.maxGap, now - this.last);
      this.last = now;
      if (this.running) this.timer = setTimeout(tick, 0);
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops; returns the longest long task (0 when none reached 50 ms), their count, max gap. */
  stop(): { longestTaskMs: number; longTasks: number; maxGapMs: number } {
    this.entries.push(...this.observer.takeRecords());
    this.observer.disconnect();
    this.running = false;
    clearTimeout(this.timer);
    return {
      longestTaskMs: Math.max(0, ...this.entries.map((e) => e.duration)),
      longTasks: this.entries.length,
      maxGapMs: this.maxGap,
    };
  }
}

/** Counts DOM mutations (nodes, attributes, text) in `root` and every shadow root inside it. */
export class MutationCounter {
  private records = 0;
  private readonly samples: string[] = [];
  private readonly observer = new MutationObserver((list) => this.add(list));

  constructor(root: Node & ParentNode) {
    const options = { childList: true, subtree: true, attributes: true, characterData: true };
    this.observer.observe(root, options);
    for (const shadow of shadowRoots(root)) this.observer.observe(shadow, options);
  }

  private add(list: MutationRecord[]) {
    this.records += list.length;
    for (const r of list.slice(0, 5 - this.samples.length)) {
      const target = r.target as Element;
      const where = target.nodeName?.toLowerCase() + (target.id ? `#${target.id}` : '');
      this.samples.push(`${r.type} ${r.attributeName ?? ''} on ${where}`.replace(/\s+/g, ' '));
    }
  }

  /** Stops and returns the number of mutation records, with up to five described. */
  stop(): { mutations: number; samples: string[] } {
    this.add(this.observer.takeRecords());
    this.observer.disconnect();
    return { mutations: this.records, samples: this.samples };
  }
}

/** Runs the garbage collector when the page was started with `--js-flags=--expose-gc`. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
