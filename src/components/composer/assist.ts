/**
 * AI assist for the composer (only when the adapter has `assist`): "Draft" writes a
 * suggestion from the ticket, "Refine" rewrites the current draft. The suggestion lands in a
 * preview the agent accepts, edits or discards; the draft is never touched until Accept, and
 * Accept is undoable. Errors are shown in the preview area and leave the draft alone.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AdapterError, isAbortError, type HelpdeskAdapter } from '../../adapter/types.js';
import { routeMessage, type ComposerMode } from './routing.js';
import type { Messages } from '../../i18n/en.js';

export interface AssistHost {
  readonly assistAdapter: HelpdeskAdapter | undefined;
  readonly assistTicketId: string | undefined;
  readonly mode: ComposerMode;
  /** The current draft text. */
  readonly draftText: string;
  /** Replaces the draft (and persists it). */
  replaceDraft(text: string): void;
  /** The translation table in effect. */
  readonly msg: Messages;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

type AssistState =
  | { status: 'idle' }
  | { status: 'loading'; kind: 'draft' | 'refine' }
  | {
      status: 'preview';
      kind: 'draft' | 'refine';
      text: string;
      editing: boolean;
      /** Put back before the text on Accept: `/note ` when the draft was a `/note` command. */
      command: string;
    }
  | { status: 'error'; kind: 'draft' | 'refine'; message: string };

export class AssistController implements ReactiveController {
  private state: AssistState = { status: 'idle' };
  /** The draft before the last Accept, while Undo is offered. */
  private undoText: string | undefined;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & AssistHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  get available(): boolean {
    return typeof this.host.assistAdapter?.assist === 'function';
  }

  /** Forgets preview, error and undo (ticket or mode changed, or the message was sent). */
  reset(): void {
    this.abort?.abort();
    this.state = { status: 'idle' };
    this.undoText = undefined;
    this.host.requestUpdate();
  }

  /** The agent typed: Undo of an earlier Accept is no longer offered. */
  draftEdited(): void {
    if (this.undoText !== undefined) {
      this.undoText = undefined;
      this.host.requestUpdate();
    }
  }

  async request(kind: 'draft' | 'refine'): Promise<void> {
    const adapter = this.host.assistAdapter;
    const ticketId = this.host.assistTicketId;
    if (!adapter?.assist || !ticketId || this.state.status === 'loading') return;
    // "Try again" disappears with the error it belongs to
    this.abort?.abort();
    // The draft goes where Send would send it: a `/note …` typed in Reply is refined as a note,
    // without the command, which Accept puts back (a rewrite that lost it would be emailed). A
    // mistyped command is not sent to the AI at all, for the same reason.
    const draft = this.host.draftText;
    const route = routeMessage(this.host.mode, draft);
    if (route.kind === 'blocked') {
      const message = this.host.msg.composer.notACommand(route.command);
      this.state = { status: 'error', kind, message };
    } else {
      const viaCommand = route.kind === 'note' && route.viaCommand;
      const abort = (this.abort = new AbortController());
      this.state = { status: 'loading', kind };
      this.host.requestUpdate();
      try {
        const text = await adapter.assist(
          { ticketId, mode: kind, target: route.kind, text: viaCommand ? route.body : draft },
          { signal: abort.signal },
        );
        if (abort.signal.aborted) return;
        this.state = {
          status: 'preview',
          kind,
          text: String(text ?? ''),
          editing: false,
          command: viaCommand ? '/note ' : '',
        };
      } catch (err) {
        if (abort.signal.aborted || isAbortError(err)) return;
        this.state = { status: 'error', kind, message: AdapterError.from(err).message };
      }
    }
    this.host.requestUpdate();
    // in a short scrolling composer area (the peek) the suggestion or error and its buttons
    // appear under the fold: bring them into view (focus stays on the button pressed)
    await this.host.updateComplete;
    this.host.renderRoot.querySelector('[part="assist"]')?.scrollIntoView({ block: 'nearest' });
  }

  private accept(): void {
    if (this.state.status !== 'preview') return;
    this.undoText = this.host.draftText;
    const text = this.state.command + this.state.text;
    this.state = { status: 'idle' };
    this.host.replaceDraft(text);
    this.host.requestUpdate();
  }

  private undo(): void {
    if (this.undoText === undefined) return;
    const text = this.undoText;
    this.undoText = undefined;
    this.host.replaceDraft(text);
    this.host.requestUpdate();
  }

  private discard(): void {
    this.state = { status: 'idle' };
    this.host.requestUpdate();
  }

  private edit(): void {
    if (this.state.status !== 'preview') return;
    this.state = { ...this.state, editing: true };
    this.host.requestUpdate();
    this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('.assist-edit')?.focus(),
    );
  }

  private editInput(e: Event): void {
    if (this.state.status !== 'preview') return;
    this.state = { ...this.state, text: (e.target as HTMLTextAreaElement).value };
  }

  /**
   * "Draft" and "Refine" buttons (nothing when the adapter has no `assist`). While a suggestion
   * loads they are `aria-disabled` (activation ignored) rather than disabled, so the one just
   * pressed keeps keyboard focus.
   */
  renderButtons(disabled: boolean) {
    if (!this.available) return nothing;
    const m = this.host.msg.assist;
    const busy = this.state.status === 'loading' ? 'true' : nothing;
    return html`<button
        type="button"
        class="hd-button"
        ?disabled=${disabled}
        aria-disabled=${busy}
        @click=${() => this.request('draft')}
      >
        <span aria-hidden="true">✨</span> ${m.draft}
      </button>
      <button
        type="button"
        class="hd-button"
        ?disabled=${disabled || !this.host.draftText.trim()}
        aria-disabled=${busy}
        @click=${() => this.request('refine')}
      >
        <span aria-hidden="true">✨</span> ${m.refine}
      </button>`;
  }

  /**
   * Loading / preview / error / undo area. One polite live region (`role="status"`) is always
   * rendered, so screen readers hear its text change: "Drafting…" → "AI suggestion ready —
   * review it below." (not the suggestion itself) → "AI suggestion inserted.". Errors are an
   * alert of their own; the region is emptied then.
   */
  renderPanel() {
    if (!this.available) return nothing;
    const s = this.state;
    const m = this.host.msg.assist;
    const undo = s.status === 'idle' && this.undoText !== undefined;
    const status =
      s.status === 'loading'
        ? html`<div class="assist" part="assist">
            ${s.kind === 'draft' ? m.drafting : m.refining}
          </div>`
        : s.status === 'preview'
          ? html`<span class="visually-hidden">${m.ready}</span>`
          : undo
            ? html`<span class="assist-undo">${m.inserted}</span>`
            : nothing;
    // the row takes no room (no grid gap) while it shows nothing visible
    const shown = s.status === 'loading' || undo;
    return html`<div class="assist-status-row ${shown ? '' : 'visually-hidden'}">
        <div class="assist-status ${s.status === 'loading' ? 'wide' : ''}" role="status">
          ${status}
        </div>
        ${
          undo
            ? html`<button type="button" class="link-button" @click=${() => this.undo()}>
                ${m.undo}
              </button>`
            : nothing
        }
      </div>
      ${this.renderResult()}`;
  }

  /** The suggestion to review, or the error with "Try again". */
  private renderResult() {
    const s = this.state;
    const m = this.host.msg.assist;
    if (s.status === 'error') {
      return html`<div class="assist hd-error" part="assist" role="alert">
        <span>${m.failed(s.message)}</span>
        <button type="button" class="hd-button" @click=${() => this.request(s.kind)}>
          ${m.tryAgain}
        </button>
        <button type="button" class="hd-button" @click=${() => this.discard()}>
          ${this.host.msg.common.dismiss}
        </button>
      </div>`;
    }
    if (s.status !== 'preview') return nothing;
    return html`<section class="assist preview" part="assist" aria-label=${m.suggestion}>
      <div class="assist-label"><span aria-hidden="true">✨</span> ${m.review}</div>
      ${
        s.editing
          ? html`<textarea
              class="assist-edit"
              dir="auto"
              aria-label=${m.editLabel}
              .value=${s.text}
              @input=${(e: Event) => this.editInput(e)}
            ></textarea>`
          : html`<div class="assist-text" dir="auto">${s.text}</div>`
      }
      <div class="row">
        <button type="button" class="hd-button primary" @click=${() => this.accept()}>
          ${m.accept}
        </button>
        ${
          s.editing
            ? nothing
            : html`<button type="button" class="hd-button" @click=${() => this.edit()}>
                ${m.edit}
              </button>`
        }
        <button type="button" class="hd-button" @click=${() => this.discard()}>${m.discard}</button>
      </div>
    </section>`;
  }
}
