/**
 * The base of every consuming hd-* element: picks up the adapter, current agent, flags and
 * state store from `<hd-provider>` (or an element's own `.adapter`), adopts the theme tokens
 * into the document, and owns the element's ActionExecutor.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  adapterContext,
  agentContext,
  ensureContextRoot,
  flagsContext,
  storeContext,
} from '../../adapter/context.js';
import type { ActionContext, Agent, HelpdeskAdapter } from '../../adapter/types.js';
import { ActionExecutor } from '../../actions/action-executor.js';
import { guardAdapter } from '../../model/normalize.js';
import { DEFAULT_FLAGS, type Flags } from '../../model/flags.js';
import { createDefaultStore, type StateStore } from '../../model/state-store.js';
import { adoptThemes } from '../../tokens/themes.js';
import { hostStyles } from '../../tokens/host-styles.js';
import { LocaleController } from '../../i18n/controller.js';
import type { Messages } from '../../i18n/en.js';

let defaultStore: StateStore | undefined;
/** The page-wide default store, made on first use. */
export function sharedDefaultStore(): StateStore {
  return (defaultStore ??= createDefaultStore());
}

const meCache = new WeakMap<HelpdeskAdapter, Promise<Agent>>();
const knownAgents = new WeakMap<HelpdeskAdapter, Agent>();
/** Fires `agent` (an AgentKnownEvent) whenever an adapter's `me()` resolves. */
export const agentEvents = new EventTarget();
export class AgentKnownEvent extends Event {
  constructor(
    readonly adapter: HelpdeskAdapter,
    readonly agent: Agent,
  ) {
    super('agent');
  }
}

/** `adapter.me()`, asked once per adapter per page (a failure is not cached). */
export function currentAgentOf(adapter: HelpdeskAdapter): Promise<Agent> {
  let p = meCache.get(adapter);
  if (!p) {
    p = guardAdapter(adapter).me();
    meCache.set(adapter, p);
    p.then(
      (agent) => {
        knownAgents.set(adapter, agent);
        agentEvents.dispatchEvent(new AgentKnownEvent(adapter, agent));
      },
      () => meCache.delete(adapter),
    );
  }
  return p;
}

/** The agent `me()` returned for this adapter, if an element has asked already. */
export function knownAgentOf(adapter: HelpdeskAdapter): Agent | undefined {
  return knownAgents.get(adapter);
}

export const NO_ADAPTER_MESSAGE = 'No data adapter: wrap in <hd-provider> or set .adapter';

export class HdElement extends LitElement {
  static override styles = [hostStyles];

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter?: HelpdeskAdapter;

  @consume({ context: agentContext, subscribe: true })
  @state()
  protected contextAgent?: Agent;

  @consume({ context: flagsContext, subscribe: true })
  @state()
  protected contextFlags?: Flags;

  @consume({ context: storeContext, subscribe: true })
  @state()
  protected contextStore?: StateStore;

  /** The data adapter. Overrides the one from `<hd-provider>` (single-tag embedding). */
  @property({ attribute: false }) adapter?: HelpdeskAdapter;

  /** Writes from this element go through here (audit events dispatched from the element). */
  protected readonly executor = new ActionExecutor(this);

  /** Locale and translation table; re-renders on `lang` / `dir` / provider `locale` changes. */
  protected readonly i18n = new LocaleController(this);

  /**
   * The translation table in effect (`lang` / provider `locale`; English by default).
   * @internal
   */
  get msg(): Messages {
    return this.i18n.msg;
  }

  /** The BCP 47 tag the element formats dates and numbers for (e.g. `de-AT`). */
  get resolvedLocale(): string {
    return this.i18n.locale;
  }

  /** The adapter in effect: the element's own, else the provider's. */
  get effectiveAdapter(): HelpdeskAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** Feature flags in effect (provider's, else the defaults). */
  get flags(): Flags {
    return { ...DEFAULT_FLAGS, ...this.contextFlags };
  }

  /** The state store in effect (provider's, else the page default). */
  get store(): StateStore {
    return this.contextStore ?? sharedDefaultStore();
  }

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
    adoptThemes(this.ownerDocument);
  }

  /** The signed-in agent: from the provider when it knows it, else `adapter.me()`. */
  protected async currentAgent(): Promise<Agent> {
    if (this.contextAgent && !this.adapter) return this.contextAgent;
    const adapter = this.effectiveAdapter;
    if (!adapter) throw new Error(this.msg.common.noAdapter);
    return currentAgentOf(adapter);
  }

  /** An ActionContext for a write from this element. */
  protected async actionContext(origin: ActionContext['origin']): Promise<ActionContext> {
    const agent = await this.currentAgent();
    return { origin, actorId: agent.id };
  }

  /** The inline error shown instead of the element when no adapter is reachable. */
  protected renderNoAdapter() {
    return html`<div class="hd-error" role="alert" part="error">${this.msg.common.noAdapter}</div>`;
  }
}
