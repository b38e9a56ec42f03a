/**
 * The English translation table: every text the elements write themselves (adapter messages
 * are shown verbatim and are not in here). Texts with values are functions; counts use
 * `Intl.PluralRules` / `Intl.NumberFormat` for English. `Messages` (the type every other table
 * must satisfy) is derived from this object, so a missing key in `de.ts` is a type error.
 *
 * The table is exported in parts, one per element (plus the texts all share), so an entry
 * carries only the English texts of the elements it defines: a module that uses a part
 * registers it with `useEnglish(part)` (src/i18n/index.ts) and gets the English table back.
 * `en` (all parts) is for tests and tools.
 */
import type {
  BuiltInView,
  CustomerChannel,
  Priority,
  RemoteSessionStatus,
  SentinelPosture,
  SlaState,
  TicketStatus,
} from '../adapter/types.js';
import type { ActionName } from '../events/index.js';
import type { UnitStyle } from '../model/format.js';
import { grouped, isOne, oneDecimal, plain } from './numbers.js';

const L = 'en';
const n = (value: number) => plain(L, value);
const count = (value: number) => grouped(L, value);
const plural = (value: number, one: string, other: string) => (isOne(L, value) ? one : other);

type PeekField = 'status' | 'priority' | 'assignee';
type BulkActionName = 'close' | 'assign_me' | 'priority_high' | 'priority_low';

/** `unknown`: a value the adapter sent that the contract does not know (model/normalize.ts). */
type Known<T extends string> = Record<T | 'unknown', string>;

const statusLower: Known<TicketStatus> = {
  open: 'open',
  pending: 'pending',
  resolved: 'resolved',
  closed: 'closed',
  unknown: 'unknown',
};
const fields: Record<PeekField, string> = {
  status: 'Status',
  priority: 'Priority',
  assignee: 'Assignee',
};
const progressVerbs: Record<BulkActionName, string> = {
  close: 'Closing',
  assign_me: 'Assigning',
  priority_high: 'Setting priority',
  priority_low: 'Setting priority',
};
const bulkLabels: Partial<Record<ActionName, string>> = {
  close: 'Bulk close',
  assign_me: 'Bulk assign',
  priority_high: 'Bulk priority high',
  priority_low: 'Bulk priority low',
};

/** Texts every element uses. */
export const enCommon = {
  /** BCP 47 tag of the table (numbers inside messages are formatted for it). */
  lang: 'en',
  format: {
    /** `Intl` unit / relative-time style for durations and "5m ago" (`narrow` or `short`). */
    unitStyle: 'narrow' as UnitStyle,
  },
  common: {
    noAdapter: 'No data adapter: wrap in <hd-provider> or set .adapter',
    retry: 'Retry',
    close: 'Close',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    unassigned: 'Unassigned',
    attachments: 'Attachments',
    status: {
      open: 'Open',
      pending: 'Pending',
      resolved: 'Resolved',
      closed: 'Closed',
      unknown: 'Unknown status',
    } as Known<TicketStatus>,
    statusLower,
    priority: {
      low: 'Low',
      normal: 'Normal',
      high: 'High',
      urgent: 'Urgent',
      unknown: 'Unknown priority',
    } as Known<Priority>,
    priorityLower: {
      low: 'low',
      normal: 'normal',
      high: 'high',
      urgent: 'urgent',
      unknown: 'unknown',
    } as Known<Priority>,
    /** Placeholders for values an adapter left out or sent unusable (model/normalize.ts). */
    noSubject: '(no subject)',
    /** Shown (to screen readers and as a tooltip) next to "—" where a date is missing. */
    noDate: 'No date',
    unknownName: 'Unknown',
  },
};

/** `<hd-inbox>`: rows, views, bulk footer, shortcuts help, saved-view editor. */
export const enInbox = {
  inbox: {
    notEnabled: 'The agent inbox is not enabled here.',
    region: 'Inbox',
    views: 'Views',
    viewLabels: {
      my_open: 'My open',
      unassigned: 'Unassigned',
      overdue: 'Overdue',
      high_priority: 'High',
      all_open: 'All open',
    } as Record<BuiltInView, string>,
    tagView: (tag: string) => `Tag: ${tag}`,
    teamView: (team: string) => `Team: ${team}`,
    projectView: (project: string) => `Project: ${project}`,
    newView: 'New view',
    editView: 'Edit view',
    nextUnread: 'Next unread',
    shortcuts: 'Keyboard shortcuts',
    shortcutsTitle: 'Keyboard shortcuts (?)',
    loading: 'Loading tickets…',
    selectPage: 'Select all on this page',
    ticketCount: (total: number) => `${n(total)} ${plural(total, 'ticket', 'tickets')}`,
    empty: 'Nothing here — all caught up',
    list: 'Tickets',
    pagination: 'Pagination',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${n(page)} of ${n(pages)}`,
    /** `number` is "—" for a ticket without a usable number. */
    selectTicket: (number: number | string, subject: string) =>
      `Select ticket #${number} — ${subject}`,
    /** The priority icon's name: DESIGN.md "Priority: high". */
    priorityIcon: (priority: Priority) => `Priority: ${priority}`,
    flags: {
      breached: { label: 'SLA breached', text: 'Breached' },
      atRisk: { label: 'SLA at risk', text: 'At risk' },
      unassigned: { label: 'Unassigned', text: 'Unassigned' },
      watched: { label: 'Another agent is viewing', text: 'Viewing' },
    },
    unread: 'Unread',
    noUnread: 'No unread tickets in this view.',
    agentUnknown: 'The signed-in agent is unknown.',
  },
  bulk: {
    region: 'Bulk actions',
    selected: (count: number) => `${n(count)} selected`,
    /** Announced (visually hidden) when the agent empties the selection. */
    cleared: 'Selection cleared',
    /** Footer buttons: their exact accessible names (DESIGN.md). */
    actions: {
      close: 'Close',
      assign_me: 'Assign me',
      priority_high: 'Priority: High',
      priority_low: 'Priority: Low',
    } as Record<BulkActionName, string>,
    clear: 'Clear selection',
    progressLabel: 'Bulk action progress',
    progress: (action: BulkActionName, done: number, total: number) =>
      `${progressVerbs[action]} ${n(done)} of ${n(total)}…`,
    /** "Bulk close: 4 ok, 1 failed" (DESIGN.md, exact). */
    summary: (action: ActionName, ok: number, failed: number) =>
      `${bulkLabels[action] ?? `Bulk ${action.replace(/_/g, ' ')}`}: ${n(ok)} ok, ${n(failed)} failed`,
    failedTickets: 'Failed tickets',
    failed: 'Failed',
  },
  help: {
    title: 'Keyboard shortcuts',
    close: 'Close shortcuts',
    keys: {
      space: 'Space',
      home: 'Home',
      end: 'End',
      enter: 'Enter',
      esc: 'Esc',
      shiftX: 'Shift+x',
      shiftClick: 'Shift+click',
    },
    next: 'Next ticket',
    previous: 'Previous ticket',
    firstLast: 'First / last ticket on the page',
    select: 'Select or deselect the ticket',
    range: 'Select a range',
    open: 'Open the ticket',
    nextUnread: 'Open the next unread ticket',
    chips: 'Go to the view chips',
    moveChips: 'Move between view chips',
    help: 'Show this help',
    closeHelp: 'Close this help',
  },
  editor: {
    newView: 'New view',
    editView: 'Edit view',
    name: 'View name',
    personalHint: 'Personal views filter by one tag, one team or one project.',
    tags: 'Tags',
    commaSeparated: ' (comma-separated)',
    team: 'Team',
    project: 'Project',
    status: 'Status',
    priority: 'Priority',
    save: 'Save view',
    delete: 'Delete view',
    needName: 'Give the view a name.',
    pickFilter: 'Pick at least one filter.',
  },
};

/** `<hd-ticket-peek>`: header, thread and the context cards. */
export const enPeek = {
  peek: {
    ticket: 'Ticket',
    loadFailed: 'Ticket could not be loaded',
    loading: 'Loading ticket…',
    /** Said (politely) when the ticket has loaded; the dialog's name changes silently. */
    loaded: (number: number | string, subject: string) => `Ticket #${number} loaded: ${subject}`,
    context: 'Ticket context',
    noContext: 'No further context for this ticket.',
    staleReply: (author: string) =>
      `${author} replied since you opened this ticket. Read the new reply before sending yours.`,
    fields: 'Ticket fields',
    status: 'Status',
    priority: 'Priority',
    assignee: 'Assignee',
    takeOwnership: 'Take ownership',
    typing: (name: string) => `${name} is typing…`,
    viewing: (name: string) => `${name} is viewing`,
    notChanged: (field: PeekField, message: string) => `${fields[field]} not changed: ${message}`,
    internalNotes: (count: number) => `Internal notes (${n(count)})`,
    noNotes: 'No internal notes.',
  },
  thread: {
    region: 'Conversation',
    loading: 'Loading conversation…',
    loadFailed: (message: string) => `The conversation could not be loaded: ${message}`,
    olderFailed: (message: string) => `Older messages could not be loaded: ${message}`,
    loadingOlder: 'Loading older messages…',
    loadOlder: 'Load older messages',
    beginning: 'Beginning of the conversation',
    empty: 'No messages yet.',
    jump: (unseen: number) =>
      `${plural(unseen, `${n(unseen)} new message`, `${n(unseen)} new messages`)} — jump to latest`,
    newMessage: (author: string) => `New message from ${author}`,
    newReply: (author: string) => `New reply from ${author}`,
    newNote: (author: string) => `New internal note from ${author}`,
    messageFrom: (author: string) => `Message from ${author}`,
    replyFrom: (author: string) => `Reply from ${author}`,
    noteFrom: (author: string) => `Internal note from ${author}`,
    customer: 'Customer',
    reply: 'Reply',
    note: 'Internal note',
    secureTitle: 'Encrypted: sourced through the RMM agent',
    viaAgent: 'via agent (mTLS)',
    via: (channel: CustomerChannel) => `via ${channel}`,
    unknownType: 'unknown type',
    /** A thread item of a kind this version cannot show (or an event without text). */
    unknownItem: 'Unsupported item',
    unnamedFile: 'Unnamed file',
    loadImages: (blocked: number) => `Load remote images (${n(blocked)})`,
    imageBlocked: (alt: string | undefined) =>
      alt ? `Remote image blocked: ${alt}` : 'Remote image blocked',
  },
  cards: {
    sla: {
      title: 'SLA',
      clockStopped: 'Clock stopped',
      state: { ok: 'On track', at_risk: 'At risk', breached: 'Breached' } as Record<
        SlaState,
        string
      >,
      firstResponse: 'First response',
      responded: 'Responded',
      pending: 'Pending',
      resolution: 'Resolution',
      met: (status: TicketStatus) => `Met — ticket ${status}`,
      dueIn: (time: string) => `Due in ${time}`,
      overdueBy: (time: string) => `Overdue by ${time}`,
      target: (time: string) => `Target ${time}`,
    },
    asset: {
      title: 'Linked asset',
      cpu: 'CPU',
      ram: 'RAM',
      disk: 'Disk',
      utilisation: 'Utilisation',
      compliance: 'Compliance',
      passing: ': passing',
      failing: ': failing',
    },
    sentinel: {
      title: 'RMM-Sentinel',
      posture: { secure: 'Secure', at_risk: 'At risk', compromised: 'Compromised' } as Record<
        SentinelPosture,
        string
      >,
      findings: 'Findings',
      noFindings: 'No findings.',
    },
    remote: {
      title: 'Remote actions',
      pill: {
        awaiting_consent: 'Awaiting consent',
        active: 'Active',
        denied: 'Denied',
        expired: 'Expired',
        ended: 'Ended',
      } as Record<RemoteSessionStatus, string>,
      text: {
        awaiting_consent: 'Waiting for the customer to consent…',
        active: 'Session active.',
        denied: 'The customer denied the session.',
        expired: 'The consent request expired.',
        ended: 'The session ended.',
      } as Record<RemoteSessionStatus, string>,
      none: 'No remote session.',
      desktop: 'Remote desktop',
      shell: 'Shell',
      hint: 'Available once the customer consents.',
      start: 'Start session',
    },
    summary: {
      title: 'AI summary',
      badge: 'AI',
      updated: (ago: string) => `Updated ${ago}`,
      justNow: 'just now',
      minutesAgo: (minutes: number) => `${n(minutes)} min ago`,
    },
    time: {
      title: 'Time + contract',
      running: 'Timer running: ',
      noTimer: 'No timer running',
      stop: 'Stop timer',
      start: 'Start timer',
      logged: (total: string) => `Logged · ${total}`,
      noTime: 'No time logged yet.',
      hoursUsed: (used: number, included: number) => `${n(used)} of ${n(included)} h used`,
    },
    related: { title: 'Related tickets' },
  },
};

/** `<hd-composer>`: modes, attachments, AI assist, macros. */
export const enComposer = {
  composer: {
    noTicket: 'No ticket selected.',
    tabs: 'Composer mode',
    reply: 'Reply',
    note: 'Internal note',
    tabTitle: (label: string, shortcut: string) => `${label} (${shortcut})`,
    replyLabel: 'Reply to customer',
    noteLabel: 'Internal note (hidden from the customer)',
    /** The form landmark: the mode label and the ticket (unique when several composers show). */
    formLabel: (label: string, number: number | string) => `${label} — ticket #${number}`,
    noteBanner: 'Internal note — only your team sees this.',
    noEmail:
      "This ticket has no contact email, so a reply cannot be delivered. Add the contact's email address, or use Internal note.",
    replyPlaceholder: 'Write a reply… (/note to add an internal note, / for macros)',
    /** The placeholder when the adapter has no macros. */
    replyPlaceholderNoMacros: 'Write a reply… (/note to add an internal note)',
    notePlaceholder: 'Write an internal note…',
    commandBanner: '/note — this will be added as an internal note, hidden from the customer.',
    macros: 'Macros',
    send: 'Send reply',
    addNote: 'Add note',
    noEmailShort: 'This ticket has no contact email, so a reply cannot be delivered.',
    writeNote: 'Write the note first.',
    writeReply: 'Write a reply first.',
    notACommand: (command: string) =>
      `“/${command}” is not a command. Type /note followed by your text for an internal note, or remove the slash to reply.`,
    replySent: '✓ Reply sent to the customer.',
    /** DESIGN.md: `📝 Internal note added (3 total — hidden from the customer).` */
    noteAdded: (total: number) =>
      `📝 Internal note added (${n(total)} total — hidden from the customer).`,
    macroApplied: (title: string, changes: string) => `Macro “${title}” applied: ${changes}.`,
    noAccount: 'No email account is configured',
    noAccountHint:
      "Replies go out through the tenant's outbound email. Ask an administrator to configure an outbound email account for this tenant, then retry. Your draft is kept.",
    noteNotAdded: 'Note not added:',
    replyNotSent: 'Reply not sent:',
    keptHint: 'Your draft and attachments are kept.',
    pendingMacro: (title: string) => `On send, macro “${title}” also sets:`,
    dontApply: "Don't apply",
    macroNotApplied: (title: string) => `Macro “${title}” not applied:`,
    retryMacro: 'Retry macro',
  },
  attachments: {
    remove: (name: string) => `Remove attachment ${name}`,
    dropHint: 'Drop files to attach',
    attach: 'Attach files',
    tooBig: (name: string, size: string, limit: string) =>
      `“${name}” (${size}) is over the ${limit} limit per file.`,
    tooMany: (max: number, names: string[]) =>
      `At most ${n(max)} ${plural(max, 'file', 'files')} per message — not added: ${names
        .map((name) => `“${name}”`)
        .join(', ')}.`,
  },
  assist: {
    draft: 'Draft',
    refine: 'Refine',
    inserted: 'AI suggestion inserted.',
    undo: 'Undo',
    drafting: 'Drafting a suggestion…',
    refining: 'Refining your draft…',
    /** Announced (screen readers) when the suggestion is shown; not the suggestion itself. */
    ready: 'AI suggestion ready — review it below.',
    failed: (message: string) => `AI assist failed: ${message}`,
    tryAgain: 'Try again',
    suggestion: 'AI suggestion',
    review: 'AI suggestion — review before using it',
    editLabel: 'Edit AI suggestion',
    accept: 'Accept',
    edit: 'Edit',
    discard: 'Discard',
  },
  macros: {
    dialog: 'Macros',
    search: 'Search macros',
    hint: (query: string) =>
      `Macros matching “/${query}” — ↑↓ to choose, Enter or Tab to insert, Esc to close`,
    loading: 'Loading macros…',
    loadFailed: (message: string) => `Macros could not be loaded: ${message}`,
    noMatch: 'No macros match',
    untitled: '(untitled)',
    preview: 'Macro preview',
    appliesOnSend: 'Applies when you send:',
    noChanges: 'No field changes',
    /** "Status → Resolved". */
    sets: (field: PeekField, value: string) => `${fields[field]} → ${value}`,
  },
};

/** `<hd-customer-history>` and its renderers. */
export const enHistory = {
  history: {
    title: (name: string) => (name ? `Customer history — ${name}` : 'Customer history'),
    id: (id: string) => `ID ${id}`,
    vip: 'VIP',
    noTickets: 'No tickets yet',
    tickets: (total: number, closed: number) =>
      `${count(total)} ${plural(total, 'ticket', 'tickets')} total (${count(closed)} closed)`,
    csat: (avg: number) => `${oneDecimal(L, avg)} CSAT avg`,
    firstResponse: (duration: string) => `${duration} first response`,
    stats: 'Customer stats',
    lastTickets: 'Last tickets',
    more: (more: number) => `+${count(more)} more`,
    noCustomer: 'No customer selected.',
    loading: 'Loading customer history…',
    loadFailed: (message: string) => `Customer history could not be loaded: ${message}`,
  },
};

/** The whole English table (a pure call, so bundlers drop it, and the parts, when unused). */
export const en = /* @__PURE__ */ (() => ({
  ...enCommon,
  ...enInbox,
  ...enPeek,
  ...enComposer,
  ...enHistory,
}))();

/** The shape every translation table has (derived from the English one). */
export type Messages = typeof en;
