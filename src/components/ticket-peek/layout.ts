/**
 * The peek panel's bodies: loading skeleton, load error with Retry, no adapter, and the
 * two-pane ticket layout (thread + composer left, context stack right). Render helpers, so
 * the aria-labelledby target (`#peek-title`) stays in the dialog's shadow root and the
 * thread, composer and card elements keep their instances across re-renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  CustomerHistory,
  HelpdeskAdapter,
  Ticket,
  TicketContext,
} from '../../adapter/types.js';
import { renderContextStack } from './context-stack.js';
import type { Messages } from '../../i18n/en.js';

export function renderSkeleton(m: Messages): TemplateResult {
  return html`<header class="header" part="header" aria-busy="true">
      <h2 id="peek-title" class="visually-hidden">${m.peek.loading}</h2>
      <div class="bone short"></div>
      <div class="bone title"></div>
      <div class="bone mid"></div>
    </header>
    <div class="body loading" part="loading" role="status">
      <span class="visually-hidden">${m.peek.loading}</span>
      <div class="main"><div class="bone block"></div></div>
      <div class="context">
        <div class="bone card"></div>
        <div class="bone card"></div>
      </div>
    </div>`;
}

export function renderMessageBody(title: string, message: TemplateResult): TemplateResult {
  return html`<header class="header" part="header">
      <h2 id="peek-title" class="subject">${title}</h2>
    </header>
    <div class="message">${message}</div>`;
}

export function renderLoadError(message: string, retry: () => void, m: Messages): TemplateResult {
  return html`<div class="hd-error" role="alert" part="error">
    <p>${message}</p>
    <button type="button" class="hd-button" @click=${retry}>${m.common.retry}</button>
  </div>`;
}

export interface TicketLayout {
  /** The translation table in effect. */
  msg: Messages;
  ticket: Ticket;
  context: TicketContext;
  /** The adapter in effect (cards and thread). */
  adapter?: HelpdeskAdapter;
  /** The peek's own `.adapter` (the composer falls back to the provider without it). */
  ownAdapter?: HelpdeskAdapter;
  header: TemplateResult;
  /** A failed background refresh (the shown data stays). */
  refreshError?: { message: string; retry: () => void };
  /** The customer history to pin atop the thread. */
  pin?: CustomerHistory;
  staleWarning?: string;
}

export function renderTicketLayout(v: TicketLayout): TemplateResult {
  const t = v.ticket;
  const m = v.msg;
  return html`<header class="header" part="header">${v.header}</header>
    ${
      v.refreshError
        ? html`<div class="hd-error refresh-error" role="alert">
            ${v.refreshError.message}
            <button type="button" class="hd-button" @click=${v.refreshError.retry}>
              ${m.common.retry}
            </button>
          </div>`
        : nothing
    }
    <div class="body">
      <div class="main">
        <div class="thread-pane" part="thread">
          ${
            v.pin
              ? html`<hd-customer-history class="pin" .history=${v.pin}></hd-customer-history>`
              : nothing
          }
          <hd-peek-thread .adapter=${v.adapter} .ticketId=${t.id}></hd-peek-thread>
        </div>
        <div class="footer" part="footer">
          <hd-composer
            .adapter=${v.ownAdapter}
            .ticketId=${t.id}
            .ticket=${t}
            .staleWarning=${v.staleWarning || undefined}
          ></hd-composer>
        </div>
      </div>
      <aside class="context" part="context" aria-label=${m.peek.context}>
        ${renderContextStack(t, v.context, v.adapter, m)}
      </aside>
    </div>`;
}
