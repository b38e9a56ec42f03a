/**
 * hd-cockpit/react — typed React components for every element, made with `@lit/react`.
 *
 * Importing this module defines every `hd-*` tag. Properties (`adapter`, `flags`, `history`,
 * `view`, `page`, ...) are set as element properties, never stringified into attributes; every
 * `hd-*` event the element (or an element inside it) dispatches is an `onHd...` prop with the
 * event's class as its type (`onHdTicketOpen={(e) => e.detail.ticketId}`). `react` is an optional
 * peer dependency: only this entry needs it, and the CDN bundle never includes it.
 *
 * ```tsx
 * import { HdProvider, HdInbox } from 'hd-cockpit/react';
 * <HdProvider adapter={adapter} featureAgentInbox>
 *   <HdInbox view="unassigned" onHdTicketOpen={(e) => navigate(`/tickets/${e.detail.ticketId}`)} />
 * </HdProvider>
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  HdActionExecutedEvent,
  HdBulkActionCompletedEvent,
  HdBulkActionStartedEvent,
  HdNoteAddedEvent,
  HdPeekCloseEvent,
  HdPeekOpenEvent,
  HdRemoteActionEvent,
  HdRemoteSessionEvent,
  HdReplySentEvent,
  HdSelectionChangeEvent,
  HdSendFailedEvent,
  HdTicketOpenEvent,
  HdViewChangeEvent,
} from '../events/index.js';
import { HdProvider as HdProviderElement } from '../components/provider/define.js';
import { HdInbox as HdInboxElement } from '../components/inbox/define.js';
import { HdTicketPeek as HdTicketPeekElement } from '../components/ticket-peek/define.js';
import { HdComposer as HdComposerElement } from '../components/composer/define.js';
import { HdCustomerHistory as HdCustomerHistoryElement } from '../components/customer-history/define.js';
import { HdCockpit as HdCockpitElement } from '../components/cockpit/define.js';

/** Events of the inbox (a row opened, view and selection changes, bulk actions). */
export const inboxEvents = {
  onHdTicketOpen: 'hd-ticket-open' as EventName<HdTicketOpenEvent>,
  onHdViewChange: 'hd-view-change' as EventName<HdViewChangeEvent>,
  onHdSelectionChange: 'hd-selection-change' as EventName<HdSelectionChangeEvent>,
  onHdActionExecuted: 'hd-action-executed' as EventName<HdActionExecutedEvent>,
  onHdBulkActionStarted: 'hd-bulk-action-started' as EventName<HdBulkActionStartedEvent>,
  onHdBulkActionCompleted: 'hd-bulk-action-completed' as EventName<HdBulkActionCompletedEvent>,
};

/** Events of the composer (also reach the peek, which contains one). */
export const composerEvents = {
  onHdReplySent: 'hd-reply-sent' as EventName<HdReplySentEvent>,
  onHdNoteAdded: 'hd-note-added' as EventName<HdNoteAddedEvent>,
  onHdSendFailed: 'hd-send-failed' as EventName<HdSendFailedEvent>,
  onHdActionExecuted: 'hd-action-executed' as EventName<HdActionExecutedEvent>,
};

/** Events of the ticket peek, including those of the composer and cards inside it. */
export const peekEvents = {
  ...composerEvents,
  onHdPeekOpen: 'hd-peek-open' as EventName<HdPeekOpenEvent>,
  onHdPeekClose: 'hd-peek-close' as EventName<HdPeekCloseEvent>,
  onHdTicketOpen: 'hd-ticket-open' as EventName<HdTicketOpenEvent>,
  onHdRemoteSessionChange: 'hd-remote-session-change' as EventName<HdRemoteSessionEvent>,
  onHdRemoteAction: 'hd-remote-action' as EventName<HdRemoteActionEvent>,
};

/** Every `hd-*` event: the provider and the cockpit see all of them (they bubble, composed). */
export const allEvents = { ...inboxEvents, ...peekEvents };

/** Events of the customer-history card (a last ticket was activated). */
export const customerHistoryEvents = {
  onHdTicketOpen: 'hd-ticket-open' as EventName<HdTicketOpenEvent>,
};

/** `<hd-provider>`: gives the adapter, agent, flags and store to the elements inside it. */
export const HdProvider = createComponent({
  react: React,
  tagName: 'hd-provider',
  elementClass: HdProviderElement,
  events: allEvents,
  displayName: 'HdProvider',
});

/** `<hd-inbox>`: the home screen (views, rows, selection, bulk actions). */
export const HdInbox = createComponent({
  react: React,
  tagName: 'hd-inbox',
  elementClass: HdInboxElement,
  events: inboxEvents,
  displayName: 'HdInbox',
});

/** `<hd-ticket-peek>`: the ticket slide-out; call `show(id)` / `hide()` through a ref. */
export const HdTicketPeek = createComponent({
  react: React,
  tagName: 'hd-ticket-peek',
  elementClass: HdTicketPeekElement,
  events: peekEvents,
  displayName: 'HdTicketPeek',
});

/** `<hd-composer>`: reply / internal note with persistent drafts. */
export const HdComposer = createComponent({
  react: React,
  tagName: 'hd-composer',
  elementClass: HdComposerElement,
  events: composerEvents,
  displayName: 'HdComposer',
});

/** `<hd-customer-history>`: the customer card (`customerId` or `history`). */
export const HdCustomerHistory = createComponent({
  react: React,
  tagName: 'hd-customer-history',
  elementClass: HdCustomerHistoryElement,
  events: customerHistoryEvents,
  displayName: 'HdCustomerHistory',
});

/** `<hd-cockpit>`: provider + inbox + peek, wired. */
export const HdCockpit = createComponent({
  react: React,
  tagName: 'hd-cockpit',
  elementClass: HdCockpitElement,
  events: allEvents,
  displayName: 'HdCockpit',
});

export type {
  HdProviderElement,
  HdInboxElement,
  HdTicketPeekElement,
  HdComposerElement,
  HdCustomerHistoryElement,
  HdCockpitElement,
};
