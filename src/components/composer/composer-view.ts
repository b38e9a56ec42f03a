/**
 * The template of `<hd-composer>`: tabs, the form (textarea, attachments, AI preview, pending
 * macro) and the toolbar with the Send area. Pure: all state and handlers come in `vm`.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AdapterError, Macro } from '../../adapter/types.js';
import type { AssistController } from './assist.js';
import type { AttachmentsController } from './attachments.js';
import type { MacroController } from './macros.js';
import type { ComposerMode, Route } from './routing.js';
import {
  renderMacroError,
  renderPendingMacro,
  renderSendError,
  renderTabs,
  withHiddenIcon,
} from './parts.js';
import type { Messages } from '../../i18n/en.js';

export interface ComposerViewModel {
  /** The translation table in effect. */
  msg: Messages;
  mode: ComposerMode;
  /** The ticket's number (`#1006`) once known: part of the form landmark's name. */
  ticketRef?: number;
  text: string;
  /** Where the current text would go (`note` for `/note …` in reply mode). */
  routeKind: Route['kind'];
  sending: boolean;
  replyUnavailable: boolean;
  staleWarning?: string;
  validation?: string;
  confirmation?: string;
  sendError?: { error: AdapterError; kind: 'reply' | 'note' };
  macroError?: { macro: Macro; message: string };
  pendingMacro?: Macro;
  assist: AssistController;
  macros: MacroController;
  attachments: AttachmentsController;
  on: {
    keydown(e: KeyboardEvent): void;
    setMode(mode: ComposerMode, focus: boolean): void;
    submit(e: Event): void;
    input(e: Event): void;
    textareaKey(e: KeyboardEvent): void;
    retry(): void;
    retryMacro(): void;
    dropMacro(): void;
  };
}

export function renderComposer(vm: ComposerViewModel) {
  const { mode, attachments, on, msg: m } = vm;
  const noEmail = mode === 'reply' && vm.replyUnavailable;
  const label = mode === 'note' ? m.composer.noteLabel : m.composer.replyLabel;
  const formLabel = vm.ticketRef === undefined ? label : m.composer.formLabel(label, vm.ticketRef);
  return html`<div class="base" part="base" data-mode=${mode} @keydown=${on.keydown}>
    ${renderTabs(mode, vm.sending, on.setMode, m)}
    <div role="tabpanel" id="panel" class="panel" aria-labelledby="tab-${mode}">
      <!-- named, so it is a form landmark (landmark navigation reaches the composer); the
        ticket keeps the names of several composers on one page apart -->
      <form
        part="form"
        novalidate
        aria-label=${formLabel}
        class=${attachments.isDragging ? 'dragging' : ''}
        @submit=${on.submit}
        @dragenter=${attachments.onDrag}
        @dragover=${attachments.onDrag}
        @dragleave=${attachments.onDrag}
        @drop=${attachments.onDrag}
      >
        ${
          mode === 'note'
            ? html`<div class="note-banner">
                <span aria-hidden="true">🔒</span> ${m.composer.noteBanner}
              </div>`
            : nothing
        }
        ${noEmail ? html`<div class="explain" id="no-email">${m.composer.noEmail}</div>` : nothing}
        <label class="visually-hidden" for="message">${label}</label>
        <textarea
          id="message"
          class="message ${vm.routeKind === 'note' ? 'as-note' : ''}"
          part="textarea"
          placeholder=${
            mode === 'note'
              ? m.composer.notePlaceholder
              : vm.macros.available
                ? m.composer.replyPlaceholder
                : m.composer.replyPlaceholderNoMacros
          }
          .value=${live(vm.text)}
          ?readonly=${vm.sending}
          aria-describedby=${noEmail ? 'no-email' : nothing}
          aria-activedescendant=${vm.macros.slashActiveId ?? nothing}
          @input=${on.input}
          @keydown=${on.textareaKey}
          @paste=${attachments.onPaste}
        ></textarea>
        ${attachments.renderDropHint()}
        <!-- a live region present from the start: "/note …" typed in Reply is announced -->
        <div
          class="command-status ${mode === 'reply' && vm.routeKind === 'note' ? '' : 'idle'}"
          role="status"
        >
          ${
            mode === 'reply' && vm.routeKind === 'note'
              ? html`<div class="note-banner">
                  <span aria-hidden="true">🔒</span> ${m.composer.commandBanner}
                </div>`
              : nothing
          }
        </div>
        ${attachments.renderList(vm.sending)} ${attachments.renderErrors()}
        ${vm.assist.renderPanel()}
        ${
          vm.pendingMacro
            ? renderPendingMacro(vm.pendingMacro, vm.macros.agentName, on.dropMacro, m)
            : nothing
        }
        ${renderToolbar(vm, vm.routeKind === 'reply' && vm.replyUnavailable)}
      </form>
    </div>
  </div>`;
}

function renderToolbar(vm: ComposerViewModel, replyBlocked: boolean) {
  const { macros, msg: m } = vm;
  const confirmation = vm.confirmation ? withHiddenIcon(vm.confirmation) : '';
  return html`<div class="toolbar" part="toolbar">
    <div class="tools">
      ${vm.attachments.renderPicker(vm.sending)}
      ${
        macros.available
          ? html`<button
              type="button"
              class="hd-button macro-button"
              aria-haspopup="dialog"
              aria-expanded=${macros.open && macros.source === 'button'}
              ?disabled=${vm.sending}
              @click=${() => macros.toggleFromButton()}
            >
              ${m.composer.macros}
            </button>`
          : nothing
      }
      <!-- right after its button: Tab from the search field goes on to Draft, not past Send -->
      ${macros.render()} ${vm.assist.renderButtons(vm.sending)}
    </div>
    <div class="send-area">
      ${
        vm.staleWarning
          ? html`<div class="stale" part="stale-warning" role="status">
              <span aria-hidden="true">⚠</span> ${vm.staleWarning}
            </div>`
          : nothing
      }
      ${vm.validation ? html`<div class="validation" role="alert">${vm.validation}</div>` : nothing}
      ${
        vm.sendError
          ? renderSendError(vm.sendError.error, vm.sendError.kind, vm.on.retry, vm.sending, m)
          : nothing
      }
      ${
        vm.macroError
          ? renderMacroError(vm.macroError.message, vm.macroError.macro, vm.on.retryMacro, m)
          : nothing
      }
      <!-- no whitespace inside: :empty keeps the (always rendered) live region out of the layout -->
      <div class="confirmation" part="confirmation" role="status">${confirmation}</div>
      <!-- busy while sending: aria-disabled (a second submit is ignored), so it keeps focus;
        labelled for where the text goes ("Add note" for /note … in Reply) -->
      <button
        type="submit"
        class="hd-button primary send"
        part="send"
        ?disabled=${replyBlocked}
        aria-disabled=${vm.sending ? 'true' : nothing}
        aria-describedby=${replyBlocked ? 'no-email' : nothing}
      >
        ${vm.sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${vm.routeKind === 'note' ? m.composer.addNote : m.composer.send}
      </button>
    </div>
  </div>`;
}
