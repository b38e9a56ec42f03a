/** The `?` keyboard-shortcut popover. */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';

/** The shortcuts in the help, with their key names and labels from the table. */
export function shortcuts(m: Messages): readonly { keys: string[]; label: string }[] {
  const h = m.help;
  const k = h.keys;
  return [
    { keys: ['j', '↓'], label: h.next },
    { keys: ['k', '↑'], label: h.previous },
    { keys: [k.home, k.end], label: h.firstLast },
    { keys: ['x', k.space], label: h.select },
    { keys: [k.shiftX, k.shiftClick], label: h.range },
    { keys: [k.enter], label: h.open },
    { keys: ['n'], label: h.nextUnread },
    { keys: ['/'], label: h.chips },
    { keys: ['←', '→'], label: h.moveChips },
    { keys: ['?'], label: h.help },
    { keys: [k.esc], label: h.closeHelp },
  ];
}

export const HELP_ID = 'help';

export function renderHelp(p: {
  msg: Messages;
  /** False until the help is first opened: the list is only built then. */
  built: boolean;
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
      <h2 id="help-title">${p.msg.help.title}</h2>
      <button
        type="button"
        class="hd-button close-help"
        popovertarget=${HELP_ID}
        popovertargetaction="hide"
      >
        ${p.msg.help.close}
      </button>
    </div>
    ${
      p.built
        ? html`<dl>
            ${shortcuts(p.msg).map(
              (s) =>
                html`<div class="shortcut">
                  <dt>${s.keys.map((k, i) => html`${i ? ' / ' : ''}<kbd>${k}</kbd>`)}</dt>
                  <dd>${s.label}</dd>
                </div>`,
            )}
          </dl>`
        : nothing
    }
  </div>`;
}
