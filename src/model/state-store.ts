/**
 * A tiny injectable key/value store for what must survive a reload: inbox selection, composer
 * drafts, custom saved views. Values are JSON. The default routes `selection:*` keys to
 * sessionStorage and everything else to localStorage, and falls back to memory whenever the
 * browser storage throws (private mode, quota, sandboxed iframes).
 */
export interface StateStore {
  get<T>(key: string): T | undefined;
  set<T>(key: string, value: T): void;
  delete(key: string): void;
}

const PREFIX = 'hd-cockpit:';

/** A store that keeps values in memory only. */
export function createMemoryStore(): StateStore {
  const map = new Map<string, string>();
  return {
    get: <T>(key: string) => {
      const raw = map.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    set: (key, value) => void map.set(key, JSON.stringify(value)),
    delete: (key) => void map.delete(key),
  };
}

/** A store over a Web Storage object; every failure falls back to memory for that key. */
export function createStorageStore(getStorage: () => Storage | undefined): StateStore {
  const fallback = createMemoryStore();
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    get<T>(key: string): T | undefined {
      try {
        const s = storage();
        const raw = s?.getItem(PREFIX + key);
        if (raw !== null && raw !== undefined) return JSON.parse(raw) as T;
      } catch {
        /* unreadable or corrupt: use the memory copy */
      }
      return fallback.get<T>(key);
    },
    set<T>(key: string, value: T) {
      fallback.set(key, value);
      try {
        storage()?.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        /* quota or disabled storage: the memory copy keeps it for this page */
      }
    },
    delete(key: string) {
      fallback.delete(key);
      try {
        storage()?.removeItem(PREFIX + key);
      } catch {
        /* ignore */
      }
    },
  };
}

/** The default store: selection in sessionStorage, everything else in localStorage. */
export function createDefaultStore(): StateStore {
  const session = createStorageStore(() => globalThis.sessionStorage);
  const local = createStorageStore(() => globalThis.localStorage);
  const pick = (key: string) => (key.startsWith('selection:') ? session : local);
  return {
    get: <T>(key: string) => pick(key).get<T>(key),
    set: (key, value) => pick(key).set(key, value),
    delete: (key) => pick(key).delete(key),
  };
}
