/**
 * Pure selection logic for lists of tickets (no DOM). A selection is an ordered list of ticket
 * ids (the order the agent picked them in) plus the ticket numbers seen for them, so a
 * persisted selection can still name tickets that are not on the current page.
 *
 * Every function returns a new value and never mutates its input.
 */

export interface Selection {
  /** Selected ticket ids, in the order they were selected, without duplicates. */
  readonly ids: readonly string[];
  /** Ticket numbers by id, for reporting ("#1012") tickets that are not on screen. */
  readonly numbers: Readonly<Record<string, number>>;
}

/** Something with an id and a ticket number (a `TicketSummary` fits). */
export interface SelectableItem {
  id: string;
  number: number;
}

/** The state of a "select all on this page" checkbox. */
export type PageSelectionState = 'none' | 'some' | 'all';

export const EMPTY_SELECTION: Selection = Object.freeze({ ids: [], numbers: {} });

/** The StateStore key of an agent's inbox selection. */
export function selectionKey(agentId: string): string {
  return `selection:${agentId}`;
}

/** True when `id` is selected. */
export function isSelected(selection: Selection, id: string): boolean {
  return selection.ids.includes(id);
}

/**
 * Selects (`on = true`) or deselects the items; items already in that state are left alone,
 * and newly selected ones are appended in the given order.
 */
export function setSelected(
  selection: Selection,
  items: readonly SelectableItem[],
  on: boolean,
): Selection {
  if (!items.length) return selection;
  if (on) {
    const have = new Set(selection.ids);
    const ids = [...selection.ids];
    const numbers = { ...selection.numbers };
    for (const item of items) {
      numbers[item.id] = item.number;
      if (!have.has(item.id)) {
        have.add(item.id);
        ids.push(item.id);
      }
    }
    return { ids, numbers };
  }
  const drop = new Set(items.map((i) => i.id));
  if (!selection.ids.some((id) => drop.has(id))) return selection;
  const numbers: Record<string, number> = {};
  const ids = selection.ids.filter((id) => !drop.has(id));
  for (const id of ids) if (id in selection.numbers) numbers[id] = selection.numbers[id];
  return { ids, numbers };
}

/** Flips one item. */
export function toggle(selection: Selection, item: SelectableItem): Selection {
  return setSelected(selection, [item], !isSelected(selection, item.id));
}

/**
 * The items from `anchorId` to `targetId` inclusive, in list order (either direction). When
 * the anchor is not in the list (another page, or none yet) the range is just the target.
 */
export function rangeBetween<T extends SelectableItem>(
  items: readonly T[],
  anchorId: string | undefined,
  targetId: string,
): T[] {
  const to = items.findIndex((i) => i.id === targetId);
  if (to < 0) return [];
  const from = anchorId === undefined ? -1 : items.findIndex((i) => i.id === anchorId);
  if (from < 0) return [items[to]];
  const [a, b] = from <= to ? [from, to] : [to, from];
  return items.slice(a, b + 1);
}

/**
 * Shift+click / Shift+x: sets every item between the anchor and the target to the state the
 * target is being switched to (so a range can select or deselect, like a mail client).
 */
export function selectRange(
  selection: Selection,
  items: readonly SelectableItem[],
  anchorId: string | undefined,
  targetId: string,
): Selection {
  const range = rangeBetween(items, anchorId, targetId);
  return setSelected(selection, range, !isSelected(selection, targetId));
}

/** How many of the page's items are selected: none, some (indeterminate) or all. */
export function pageSelectionState(
  selection: Selection,
  pageIds: readonly string[],
): PageSelectionState {
  if (!pageIds.length) return 'none';
  const selected = new Set(selection.ids);
  const n = pageIds.filter((id) => selected.has(id)).length;
  return n === 0 ? 'none' : n === pageIds.length ? 'all' : 'some';
}

/** The "select all on this page" checkbox: all selected → deselect the page, else select it. */
export function togglePage(selection: Selection, pageItems: readonly SelectableItem[]): Selection {
  const state = pageSelectionState(
    selection,
    pageItems.map((i) => i.id),
  );
  return setSelected(selection, pageItems, state !== 'all');
}

/** Reads a persisted selection defensively (bad or foreign data → empty selection). */
export function parseSelection(raw: unknown): Selection {
  if (!raw || typeof raw !== 'object') return EMPTY_SELECTION;
  const r = raw as { ids?: unknown; numbers?: unknown };
  if (!Array.isArray(r.ids)) return EMPTY_SELECTION;
  const ids = [...new Set(r.ids.filter((id): id is string => typeof id === 'string'))];
  const numbers: Record<string, number> = {};
  if (r.numbers && typeof r.numbers === 'object') {
    for (const id of ids) {
      const n = (r.numbers as Record<string, unknown>)[id];
      if (typeof n === 'number' && Number.isFinite(n)) numbers[id] = n;
    }
  }
  return { ids, numbers };
}

/** "#1012" for a selected ticket, or its id when its number was never seen. */
export function ticketLabel(selection: Selection, id: string): string {
  const n = selection.numbers[id];
  return n === undefined ? id : `#${n}`;
}
