/**
 * Render helpers of `<hd-composer>`: the mode tabs and the messages shown next to the Send
 * button (send failure with Retry, confirmation, stale-reply warning, pending macro).
 */
import { html, nothing } from 'lit';
import type { AdapterError, Macro } from '../../adapter/types.js';
import type { ComposerMode } from './routing.js';
import { describeMacroActions } from './macros.js';

export const NO_EMAIL_ACCOUNT_MESSAGE = 'No email account is configured';

/** DESIGN.md: `📝 Internal note added (3 total — hidden from the customer).` */
export function noteConfirmation(total: number): string {
  return `📝 Internal note added (${total} total — hidden from the customer).`;
}

const TABS: { mode: ComposerMode; label: string; shortcut: string; icon: string }[] = [
  { mode: 'reply', label: 'Reply', shortcut: 'Alt+R', icon: '↩' },
  { mode: 'note', label: 'Internal note', shortcut: 'Alt+N', icon: '🔒' },
];

export function renderTabs(
  mode: ComposerMode,
  disabled: boolean,
  select: (mode: ComposerMode, focus: boolean) => void,
) {
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.mode === mode);
    const next: Record<string, number> = {
      ArrowRight: (i + 1) % TABS.length,
      ArrowLeft: (i - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    select(TABS[next[e.key]].mode, true);
  };
  return html`<div
    class="tabs"
    part="tabs"
    role="tablist"
    aria-label="Composer mode"
    @keydown=${onKey}
  >
    ${TABS.map(
      (t) =>
        html`<button
          type="button"
          role="tab"
          id="tab-${t.mode}"
          class="tab tab-${t.mode}"
          part="tab tab-${t.mode}"
          aria-selected=${t.mode === mode ? 'true' : 'false'}
          aria-controls="panel"
          aria-keyshortcuts=${t.shortcut}
          aria-disabled=${disabled ? 'true' : 'false'}
          tabindex=${t.mode === mode ? 0 : -1}
          title="${t.label} (${t.shortcut})"
          @click=${() => select(t.mode, false)}
        >
          <span aria-hidden="true">${t.icon}</span> ${t.label}
        </button>`,
    )}
  </div>`;
}

export function renderSendError(
  error: AdapterError,
  kind: 'reply' | 'note',
  retry: () => void,
  disabled: boolean,
) {
  const noAccount = error.code === 'no_email_account';
  return html`<div class="send-error" part="send-error" role="alert">
    <div class="send-error-text">
      ${
        noAccount
          ? html`<strong>${NO_EMAIL_ACCOUNT_MESSAGE}</strong>
              ${
                error.message && error.message !== NO_EMAIL_ACCOUNT_MESSAGE
                  ? html`<div>${error.message}</div>`
                  : nothing
              }
              <div class="hint">
                Replies go out through the tenant's outbound email. Ask an administrator to
                configure an outbound email account for this tenant, then retry. Your draft is kept.
              </div>`
          : html`<strong>${kind === 'note' ? 'Note not added:' : 'Reply not sent:'}</strong>
              ${error.message}
              <div class="hint">Your draft and attachments are kept.</div>`
      }
    </div>
    <button type="button" class="hd-button" ?disabled=${disabled} @click=${retry}>Retry</button>
  </div>`;
}

export function renderPendingMacro(
  macro: Macro,
  agentName: (id: string) => string,
  remove: () => void,
) {
  const changes = describeMacroActions(macro.actions, agentName);
  return html`<div class="pending-macro" part="pending-macro">
    <span>On send, macro “${macro.title}” also sets: <strong>${changes.join(' · ')}</strong></span>
    <button type="button" class="link-button" @click=${remove}>Don't apply</button>
  </div>`;
}

export function renderMacroError(message: string, macro: Macro, retry: () => void) {
  return html`<div class="send-error" part="macro-error" role="alert">
    <div class="send-error-text">
      <strong>Macro “${macro.title}” not applied:</strong> ${message}
    </div>
    <button type="button" class="hd-button" @click=${retry}>Retry macro</button>
  </div>`;
}
