import type { AdapterEvent, AdapterListener } from '../types.js';

/** The SSE event names the server sends (the `type` of each `AdapterEvent`). */
export const EVENT_TYPES = [
  'ticket.updated',
  'thread.appended',
  'summary.updated',
  'session.updated',
  'presence',
] as const satisfies readonly AdapterEvent['type'][];

export interface ReconnectOptions {
  /** Delay before the first reconnect attempt, in ms (doubles up to `maxMs`). Default 1000. */
  initialMs?: number;
  /** Longest delay between attempts, in ms. Default 30000. */
  maxMs?: number;
}

export interface EventStreamOptions {
  url: URL;
  withCredentials: boolean;
  EventSource: typeof EventSource;
  reconnect?: ReconnectOptions;
}

/** How many event ids are remembered for de-duplication. */
const SEEN_LIMIT = 1000;

/**
 * One shared EventSource connection for every `subscribe()` listener of an adapter.
 *
 * - Opened on the first subscription, closed when the last listener unsubscribes.
 * - After any error (dropped or ended stream, error status) a new EventSource is opened after
 *   a back-off (doubling from `initialMs` to `maxMs`, reset once a connection opens), passing
 *   the last event id as `?lastEventId=`: EventSource cannot set headers, and the browser's
 *   own retry loses `Last-Event-ID` behind a service worker.
 * - Event ids already delivered are dropped, so a server that replays from an older id
 *   never causes a duplicate event.
 */
export function createEventStream(options: EventStreamOptions) {
  const listeners = new Set<AdapterListener>();
  const initialMs = options.reconnect?.initialMs ?? 1000;
  const maxMs = options.reconnect?.maxMs ?? 30_000;
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let lastId = '';
  let seen = new Set<string>();

  function remember(id: string) {
    seen.add(id);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
  }

  function deliver(event: AdapterEvent) {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (err) {
        // one failing listener must not starve the others
        (globalThis.reportError ?? console.error)(err);
      }
    }
  }

  function onMessage(message: MessageEvent) {
    const id = message.lastEventId;
    if (id) {
      if (seen.has(id)) return;
      remember(id);
      lastId = id;
    }
    let event: unknown;
    try {
      event = JSON.parse(String(message.data));
    } catch {
      return;
    }
    if (!event || typeof event !== 'object') return;
    const type = (event as { type?: unknown }).type;
    if (!(EVENT_TYPES as readonly unknown[]).includes(type)) return;
    deliver(event as AdapterEvent);
  }

  function open() {
    const url = new URL(options.url);
    if (lastId) url.searchParams.set('lastEventId', lastId);
    const es = new options.EventSource(url.href, { withCredentials: options.withCredentials });
    source = es;
    for (const type of EVENT_TYPES) es.addEventListener(type, onMessage as EventListener);
    es.addEventListener('message', onMessage);
    es.addEventListener('open', () => {
      attempt = 0;
    });
    es.addEventListener('error', () => {
      if (source !== es) return;
      // Reconnect ourselves instead of letting the browser do it: behind a service worker
      // Chromium's own retry carries no Last-Event-ID, so the server could not replay what
      // was missed. A fresh EventSource passes the last id as ?lastEventId= instead.
      es.close();
      source = null;
      const delay = Math.min(maxMs, initialMs * 2 ** attempt);
      attempt++;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        if (listeners.size > 0) open();
      }, delay);
    });
  }

  function close() {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    source?.close();
    source = null;
    attempt = 0;
    lastId = '';
    seen = new Set();
  }

  return {
    subscribe(listener: AdapterListener): () => void {
      // wrap so the same function can subscribe twice and unsubscribe each independently
      const entry: AdapterListener = (event) => listener(event);
      listeners.add(entry);
      if (!source && retryTimer === undefined) open();
      return () => {
        if (!listeners.delete(entry)) return;
        if (listeners.size === 0) close();
      };
    },
  };
}
