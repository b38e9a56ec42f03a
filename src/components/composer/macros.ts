/**
 * The composer's macro picker (only when the adapter has `listMacros`): a searchable popover,
 * opened by the "Macros" button or by typing `/` at the start of a line (the text typed after
 * the slash filters it, the textarea keeps focus). It previews the macro's text and the field
 * changes it will apply. Positioned with @floating-ui/dom (base/anchor.ts); Escape closes it
 * without letting the key reach an enclosing dialog; a click outside or Tab away closes it (it
 * sits right after the Macros button in the DOM, so Tab goes on to the next tool).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  AdapterError,
  isAbortError,
  type HelpdeskAdapter,
  type Macro,
  type MacroActions,
} from '../../adapter/types.js';
import { isTabKey } from '../base/keys.js';
import { anchorFloating, fitHeight } from '../base/anchor.js';
import { enComposer, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enComposer);

export interface MacroHost {
  readonly macroAdapter: HelpdeskAdapter | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Puts the macro text into the draft, replacing `range` (the `/query` token) if given. */
  insertMacro(macro: Macro, range?: { start: number; end: number }): void;
  /** The translation table in effect. */
  readonly msg: Messages;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Status → Resolved", "Priority → Low", "Assignee → Grace Hopper" (texts from `m`). */
export function describeMacroActions(
  actions: MacroActions | undefined,
  agentName: (id: string) => string = (id) => id,
  m: Messages = en,
): string[] {
  if (!actions) return [];
  const out: string[] = [];
  const { status, priority, assigneeId } = actions;
  if (status) out.push(m.macros.sets('status', m.common.status[status] ?? capitalize(status)));
  if (priority) {
    out.push(m.macros.sets('priority', m.common.priority[priority] ?? capitalize(priority)));
  }
  if (assigneeId) out.push(m.macros.sets('assignee', agentName(assigneeId)));
  return out;
}

/** True when applying the macro changes a ticket field. */
export function hasMacroActions(macro: Macro | undefined): boolean {
  return describeMacroActions(macro?.actions).length > 0;
}

const SLASH_TOKEN = /^\/(\S*)$/;

export class MacroController implements ReactiveController {
  open = false;
  source: 'button' | 'slash' = 'button';
  private slashStart = 0;
  private query = '';
  private active = 0;
  private macros?: Macro[];
  private loadedFrom?: HelpdeskAdapter;
  private loading = false;
  private error?: string;
  private agents = new Map<string, string>();
  private abort?: AbortController;
  private cleanupPosition?: () => void;
  /** What the popover showed when it was last placed (see hostUpdated). */
  private positionedFor?: 'loading' | 'error' | 'list';
  private focusSearch = false;

  constructor(private readonly host: ReactiveControllerHost & MacroHost & HTMLElement) {
    host.addController(this);
  }

  get available(): boolean {
    return typeof this.host.macroAdapter?.listMacros === 'function';
  }

  /** Name of an agent id (for previews), falling back to the id. */
  readonly agentName = (id: string) => this.agents.get(id) ?? id;

  /** Id of the highlighted option while the `/` picker is open (for aria-activedescendant). */
  get slashActiveId(): string | undefined {
    return this.open && this.source === 'slash' && this.filtered.length
      ? `macro-opt-${this.active}`
      : undefined;
  }

  hostUpdated(): void {
    if (!this.open) return;
    const floating = this.host.renderRoot.querySelector<HTMLElement>('.macro-popover');
    const anchor = this.host.renderRoot.querySelector<HTMLElement>(
      this.source === 'button' ? '.macro-button' : 'textarea.message',
    );
    // Placed again from its natural size when the content changes from "Loading…" to the list
    // (or an error): a max-height fitted to the room below the small loading line would
    // otherwise keep it squeezed there, although there is room above (flip measures the
    // capped size). autoUpdate alone sees the resize, but only up to that cap.
    const content = this.loading ? 'loading' : this.error ? 'error' : 'list';
    if (floating && anchor && (!this.cleanupPosition || content !== this.positionedFor)) {
      this.cleanupPosition?.();
      floating.style.maxHeight = '';
      this.positionedFor = content;
      this.cleanupPosition = anchorFloating(anchor, floating, {
        also: [fitHeight(floating, (available) => Math.max(160, available))],
      });
    }
    if (this.focusSearch) {
      this.focusSearch = false;
      this.host.renderRoot.querySelector<HTMLInputElement>('.macro-search')?.focus();
    }
  }

  hostDisconnected(): void {
    this.close(false);
  }

  private get filtered(): Macro[] {
    const q = this.query.trim().toLowerCase();
    const all = this.macros ?? [];
    if (!q) return all;
    return all.filter((m) => m.title.toLowerCase().includes(q) || m.body.toLowerCase().includes(q));
  }

  toggleFromButton(): void {
    if (this.open && this.source === 'button') return this.close(true);
    this.show('button', '');
    this.focusSearch = true;
  }

  /** Call on every textarea input: opens, filters or closes the `/` picker. */
  syncWithText(value: string, caret: number): void {
    if (!this.available) return;
    const lineStart = value.lastIndexOf('\n', caret - 1) + 1;
    const match = SLASH_TOKEN.exec(value.slice(lineStart, caret));
    if (match) {
      if (!this.open || this.source !== 'slash') this.show('slash', match[1]);
      this.slashStart = lineStart;
      this.setQuery(match[1]);
    } else if (this.open && this.source === 'slash') {
      this.close(false);
    }
  }

  close(restoreFocus: boolean): void {
    if (!this.open) return;
    const source = this.source;
    this.open = false;
    this.abort?.abort();
    this.cleanupPosition?.();
    this.cleanupPosition = undefined;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
    if (restoreFocus) {
      const selector = source === 'button' ? '.macro-button' : 'textarea.message';
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  /** Keys typed in the textarea while the `/` picker is open; true when consumed. */
  handleTextareaKey(e: KeyboardEvent): boolean {
    if (!this.open || this.source !== 'slash' || e.ctrlKey || e.metaKey || e.altKey) return false;
    if (e.key === 'Enter' || isTabKey(e)) {
      const macro = this.filtered[this.active];
      if (!macro) return false;
      e.preventDefault();
      this.choose(macro);
      return true;
    }
    return this.navigate(e);
  }

  private show(source: 'button' | 'slash', query: string): void {
    this.open = true;
    this.source = source;
    this.query = query;
    this.active = 0;
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    if (this.loadedFrom !== this.host.macroAdapter || this.error) void this.load();
    this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    const adapter = this.host.macroAdapter;
    if (!adapter?.listMacros) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const [macros, agents] = await Promise.all([
        adapter.listMacros({ signal: abort.signal }),
        adapter.listAgents({ signal: abort.signal }).catch(() => []),
      ]);
      if (abort.signal.aborted) return;
      this.macros = macros;
      this.agents = new Map(agents.map((a) => [a.id, a.name]));
      this.loadedFrom = adapter;
    } catch (err) {
      if (abort.signal.aborted || isAbortError(err)) return;
      this.error = AdapterError.from(err).message;
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  private setQuery(query: string): void {
    this.query = query;
    this.active = 0;
    this.host.requestUpdate();
  }

  private navigate(e: KeyboardEvent): boolean {
    const count = this.filtered.length;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
      return true;
    }
    if (!count) return false;
    const moves: Record<string, number> = {
      ArrowDown: (this.active + 1) % count,
      ArrowUp: (this.active - 1 + count) % count,
    };
    if (!(e.key in moves)) return false;
    e.preventDefault();
    this.active = moves[e.key];
    this.host.requestUpdate();
    return true;
  }

  private onSearchKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      const macro = this.filtered[this.active];
      if (macro) this.choose(macro);
      return;
    }
    this.navigate(e);
  }

  private choose(macro: Macro): void {
    const range =
      this.source === 'slash'
        ? { start: this.slashStart, end: this.slashStart + 1 + this.query.length }
        : undefined;
    this.close(false);
    this.host.insertMacro(macro, range);
  }

  /** Option clicks, delegated to the listbox (options are not focusable: keys go through the
   * search field or the textarea, which own aria-activedescendant). */
  private onListClick(e: Event, list: Macro[]): void {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"][data-index]');
    const macro = option ? list[Number(option.dataset.index)] : undefined;
    if (macro) this.choose(macro);
  }

  /** Keyboard focus moved on from the picker (Tab, Shift+Tab): it closes, as a click outside. */
  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    const popover = this.host.renderRoot.querySelector('.macro-popover');
    if (to && popover && !popover.contains(to)) this.close(false);
  };

  private readonly onDocumentPointerDown = (e: PointerEvent) => {
    const path = e.composedPath();
    const inside = [...this.host.renderRoot.querySelectorAll('.macro-popover, .macro-button')];
    if (this.source === 'slash') inside.push(...this.host.renderRoot.querySelectorAll('textarea'));
    if (!inside.some((el) => path.includes(el))) this.close(false);
  };

  render() {
    if (!this.open) return nothing;
    const list = this.filtered;
    const current = list[this.active];
    const activeId = list.length ? `macro-opt-${this.active}` : undefined;
    const m = this.host.msg.macros;
    return html`<div
      class="macro-popover popover"
      part="macro-popover"
      role="dialog"
      aria-label=${m.dialog}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.navigate(e)}
      @focusout=${this.onFocusOut}
    >
      ${
        this.source === 'button'
          ? html`<input
              class="macro-search"
              type="search"
              role="combobox"
              aria-label=${m.search}
              aria-expanded="true"
              aria-controls="macro-list"
              aria-autocomplete="list"
              aria-activedescendant=${activeId ?? nothing}
              placeholder=${m.search}
              .value=${this.query}
              @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)}
              @keydown=${(e: KeyboardEvent) => {
                e.stopPropagation();
                this.onSearchKey(e);
              }}
            />`
          : html`<div class="macro-hint">${m.hint(this.query)}</div>`
      }
      ${
        this.loading
          ? html`<div class="macro-status" role="status">${m.loading}</div>`
          : this.error
            ? html`<div class="macro-status" role="alert">
                ${m.loadFailed(this.error)}
                <!-- Retry gives way to "Loading…": focus goes back to where the agent types -->
                <button
                  type="button"
                  class="hd-button"
                  data-focus-next=${this.source === 'button' ? 'macro-search' : 'field'}
                  @click=${() => this.load()}
                >
                  ${this.host.msg.common.retry}
                </button>
              </div>`
            : html`<div class="macro-body">
                <ul
                  class="macro-list"
                  id="macro-list"
                  role="listbox"
                  aria-label=${m.dialog}
                  @pointerdown=${(e: Event) => e.preventDefault()}
                  @click=${(e: Event) => this.onListClick(e, list)}
                  @keydown=${(e: KeyboardEvent) => this.navigate(e)}
                >
                  ${list.map(
                    (m, i) =>
                      html`<li
                        id="macro-opt-${i}"
                        class="macro-option"
                        role="option"
                        data-index=${i}
                        aria-selected=${i === this.active ? 'true' : 'false'}
                      >
                        <bdi>${m.title || this.host.msg.macros.untitled}</bdi>
                      </li>`,
                  )}
                  ${
                    list.length
                      ? nothing
                      : html`<li
                          class="macro-empty"
                          role="option"
                          aria-selected="false"
                          aria-disabled="true"
                        >
                          ${m.noMatch}
                        </li>`
                  }
                </ul>
                ${current ? this.renderPreview(current) : nothing}
              </div>`
      }
    </div>`;
  }

  private renderPreview(macro: Macro) {
    const msg = this.host.msg;
    const m = msg.macros;
    const changes = describeMacroActions(macro.actions, this.agentName, msg);
    // not a live region: arrowing through the options would re-read title, body and changes
    // on every move on top of the option name (the preview is visible; the name is read)
    return html`<section class="macro-preview" aria-label=${m.preview}>
      <div class="macro-preview-title" dir="auto">${macro.title || m.untitled}</div>
      <div class="macro-preview-body" dir="auto">${macro.body}</div>
      ${
        changes.length
          ? html`<div class="macro-preview-label">${m.appliesOnSend}</div>
              <ul class="macro-changes">
                ${changes.map((c) => html`<li>${c}</li>`)}
              </ul>`
          : html`<div class="macro-preview-label">${m.noChanges}</div>`
      }
    </section>`;
  }
}
