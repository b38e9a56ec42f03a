import {
  AdapterError,
  BUILT_IN_VIEWS,
  type BuiltInView,
  type SavedView,
  type TicketSummary,
} from '../adapter/types.js';
import { isClosedStatus, slaState, type TimeInput } from './sla.js';

/**
 * View semantics shared by every mock backend (memory adapter, msw REST handlers), so all of
 * them agree on which ticket is in which view and in which order.
 *
 * "Open" means not resolved and not closed, i.e. status `open` or `pending`.
 */

/** Chip labels of the built-in views. */
export const VIEW_LABELS: Readonly<Record<BuiltInView, string>> = {
  my_open: 'My open',
  unassigned: 'Unassigned',
  overdue: 'Overdue',
  high_priority: 'High',
  all_open: 'All open',
};

/** What a view predicate needs to know besides the ticket. */
export interface ViewContext {
  /** Id of the signed-in agent (for `my_open`). */
  meId: string;
  /** The clock used for "past a due time" (for `overdue`). */
  now: TimeInput;
  /** Custom saved views (for `saved:<id>`). */
  savedViews: SavedView[];
}

/** A parsed view key. */
export type ParsedView =
  | { kind: 'built_in'; view: BuiltInView }
  | { kind: 'tag'; tag: string }
  | { kind: 'team'; teamId: string }
  | { kind: 'project'; projectId: string }
  | { kind: 'saved'; savedViewId: string };

const PREFIXES = {
  'by_tag:': 'tag',
  'by_team:': 'team',
  'by_project:': 'project',
  'saved:': 'saved',
} as const;

function unknownView(view: string): AdapterError {
  return new AdapterError('validation', `Unknown view "${view}"`);
}

/** Parses a view key; throws `AdapterError('validation', 'Unknown view "x"')` when invalid. */
export function parseView(view: string): ParsedView {
  if ((BUILT_IN_VIEWS as readonly string[]).includes(view)) {
    return { kind: 'built_in', view: view as BuiltInView };
  }
  for (const [prefix, kind] of Object.entries(PREFIXES)) {
    if (!view.startsWith(prefix)) continue;
    const value = view.slice(prefix.length);
    if (!value) break;
    if (kind === 'tag') return { kind, tag: value };
    if (kind === 'team') return { kind, teamId: value };
    if (kind === 'project') return { kind, projectId: value };
    return { kind: 'saved', savedViewId: value };
  }
  throw unknownView(view);
}

/** True when the ticket is neither resolved nor closed. */
export function isOpenTicket(ticket: Pick<TicketSummary, 'status'>): boolean {
  return !isClosedStatus(ticket.status);
}

/** True when the SLA was warned about or a pending due time is past `now`. */
export function isOverdue(ticket: Pick<TicketSummary, 'sla'>, now: TimeInput): boolean {
  return Boolean(ticket.sla.warnedAt) || slaState(ticket.sla, now) === 'breached';
}

type Predicate = (ticket: TicketSummary) => boolean;

function builtInPredicate(view: BuiltInView, ctx: ViewContext): Predicate {
  switch (view) {
    case 'my_open':
      return (t) => t.assigneeId === ctx.meId && isOpenTicket(t);
    case 'unassigned':
      return (t) => t.assigneeId === null && isOpenTicket(t);
    case 'overdue':
      return (t) => isOpenTicket(t) && isOverdue(t, ctx.now);
    case 'high_priority':
      return (t) => isOpenTicket(t) && (t.priority === 'high' || t.priority === 'urgent');
    case 'all_open':
      return isOpenTicket;
  }
}

function savedPredicate(view: string, id: string, ctx: ViewContext): Predicate {
  const saved = ctx.savedViews.find((v) => v.id === id);
  if (!saved) throw unknownView(view);
  const { tags, teamId, projectId, status, priority } = saved.filter;
  return (t) =>
    (status?.length ? status.includes(t.status) : isOpenTicket(t)) &&
    (!priority?.length || priority.includes(t.priority)) &&
    (!tags?.length || tags.some((tag) => t.tags.includes(tag))) &&
    (teamId === undefined || t.teamId === teamId) &&
    (projectId === undefined || t.projectId === projectId);
}

/**
 * Builds the membership test of a view once (validating it), for filtering many tickets.
 *
 * - `my_open`: assigned to `ctx.meId` and open (status open or pending).
 * - `unassigned`: `assigneeId === null` and open.
 * - `overdue`: open and (`sla.warnedAt` set or a pending due time past `ctx.now`).
 * - `high_priority`: open and priority high or urgent.
 * - `all_open`: open.
 * - `by_tag:<tag>`, `by_team:<id>`, `by_project:<id>`: open tickets with that tag/team/project.
 * - `saved:<id>`: the saved view's filter. `status` when given (any of), else open only;
 *   `priority` any of; `tags` any of; `teamId` / `projectId` equal.
 *
 * @throws AdapterError `validation` — `Unknown view "x"` (also for an unknown saved view id).
 */
export function viewPredicate(view: string, ctx: ViewContext): Predicate {
  const parsed = parseView(view);
  switch (parsed.kind) {
    case 'built_in':
      return builtInPredicate(parsed.view, ctx);
    case 'tag':
      return (t) => isOpenTicket(t) && t.tags.includes(parsed.tag);
    case 'team':
      return (t) => isOpenTicket(t) && t.teamId === parsed.teamId;
    case 'project':
      return (t) => isOpenTicket(t) && t.projectId === parsed.projectId;
    case 'saved':
      return savedPredicate(view, parsed.savedViewId, ctx);
  }
}

/** Whether `ticket` belongs to `view`; see {@link viewPredicate} for the semantics. */
export function ticketMatchesView(ticket: TicketSummary, view: string, ctx: ViewContext): boolean {
  return viewPredicate(view, ctx)(ticket);
}

/** List order: `updatedAt` descending (newest first), ties by `number` descending. */
export function compareTicketsForList(
  a: Pick<TicketSummary, 'updatedAt' | 'number'>,
  b: Pick<TicketSummary, 'updatedAt' | 'number'>,
): number {
  const byTime = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  return byTime || b.number - a.number;
}

/** A sorted copy in list order (see {@link compareTicketsForList}). */
export function sortTicketsForList<T extends Pick<TicketSummary, 'updatedAt' | 'number'>>(
  tickets: readonly T[],
): T[] {
  return [...tickets].sort(compareTicketsForList);
}

/**
 * A human label for any view key: the built-in label, `Tag: vpn`, `Team: <id>`,
 * `Project: <id>` (pass `names` to show names instead of ids), or the saved view's name.
 * Returns the key itself when it cannot be labelled.
 */
export function viewLabel(
  view: string,
  savedViews: SavedView[] = [],
  names: Record<string, string> = {},
): string {
  let parsed: ParsedView;
  try {
    parsed = parseView(view);
  } catch {
    return view;
  }
  switch (parsed.kind) {
    case 'built_in':
      return VIEW_LABELS[parsed.view];
    case 'tag':
      return `Tag: ${parsed.tag}`;
    case 'team':
      return `Team: ${names[parsed.teamId] ?? parsed.teamId}`;
    case 'project':
      return `Project: ${names[parsed.projectId] ?? parsed.projectId}`;
    case 'saved':
      return savedViews.find((v) => v.id === parsed.savedViewId)?.name ?? view;
  }
}
