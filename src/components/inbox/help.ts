/** The `?` keyboard-shortcut popover. */
import { html } from 'lit';

export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['j', '↓'], label: 'Next ticket' },
  { keys: ['k', '↑'], label: 'Previous ticket' },
  { keys: ['Home', 'End'], label: 'First / last ticket on the page' },
  { keys: ['x', 'Space'], label: 'Select or deselect the ticket' },
  { keys: ['Shift+x', 'Shift+click'], label: 'Select a range' },
  { keys: ['Enter'], label: 'Open the ticket' },
  { keys: ['n'], label: 'Open the next unread ticket' },
  { keys: ['/'], label: 'Go to the view chips' },
  { keys: ['←', '→'], label: 'Move between view chips' },
  { keys: ['?'], label: 'Show this help' },
  { keys: ['Esc'], label: 'Close this help' },
];

export const HELP_ID = 'help';

export function renderHelp(p: {
  onToggle: (e: Event) => void;
  onBeforeToggle: (e: Event) => void;
}) {
  return html`<div
    id=${HELP_ID}
    class="popover help"
    part="help"
    popover="auto"
    role="dialog"
    aria-labelledby="help-title"
    @beforetoggle=${p.onBeforeToggle}
    @toggle=${p.onToggle}
  >
    <div class="popover-head">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <button
        type="button"
        class="hd-button close-help"
        popovertarget=${HELP_ID}
        popovertargetaction="hide"
      >
        Close shortcuts
      </button>
    </div>
    <dl>
      ${SHORTCUTS.map(
        (s) =>
          html`<div class="shortcut">
            <dt>${s.keys.map((k, i) => html`${i ? ' / ' : ''}<kbd>${k}</kbd>`)}</dt>
            <dd>${s.label}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}
