/**
 * The contexts `<hd-provider>` provides to every hd-* element below it (@lit/context).
 */
import { ContextRoot, createContext } from '@lit/context';
import type { Agent, HelpdeskAdapter } from './types.js';
import type { Flags } from '../model/flags.js';
import type { StateStore } from '../model/state-store.js';

export const adapterContext = createContext<HelpdeskAdapter | undefined>(Symbol('hd-adapter'));
/** The signed-in agent (from `adapter.me()`), once known. */
export const agentContext = createContext<Agent | undefined>(Symbol('hd-agent'));
export const flagsContext = createContext<Flags>(Symbol('hd-flags'));
export const storeContext = createContext<StateStore>(Symbol('hd-store'));

/** The UI locale set on a provider (`<hd-provider locale="de">`) and the provider itself. */
export interface LocaleSource {
  /** A BCP 47 tag, e.g. `de` or `de-AT`. */
  locale: string;
  /** The providing element: a `lang` attribute nearer to an element than this one wins. */
  host: Element;
}
/** The provider's `locale` (undefined when it sets none). */
export const localeContext = createContext<LocaleSource | undefined>(Symbol('hd-locale'));

const rooted = new WeakSet<Document>();

/**
 * Makes context requests wait for a provider that is defined later. A bundler may put the
 * define module of `<hd-provider>` after an element's (or a page loads the entries one by
 * one): markup already in the page then upgrades, say, `<hd-ticket-peek>` first, its request
 * for the adapter finds no provider, and nothing would ask again. A @lit/context ContextRoot on
 * the document keeps unanswered requests and replays them when a provider connects. Called by
 * every consuming element before it connects (once per document).
 */
export function ensureContextRoot(doc: Document): void {
  if (rooted.has(doc) || !doc.documentElement) return;
  rooted.add(doc);
  new ContextRoot().attach(doc.documentElement);
}
