/** Pure helpers for reporting bulk results. */
import type { ActionName } from '../events/index.js';

const ACTION_LABELS: Partial<Record<ActionName, string>> = {
  close: 'Bulk close',
  assign_me: 'Bulk assign',
  priority_high: 'Bulk priority high',
  priority_low: 'Bulk priority low',
};

export function bulkActionLabel(action: ActionName): string {
  return ACTION_LABELS[action] ?? `Bulk ${action.replace(/_/g, ' ')}`;
}

/** "Bulk close: 4 ok, 1 failed" — the footer's summary line (DESIGN.md, exact). */
export function bulkSummary(action: ActionName, ok: number, failed: number): string {
  return `${bulkActionLabel(action)}: ${ok} ok, ${failed} failed`;
}
