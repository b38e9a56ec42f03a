/** The bulk-action footer (only while tickets are selected) and the bulk result line. */
import { html, nothing } from 'lit';
import type { ActionName } from '../../events/index.js';
import type { TicketPatch } from '../../adapter/types.js';

export type BulkAction = 'close' | 'assign_me' | 'priority_high' | 'priority_low';

/** Footer buttons in order, with their exact accessible names (DESIGN.md). */
export const BULK_ACTIONS: readonly { action: BulkAction; label: string }[] = [
  { action: 'close', label: 'Close' },
  { action: 'assign_me', label: 'Assign me' },
  { action: 'priority_high', label: 'Priority: High' },
  { action: 'priority_low', label: 'Priority: Low' },
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

const PROGRESS_VERBS: Record<BulkAction, string> = {
  close: 'Closing',
  assign_me: 'Assigning',
  priority_high: 'Setting priority',
  priority_low: 'Setting priority',
};

export interface BulkProgress {
  action: BulkAction;
  done: number;
  total: number;
}

export interface BulkResult {
  action: ActionName;
  summary: string;
  failures: { label: string; message: string }[];
}

export interface FooterProps {
  count: number;
  progress?: BulkProgress;
  onClick: (e: MouseEvent) => void;
}

export function renderBulkFooter(p: FooterProps) {
  const busy = !!p.progress;
  return html`<div class="footer" part="footer" role="region" aria-label="Bulk actions">
    <span class="selected-count">${p.count} selected</span>
    <span class="bulk-buttons">
      ${BULK_ACTIONS.map(
        (b) =>
          html`<button
            type="button"
            class="hd-button ${b.action === 'close' ? 'primary' : ''}"
            data-action=${b.action}
            @click=${p.onClick}
            aria-disabled=${busy ? 'true' : 'false'}
          >
            ${b.label}
          </button>`,
      )}
      <button
        type="button"
        class="hd-button"
        data-action="clear"
        @click=${p.onClick}
        aria-disabled=${busy ? 'true' : 'false'}
      >
        Clear selection
      </button>
    </span>
    ${
      p.progress
        ? html`<span class="progress">
            <progress
              max=${p.progress.total}
              .value=${p.progress.done}
              aria-label="Bulk action progress"
            ></progress>
            <span
              >${PROGRESS_VERBS[p.progress.action]} ${p.progress.done} of ${p.progress.total}…</span
            >
          </span>`
        : nothing
    }
  </div>`;
}

/** Content of the always-present status region (a polite live region). */
export function renderBulkResult(result: BulkResult | undefined, onDismiss: () => void) {
  if (!result) return nothing;
  return html`<div class="bulk-result ${result.failures.length ? 'has-failures' : ''}">
    <p class="summary">${result.summary}</p>
    ${
      result.failures.length
        ? html`<ul class="failures" aria-label="Failed tickets">
            ${result.failures.map(
              (f) =>
                html`<li>
                  <span class="failed-number">${f.label}</span>: <span>${f.message}</span>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <button type="button" class="hd-button dismiss" @click=${onDismiss}>Dismiss</button>
  </div>`;
}
