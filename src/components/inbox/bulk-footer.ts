/** The bulk-action footer (only while tickets are selected) and the bulk result line. */
import { html, nothing } from 'lit';
import type { ActionName } from '../../events/index.js';
import type { TicketPatch } from '../../adapter/types.js';
import type { Messages } from '../../i18n/en.js';

export type BulkAction = 'close' | 'assign_me' | 'priority_high' | 'priority_low';

/** Footer buttons in order (their names, "Close" ... in English, come from the table). */
export const BULK_ACTIONS: readonly BulkAction[] = [
  'close',
  'assign_me',
  'priority_high',
  'priority_low',
];

/** The ticket patch a bulk action writes (`meId` for "Assign me"). */
export function bulkPatch(action: BulkAction, meId: string): TicketPatch {
  switch (action) {
    case 'close':
      return { status: 'closed' };
    case 'assign_me':
      return { assigneeId: meId };
    case 'priority_high':
      return { priority: 'high' };
    case 'priority_low':
      return { priority: 'low' };
  }
}

export interface BulkProgress {
  action: BulkAction;
  done: number;
  total: number;
}

export interface BulkResult {
  action: ActionName;
  ok: number;
  failed: number;
  /** Failed tickets ("#1012") with the adapter's message (none: "Failed"). */
  failures: { label: string; message?: string }[];
}

export interface FooterProps {
  msg: Messages;
  count: number;
  progress?: BulkProgress;
  onClick: (e: MouseEvent) => void;
}

export function renderBulkFooter(p: FooterProps) {
  const busy = !!p.progress;
  const m = p.msg.bulk;
  return html`<div class="footer" part="footer" role="region" aria-label=${m.region}>
    <span class="selected-count">${m.selected(p.count)}</span>
    <span class="bulk-buttons">
      ${BULK_ACTIONS.map(
        (action) =>
          html`<button
            type="button"
            class="hd-button ${action === 'close' ? 'primary' : ''}"
            data-action=${action}
            @click=${p.onClick}
            aria-disabled=${busy ? 'true' : 'false'}
          >
            ${m.actions[action]}
          </button>`,
      )}
      <button
        type="button"
        class="hd-button"
        data-action="clear"
        @click=${p.onClick}
        aria-disabled=${busy ? 'true' : 'false'}
      >
        ${m.clear}
      </button>
    </span>
    ${
      p.progress
        ? html`<span class="progress">
            <progress
              max=${p.progress.total}
              .value=${p.progress.done}
              aria-label=${m.progressLabel}
            ></progress>
            <span>${m.progress(p.progress.action, p.progress.done, p.progress.total)}</span>
          </span>`
        : nothing
    }
  </div>`;
}

/** Content of the always-present status region (a polite live region). */
export function renderBulkResult(
  result: BulkResult | undefined,
  onDismiss: () => void,
  msg: Messages,
) {
  if (!result) return nothing;
  const m = msg.bulk;
  return html`<div class="bulk-result ${result.failures.length ? 'has-failures' : ''}">
    <p class="summary">${m.summary(result.action, result.ok, result.failed)}</p>
    ${
      result.failures.length
        ? html`<ul class="failures" aria-label=${m.failedTickets}>
            ${result.failures.map(
              (f) =>
                html`<li>
                  <span class="failed-number">${f.label}</span>:
                  <span>${f.message ?? m.failed}</span>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <button type="button" class="hd-button dismiss" @click=${onDismiss}>
      ${msg.common.dismiss}
    </button>
  </div>`;
}
