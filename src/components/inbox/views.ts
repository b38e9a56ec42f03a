/**
 * The inbox's view chips: built-in views, then the agent's custom saved views. Custom views
 * live in the backend (`adapter.saveView` / `listSavedViews` / `deleteView`) when it has
 * them, otherwise in the StateStore ("personal" views). A backend without saved views only
 * understands the single filter keys (`by_tag:`, `by_team:`, `by_project:`), so a personal
 * view filters by one of tag, team or project and is queried through that key.
 */
import {
  BUILT_IN_VIEWS,
  PRIORITIES,
  TICKET_STATUSES,
  type HelpdeskAdapter,
  type Priority,
  type SavedView,
  type TicketStatus,
  type ViewFilter,
} from '../../adapter/types.js';
import type { StateStore } from '../../model/state-store.js';
import { parseView } from '../../model/views.js';
import { enInbox, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enInbox);

export type ChipSource = 'built_in' | 'adapter' | 'local' | 'other';

/** One chip of the views bar. */
export interface ViewChip {
  /** The value of the inbox's `view` property when this chip is active. */
  key: string;
  label: string;
  /** The key sent to `listTickets` / `countViews`. */
  query: string;
  source: ChipSource;
  saved?: SavedView;
}

/** The StateStore key of an agent's personal saved views. */
export function localViewsKey(agentId: string): string {
  return `saved-views:${agentId}`;
}

/** True when custom views are stored by the backend. */
export function backendSavesViews(adapter: HelpdeskAdapter | undefined): boolean {
  return typeof adapter?.saveView === 'function';
}

/** The single-filter key a personal view is queried through. */
export function localQueryKey(filter: ViewFilter): string {
  if (filter.tags?.length) return `by_tag:${filter.tags[0]}`;
  if (filter.teamId) return `by_team:${filter.teamId}`;
  if (filter.projectId) return `by_project:${filter.projectId}`;
  return 'all_open';
}

/** Reads the personal views of an agent (bad data → none). */
export function readLocalViews(store: StateStore, agentId: string): SavedView[] {
  const raw = store.get<unknown>(localViewsKey(agentId));
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (v): v is SavedView =>
      !!v && typeof v === 'object' && typeof v.id === 'string' && typeof v.name === 'string',
  );
}

export function writeLocalViews(store: StateStore, agentId: string, views: SavedView[]): void {
  if (views.length) store.set(localViewsKey(agentId), views);
  else store.delete(localViewsKey(agentId));
}

/** A view key's chip label in `m`: "My open", "Tag: vpn", "Team: net"; else the key. */
export function chipLabel(view: string, m: Messages = en): string {
  try {
    const parsed = parseView(view);
    if (parsed.kind === 'built_in') return m.inbox.viewLabels[parsed.view];
    if (parsed.kind === 'tag') return m.inbox.tagView(parsed.tag);
    if (parsed.kind === 'team') return m.inbox.teamView(parsed.teamId);
    if (parsed.kind === 'project') return m.inbox.projectView(parsed.projectId);
  } catch {
    // not a view key: shown as it is
  }
  return view;
}

/** Built-in chips, then backend views, then personal views; plus the current view if other. */
export function buildChips(
  adapterViews: readonly SavedView[],
  localViews: readonly SavedView[],
  current: string,
  m: Messages = en,
): ViewChip[] {
  const chips: ViewChip[] = BUILT_IN_VIEWS.map((key) => ({
    key,
    label: m.inbox.viewLabels[key],
    query: key,
    source: 'built_in' as const,
  }));
  for (const saved of adapterViews) {
    const key = `saved:${saved.id}`;
    chips.push({ key, label: saved.name, query: key, source: 'adapter', saved });
  }
  for (const saved of localViews) {
    if (adapterViews.some((v) => v.id === saved.id)) continue;
    const key = `saved:${saved.id}`;
    chips.push({
      key,
      label: saved.name,
      query: localQueryKey(saved.filter),
      source: 'local',
      saved,
    });
  }
  if (current && !chips.some((c) => c.key === current)) {
    chips.push({ key: current, label: chipLabel(current, m), query: current, source: 'other' });
  }
  return chips;
}

/** A fresh id for a new saved view. */
export function newViewId(): string {
  const rand =
    globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `v${Date.now().toString(36)}${rand}`;
}

const list = (value: FormDataEntryValue | null): string[] =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the saved-view editor's form. `full` = the backend stores views (every filter field);
 * otherwise exactly one of tag, team or project. Returns the view or an error message.
 */
export function viewFromForm(
  data: FormData,
  id: string,
  full: boolean,
  m: Messages = en,
): { view: SavedView } | { error: string } {
  const name = String(data.get('name') ?? '').trim();
  if (!name) return { error: m.editor.needName };
  const filter: ViewFilter = {};
  const tags = list(data.get('tags'));
  const teamId = String(data.get('team') ?? '').trim();
  const projectId = String(data.get('project') ?? '').trim();
  if (tags.length) filter.tags = tags;
  if (teamId) filter.teamId = teamId;
  if (projectId) filter.projectId = projectId;
  if (full) {
    const status = data.getAll('status').map(String) as TicketStatus[];
    const priority = data.getAll('priority').map(String) as Priority[];
    if (status.length) filter.status = status.filter((s) => TICKET_STATUSES.includes(s));
    if (priority.length) filter.priority = priority.filter((p) => PRIORITIES.includes(p));
    if (!Object.keys(filter).length) return { error: m.editor.pickFilter };
  } else {
    const used = [tags.length > 0, !!teamId, !!projectId].filter(Boolean).length;
    if (used !== 1 || tags.length > 1) {
      return { error: m.editor.personalHint };
    }
  }
  return { view: { id, name, filter } };
}
