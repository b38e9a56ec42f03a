/**
 * Every `hd-*` event the elements dispatch. All bubble and are composed, so a host can listen
 * on any ancestor (or `document`). Events before the fact (`hd-ticket-open`) are cancelable.
 */
import type { AdapterError, RemoteSession, ThreadItem, ViewKey } from '../adapter/types.js';

const init = { bubbles: true, composed: true } as const;

/** Names of the actions the ActionExecutor audits. */
export type ActionName =
  | 'close'
  | 'assign_me'
  | 'priority_high'
  | 'priority_low'
  | 'set_status'
  | 'set_priority'
  | 'set_assignee'
  | 'take_ownership'
  | 'add_note'
  | 'send_reply'
  | 'start_remote_session'
  | 'toggle_timer'
  | 'apply_macro';

export interface ActionResultDetail {
  action: ActionName;
  ticketId: string;
  origin: 'bulk' | 'peek' | 'composer' | 'api';
  actorId: string;
  ok: boolean;
  error?: AdapterError;
}

/** Once per ticket per action, after the adapter settled. */
export class HdActionExecutedEvent extends Event {
  static readonly eventName = 'hd-action-executed';
  constructor(readonly detail: ActionResultDetail) {
    super(HdActionExecutedEvent.eventName, init);
  }
}

export class HdBulkActionStartedEvent extends Event {
  static readonly eventName = 'hd-bulk-action-started';
  constructor(readonly detail: { action: ActionName; ticketIds: string[] }) {
    super(HdBulkActionStartedEvent.eventName, init);
  }
}

export class HdBulkActionCompletedEvent extends Event {
  static readonly eventName = 'hd-bulk-action-completed';
  constructor(
    readonly detail: {
      action: ActionName;
      ok: number;
      failed: number;
      results: ActionResultDetail[];
    },
  ) {
    super(HdBulkActionCompletedEvent.eventName, init);
  }
}

/** A row or a related ticket was activated. Cancel it to stop the cockpit opening the peek. */
export class HdTicketOpenEvent extends Event {
  static readonly eventName = 'hd-ticket-open';
  constructor(readonly detail: { ticketId: string }) {
    super(HdTicketOpenEvent.eventName, { ...init, cancelable: true });
  }
}

export class HdViewChangeEvent extends Event {
  static readonly eventName = 'hd-view-change';
  constructor(readonly detail: { view: ViewKey | string }) {
    super(HdViewChangeEvent.eventName, init);
  }
}

export class HdSelectionChangeEvent extends Event {
  static readonly eventName = 'hd-selection-change';
  constructor(readonly detail: { ticketIds: string[] }) {
    super(HdSelectionChangeEvent.eventName, init);
  }
}

export class HdPeekOpenEvent extends Event {
  static readonly eventName = 'hd-peek-open';
  constructor(readonly detail: { ticketId: string }) {
    super(HdPeekOpenEvent.eventName, init);
  }
}

export type PeekCloseReason = 'scrim' | 'escape' | 'close' | 'api';

export class HdPeekCloseEvent extends Event {
  static readonly eventName = 'hd-peek-close';
  constructor(readonly detail: { reason: PeekCloseReason; ticketId?: string }) {
    super(HdPeekCloseEvent.eventName, init);
  }
}

export class HdReplySentEvent extends Event {
  static readonly eventName = 'hd-reply-sent';
  constructor(readonly detail: { ticketId: string; item: ThreadItem }) {
    super(HdReplySentEvent.eventName, init);
  }
}

export class HdNoteAddedEvent extends Event {
  static readonly eventName = 'hd-note-added';
  constructor(readonly detail: { ticketId: string; total: number }) {
    super(HdNoteAddedEvent.eventName, init);
  }
}

export class HdSendFailedEvent extends Event {
  static readonly eventName = 'hd-send-failed';
  constructor(readonly detail: { ticketId: string; mode: 'reply' | 'note'; error: AdapterError }) {
    super(HdSendFailedEvent.eventName, init);
  }
}

export class HdRemoteSessionEvent extends Event {
  static readonly eventName = 'hd-remote-session-change';
  constructor(readonly detail: { session: RemoteSession }) {
    super(HdRemoteSessionEvent.eventName, init);
  }
}

/** A remote tool ("Remote desktop" or "Shell") was launched from an active remote session. */
export class HdRemoteActionEvent extends Event {
  static readonly eventName = 'hd-remote-action';
  constructor(readonly detail: { ticketId: string; sessionId: string; tool: 'desktop' | 'shell' }) {
    super(HdRemoteActionEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hd-action-executed': HdActionExecutedEvent;
    'hd-bulk-action-started': HdBulkActionStartedEvent;
    'hd-bulk-action-completed': HdBulkActionCompletedEvent;
    'hd-ticket-open': HdTicketOpenEvent;
    'hd-view-change': HdViewChangeEvent;
    'hd-selection-change': HdSelectionChangeEvent;
    'hd-peek-open': HdPeekOpenEvent;
    'hd-peek-close': HdPeekCloseEvent;
    'hd-reply-sent': HdReplySentEvent;
    'hd-note-added': HdNoteAddedEvent;
    'hd-send-failed': HdSendFailedEvent;
    'hd-remote-session-change': HdRemoteSessionEvent;
    'hd-remote-action': HdRemoteActionEvent;
  }
}
