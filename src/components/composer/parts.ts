/**
 * Render helpers of `<hd-composer>`: the mode tabs and the messages shown next to the Send
 * button (send failure with Retry, confirmation, stale-reply warning, pending macro).
 */
import { html, nothing } from 'lit';
import type { AdapterError, Macro } from '../../adapter/types.js';
import type { ComposerMode } from './routing.js';
import { describeMacroActions } from './macros.js';
import { enComposer, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';
import { dirOf } from '../../i18n/locale.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enComposer);

/** The adapter's message for `no_email_account` (DESIGN.md; compared, not shown twice). */
export const NO_EMAIL_ACCOUNT_MESSAGE = 'No email account is configured';

/** DESIGN.md: `📝 Internal note added (3 total — hidden from the customer).` */
export function noteConfirmation(total: number, m: Messages = en): string {
  return m.composer.noteAdded(total);
}

/** A leading pictograph ("✓", "📝") and the space after it. */
const LEADING_ICON = /^[\p{So}\uFE0F\u200D]+(?=\s)/u;

/**
 * A status text whose leading pictograph is `aria-hidden`: the visible text stays exactly as
 * written (DESIGN.md), but screen readers do not read "check mark" / "memo" first.
 */
export function withHiddenIcon(text: string) {
  const icon = LEADING_ICON.exec(text)?.[0];
  return icon ? html`<span aria-hidden="true">${icon}</span>${text.slice(icon.length)}` : text;
}

const TABS: { mode: ComposerMode; label: 'reply' | 'note'; shortcut: string; icon: string }[] = [
  { mode: 'reply', label: 'reply', shortcut: 'Alt+R', icon: '↩' },
  { mode: 'note', label: 'note', shortcut: 'Alt+N', icon: '🔒' },
];

export function renderTabs(
  mode: ComposerMode,
  disabled: boolean,
  select: (mode: ComposerMode, focus: boolean) => void,
  m: Messages = en,
) {
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.mode === mode);
    // arrows follow the reading direction: in right-to-left text → goes back
    const forward = dirOf(e.currentTarget as Element) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const next: Record<string, number> = {
      [forward]: (i + 1) % TABS.length,
      [back]: (i - 1 + TABS.length) % TABS.length,
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
    aria-label=${m.composer.tabs}
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
          title=${m.composer.tabTitle(m.composer[t.label], t.shortcut)}
          @click=${() => select(t.mode, false)}
        >
          <span aria-hidden="true">${t.icon}</span> ${m.composer[t.label]}
        </button>`,
    )}
  </div>`;
}

export function renderSendError(
  error: AdapterError,
  kind: 'reply' | 'note',
  retry: () => void,
  disabled: boolean,
  m: Messages = en,
) {
  const noAccount = error.code === 'no_email_account';
  return html`<div class="send-error" part="send-error" role="alert">
    <div class="send-error-text">
      ${
        noAccount
          ? html`<strong>${m.composer.noAccount}</strong>
              ${
                error.message && error.message !== NO_EMAIL_ACCOUNT_MESSAGE
                  ? html`<div>${error.message}</div>`
                  : nothing
              }
              <div class="hint">${m.composer.noAccountHint}</div>`
          : html`<strong
                >${kind === 'note' ? m.composer.noteNotAdded : m.composer.replyNotSent}</strong
              >
              ${error.message}
              <div class="hint">${m.composer.keptHint}</div>`
      }
    </div>
    <!-- goes away while sending: the (busy) Send button takes focus -->
    <button
      type="button"
      class="hd-button"
      data-focus-next="send"
      ?disabled=${disabled}
      @click=${retry}
    >
      ${m.common.retry}
    </button>
  </div>`;
}

export function renderPendingMacro(
  macro: Macro,
  agentName: (id: string) => string,
  remove: () => void,
  m: Messages = en,
) {
  const changes = describeMacroActions(macro.actions, agentName, m);
  return html`<div class="pending-macro" part="pending-macro">
    <span>${m.composer.pendingMacro(macro.title)} <strong>${changes.join(' · ')}</strong></span>
    <button type="button" class="link-button" @click=${remove}>${m.composer.dontApply}</button>
  </div>`;
}

export function renderMacroError(
  message: string,
  macro: Macro,
  retry: () => void,
  m: Messages = en,
) {
  return html`<div class="send-error" part="macro-error" role="alert">
    <div class="send-error-text">
      <strong>${m.composer.macroNotApplied(macro.title)}</strong> ${message}
    </div>
    <button type="button" class="hd-button" data-focus-next="send" @click=${retry}>
      ${m.composer.retryMacro}
    </button>
  </div>`;
}
