/**
 * The contexts `<hd-provider>` provides to every hd-* element below it (@lit/context).
 */
import { createContext } from '@lit/context';
import type { Agent, HelpdeskAdapter } from './types.js';
import type { Flags } from '../model/flags.js';
import type { StateStore } from '../model/state-store.js';

export const adapterContext = createContext<HelpdeskAdapter | undefined>(Symbol('hd-adapter'));
/** The signed-in agent (from `adapter.me()`), once known. */
export const agentContext = createContext<Agent | undefined>(Symbol('hd-agent'));
export const flagsContext = createContext<Flags>(Symbol('hd-flags'));
export const storeContext = createContext<StateStore>(Symbol('hd-store'));
