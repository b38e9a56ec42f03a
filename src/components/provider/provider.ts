import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  adapterContext,
  agentContext,
  flagsContext,
  localeContext,
  storeContext,
  type LocaleSource,
} from '../../adapter/context.js';
import type { Agent, HelpdeskAdapter } from '../../adapter/types.js';
import { DEFAULT_FLAGS, flagAttribute, type Flags } from '../../model/flags.js';
import type { StateStore } from '../../model/state-store.js';
import { adoptThemes } from '../../tokens/themes.js';
import {
  agentEvents,
  knownAgentOf,
  sharedDefaultStore,
  type AgentKnownEvent,
} from '../base/hd-element.js';

/**
 * Provides the data adapter, the signed-in agent, feature flags and the state store to every
 * hd-* element inside it. Renders its children as if it were not there (`display: contents`).
 *
 * @summary Context provider for the cockpit elements.
 * @slot - The cockpit elements (and anything else).
 */
export class HdProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The data adapter every descendant uses (unless it has its own `.adapter`). */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter?: HelpdeskAdapter;

  /** Feature flags, merged over the defaults (`agentInbox: false`, `customerHistoryPin: true`). */
  @property({ attribute: false }) flags: Partial<Flags> = {};

  /** Turns the agent inbox on (`feature-agent-inbox`), overriding `.flags`. */
  @property({ attribute: 'feature-agent-inbox', converter: flagAttribute })
  featureAgentInbox?: boolean;

  /** Pins the customer-history card in the peek; `="false"` turns it off. */
  @property({ attribute: 'feature-customer-history-pin', converter: flagAttribute })
  featureCustomerHistoryPin?: boolean;

  /**
   * The UI language of the elements inside (a BCP 47 tag: `de`, `de-AT`, `en-GB`). Shipped
   * tables: English and German (others fall back to English texts with their own date and
   * number formats). A `lang` attribute closer to an element wins; without either, the
   * document's `<html lang>` applies.
   */
  @property() locale?: string;

  /** Where selection, drafts and local saved views persist (default: session/localStorage). */
  @provide({ context: storeContext })
  @property({ attribute: false })
  store: StateStore = sharedDefaultStore();

  @provide({ context: flagsContext })
  @state()
  protected effectiveFlags: Flags = { ...DEFAULT_FLAGS };

  @provide({ context: localeContext })
  @state()
  protected localeSource?: LocaleSource;

  @provide({ context: agentContext })
  @state()
  protected agent?: Agent;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptThemes(this.ownerDocument);
    agentEvents.addEventListener('agent', this.onAgentKnown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    agentEvents.removeEventListener('agent', this.onAgentKnown);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (
      changed.has('flags') ||
      changed.has('featureAgentInbox') ||
      changed.has('featureCustomerHistoryPin')
    ) {
      const next: Flags = { ...DEFAULT_FLAGS, ...this.flags };
      if (this.featureAgentInbox !== undefined) next.agentInbox = this.featureAgentInbox;
      if (this.featureCustomerHistoryPin !== undefined)
        next.customerHistoryPin = this.featureCustomerHistoryPin;
      this.effectiveFlags = next;
    }
    if (changed.has('locale')) {
      this.localeSource = this.locale ? { locale: this.locale, host: this } : undefined;
    }
    // The agent is provided once an element has asked the adapter's me() (elements ask when
    // they need it): a provider alone, or one around a flag-off inbox, makes no adapter call.
    if (changed.has('adapter')) this.agent = this.adapter && knownAgentOf(this.adapter);
  }

  private readonly onAgentKnown = (e: Event) => {
    const { adapter, agent } = e as AgentKnownEvent;
    if (adapter === this.adapter) this.agent = agent;
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
