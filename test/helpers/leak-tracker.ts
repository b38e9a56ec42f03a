/**
 * Counts what a component leaves running after it is gone: pending timeouts, intervals and
 * animation frames, event listeners on long-lived targets (window, document, <html>, <body>,
 * and non-DOM event targets such as module-level buses or media queries), and observers still
 * watching a long-lived node. `install()` patches the globals, `outstanding()` lists what is
 * still registered (with the stack that registered it), `uninstall()` restores everything.
 *
 * Used by test/leaks.test.ts. Only registrations made while installed are tracked.
 */

type Listener = EventListenerOrEventListenerObject;

interface Registration {
  kind: string;
  stack: string;
  /** Registered by test code: not counted. */
  test?: boolean;
}

function registration(kind: string): Registration {
  const frames = callerFrames();
  return { kind, stack: frames.join(' | '), test: TEST_CODE.test(frames[0] ?? '') };
}

interface ListenerRecord extends Registration {
  target: EventTarget;
  type: string;
  listener: Listener;
  capture: boolean;
  /** What was really registered (a wrapper for `once` listeners). */
  registered: Listener;
}

/**
 * Frames of the code that called a patched function (the first is the direct caller). The
 * tracker's own frames are dropped by name, not by count: Chromium starts the stack with an
 * "Error" line and lists the patched wrapper, Firefox and WebKit do neither the same way.
 */
const callerFrames = () =>
  (new Error().stack ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== 'Error' && !l.includes('/test/helpers/leak-tracker.ts'))
    .slice(0, 6);

/** Test code and test tooling (their own timers and listeners are no component's leak). */
const TEST_CODE = /\/test\/|@open-wc\/|@web\/|@esm-bundle\/|mocha|chai/;

function isLongLived(target: unknown): boolean {
  if (target === window || target === document) return true;
  if (target === document.documentElement || target === document.body) return true;
  if (target instanceof Node) return false;
  // an AbortSignal's listeners die with the signal (a task's own controller)
  if (typeof AbortSignal !== 'undefined' && target instanceof AbortSignal) return false;
  return target instanceof EventTarget;
}

export class LeakTracker {
  private readonly timeouts = new Map<number, Registration>();
  private readonly intervals = new Map<number, Registration>();
  private readonly frames = new Map<number, Registration>();
  private readonly listeners: ListenerRecord[] = [];
  private readonly observers = new Map<object, Registration & { targets: Set<Node> }>();
  private readonly restore: (() => void)[] = [];

  install(): void {
    const w = window as unknown as Record<string, unknown>;
    const patch = <T extends object>(
      obj: T,
      name: keyof T & string,
      make: (orig: never) => unknown,
    ) => {
      const orig = obj[name];
      (obj as Record<string, unknown>)[name] = make(orig as never);
      this.restore.push(() => ((obj as Record<string, unknown>)[name] = orig));
    };
    // the patched functions keep their own `this` (the window, the event target, the observer)
    const { timeouts, intervals, frames, listeners, observers } = this;

    patch(
      w,
      'setTimeout',
      (orig: typeof setTimeout) =>
        function (handler: TimerHandler, delay?: number, ...args: unknown[]) {
          const run =
            typeof handler === 'function'
              ? (...a: unknown[]) => {
                  timeouts.delete(id);
                  return (handler as (...x: unknown[]) => unknown)(...a);
                }
              : handler;
          const id = (orig as (...a: unknown[]) => number).call(window, run, delay, ...args);
          timeouts.set(id, registration(`setTimeout(${delay ?? 0})`));
          return id;
        },
    );
    patch(
      w,
      'setInterval',
      (orig: typeof setInterval) =>
        function (handler: TimerHandler, delay?: number, ...args: unknown[]) {
          const id = (orig as (...a: unknown[]) => number).call(window, handler, delay, ...args);
          intervals.set(id, registration(`setInterval(${delay ?? 0})`));
          return id;
        },
    );
    const clear = (orig: (id?: number) => void) =>
      function (id?: number) {
        if (id !== undefined) {
          timeouts.delete(id);
          intervals.delete(id);
        }
        return orig.call(window, id);
      };
    patch(w, 'clearTimeout', clear);
    patch(w, 'clearInterval', clear);
    patch(
      w,
      'requestAnimationFrame',
      (orig: typeof requestAnimationFrame) =>
        function (callback: FrameRequestCallback) {
          const id = orig.call(window, (t: number) => {
            frames.delete(id);
            callback(t);
          });
          frames.set(id, registration('requestAnimationFrame'));
          return id;
        },
    );
    patch(
      w,
      'cancelAnimationFrame',
      (orig: typeof cancelAnimationFrame) =>
        function (id: number) {
          frames.delete(id);
          return orig.call(window, id);
        },
    );

    const proto = EventTarget.prototype;
    patch(
      proto,
      'addEventListener',
      (orig: EventTarget['addEventListener']) =>
        function (
          this: EventTarget,
          type: string,
          listener: Listener | null,
          options?: boolean | AddEventListenerOptions,
        ) {
          if (!listener || !isLongLived(this)) return orig.call(this, type, listener, options);
          const capture = typeof options === 'boolean' ? options : !!options?.capture;
          const same = (r: ListenerRecord) =>
            r.target === this &&
            r.type === type &&
            r.listener === listener &&
            r.capture === capture;
          if (listeners.some(same)) return orig.call(this, type, listener, options);
          const once = typeof options === 'object' && !!options.once;
          const record: ListenerRecord = {
            ...registration(`${type} listener on ${describeTarget(this)}`),
            target: this,
            type,
            listener,
            capture,
            registered: listener,
          };
          const drop = () => {
            const i = listeners.indexOf(record);
            if (i >= 0) listeners.splice(i, 1);
          };
          if (once) {
            record.registered = function (this: unknown, e: Event) {
              drop();
              return typeof listener === 'function'
                ? listener.call(this, e)
                : listener.handleEvent(e);
            };
          }
          const signal = typeof options === 'object' ? options.signal : undefined;
          signal?.addEventListener('abort', drop);
          listeners.push(record);
          return orig.call(this, type, record.registered, options);
        },
    );
    patch(
      proto,
      'removeEventListener',
      (orig: EventTarget['removeEventListener']) =>
        function (
          this: EventTarget,
          type: string,
          listener: Listener | null,
          options?: boolean | EventListenerOptions,
        ) {
          const capture = typeof options === 'boolean' ? options : !!options?.capture;
          const i = listeners.findIndex(
            (r) =>
              r.target === this &&
              r.type === type &&
              r.listener === listener &&
              r.capture === capture,
          );
          if (i < 0) return orig.call(this, type, listener, options);
          const [record] = listeners.splice(i, 1);
          return orig.call(this, type, record.registered, options);
        },
    );

    for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver]) {
      const p = Observer.prototype as unknown as Record<string, unknown>;
      patch(
        p,
        'observe',
        (orig: (target: Node, o?: unknown) => void) =>
          function (this: object, target: Node, o?: unknown) {
            if (isLongLived(target)) {
              const entry = observers.get(this) ?? {
                ...registration(`${Observer.name} on ${describeTarget(target)}`),
                targets: new Set<Node>(),
              };
              entry.targets.add(target);
              observers.set(this, entry);
            }
            return orig.call(this, target, o);
          },
      );
      patch(
        p,
        'disconnect',
        (orig: () => void) =>
          function (this: object) {
            observers.delete(this);
            return orig.call(this);
          },
      );
      if ('unobserve' in p) {
        patch(
          p,
          'unobserve',
          (orig: (target: Node) => void) =>
            function (this: object, target: Node) {
              const entry = observers.get(this);
              entry?.targets.delete(target);
              if (entry && !entry.targets.size) observers.delete(this);
              return orig.call(this, target);
            },
        );
      }
    }
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }

  /** Everything components (not the test) still have registered, as `kind — stack` lines. */
  outstanding(): { timers: string[]; listeners: string[]; observers: string[] } {
    const lines = (list: Registration[]) =>
      list.filter((r) => !r.test).map((r) => `${r.kind} — ${r.stack}`);
    return {
      timers: lines([
        ...this.timeouts.values(),
        ...this.intervals.values(),
        ...this.frames.values(),
      ]),
      listeners: lines(this.listeners),
      observers: lines([...this.observers.values()]),
    };
  }
}

function describeTarget(target: unknown): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof Element) return `<${target.localName}>`;
  return (target as object)?.constructor?.name ?? String(target);
}
