/**
 * Render helpers for the four kinds of thread items: customer messages (customer blue, with
 * the channel — "via agent (mTLS)" with a lock for RMM-agent messages), technician replies,
 * internal notes (amber) and slim system events. Bodies are text; customer email HTML goes
 * through `<hd-peek-email-body>` (the sanitizer) only.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Attachment, CustomerChannel, ThreadItem } from '../../adapter/types.js';
import { formatAbsoluteTime, formatBytes } from '../../model/format.js';
import { enPeek, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';
import { nameOr, timeOr } from '../base/placeholders.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enPeek);

const CHANNELS: readonly CustomerChannel[] = ['email', 'agent', 'portal'];

/** Only http(s) and blob URLs become links (an adapter URL is untrusted too). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return ['http:', 'https:', 'blob:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const lockIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
  <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
  <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" stroke-width="1.5" />
</svg>`;

function channel(ch: CustomerChannel, m: Messages) {
  // a channel the contract does not know (normalised to `unknown`) is not shown
  if (!CHANNELS.includes(ch)) return nothing;
  if (ch === 'agent') {
    return html`<span class="channel secure" title=${m.thread.secureTitle}
      >${lockIcon}${m.thread.viaAgent}</span
    >`;
  }
  return html`<span class="channel">${m.thread.via(ch)}</span>`;
}

function attachments(list: Attachment[], m: Messages, locale: string) {
  if (!list?.length) return nothing;
  return html`<ul class="attachments" aria-label=${m.common.attachments}>
    ${list.map((a) => {
      const href = safeUrl(a.url);
      const label = a.name || m.thread.unnamedFile;
      const name = href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer" download=${a.name}
            ><bdi>${label}</bdi></a
          >`
        : html`<bdi class="file-name">${label}</bdi>`;
      const size = formatBytes(a.size, locale);
      return html`<li class="attachment">
        <span aria-hidden="true">📎</span>${name}
        <span class="file-meta">${size ? `${size} · ` : ''}${a.type || m.thread.unknownType}</span>
      </li>`;
    })}
  </ul>`;
}

function stamp(at: string, locale: string, m: Messages) {
  return timeOr(at, formatAbsoluteTime(at, locale), m);
}

/**
 * One thread item as a list entry (texts from `m`, dates and sizes for `locale`). The author's
 * name is isolated (it may be right-to-left) and written into the item's own template, not a
 * sub-template: one template instance less per item on a 50-item page.
 */
export function renderThreadItem(
  item: ThreadItem,
  m: Messages = en,
  locale = 'en',
): TemplateResult {
  const t = m.thread;
  switch (item.kind) {
    case 'event':
      return html`<li class="item event" data-kind="event" data-id=${item.id}>
        <span class="event-text" dir="auto">${item.text || t.unknownItem}</span> ·
        ${stamp(item.at, locale, m)}
      </li>`;
    case 'customer':
      return html`<li class="item customer" data-kind="customer" data-id=${item.id}>
        <article class="bubble" aria-label=${t.messageFrom(nameOr(item.author, m))}>
          <header class="meta">
            <span class="author" dir="auto">${nameOr(item.author, m)}</span>
            <span class="kind">${t.customer}</span>
            ${channel(item.channel, m)} ${stamp(item.at, locale, m)}
          </header>
          ${
            item.bodyHtml
              ? html`<hd-peek-email-body .html=${item.bodyHtml}></hd-peek-email-body>`
              : html`<p class="body" dir="auto">${item.body}</p>`
          }
          ${attachments(item.attachments, m, locale)}
        </article>
      </li>`;
    case 'note':
      return html`<li class="item note" data-kind="note" data-id=${item.id}>
        <article class="bubble" aria-label=${t.noteFrom(nameOr(item.author, m))}>
          <header class="meta">
            <span class="author" dir="auto">${nameOr(item.author, m)}</span>
            <span class="kind">${t.note}</span> ${stamp(item.at, locale, m)}
          </header>
          <p class="body" dir="auto">${item.body}</p>
          ${attachments(item.attachments, m, locale)}
        </article>
      </li>`;
    default:
      return html`<li class="item reply" data-kind="reply" data-id=${item.id}>
        <article class="bubble" aria-label=${t.replyFrom(nameOr(item.author, m))}>
          <header class="meta">
            <span class="author" dir="auto">${nameOr(item.author, m)}</span>
            <span class="kind">${t.reply}</span> ${stamp(item.at, locale, m)}
          </header>
          <p class="body" dir="auto">${item.body}</p>
          ${attachments(item.attachments, m, locale)}
        </article>
      </li>`;
  }
}

export const threadItemStyles = css`
  .items {
    display: flex;
    flex-direction: column;
    gap: var(--hd-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  /* without scroll anchoring (WebKit) an item above the agent's place taking its real height
     would move the message being read: every item is laid out there */
  @supports not (overflow-anchor: auto) {
    .item {
      content-visibility: visible;
    }
  }
  .bubble {
    max-width: min(46rem, 88%);
    padding: var(--hd-space-2) var(--hd-space-3);
    border: 1px solid var(--_border, var(--hd-color-border));
    border-radius: var(--hd-radius-l);
    background: var(--_bg, var(--hd-color-surface-raised));
    color: var(--_fg, var(--hd-color-text));
  }
  .customer .bubble {
    --_bg: var(--hd-color-customer-quiet);
    --_border: var(--hd-color-customer);
    border-start-start-radius: var(--hd-radius-s);
  }
  .reply {
    justify-content: flex-end;
  }
  .reply .bubble {
    --_bg: var(--hd-color-accent-quiet);
    border-start-end-radius: var(--hd-radius-s);
  }
  .note {
    justify-content: flex-end;
  }
  .note .bubble {
    --_bg: var(--hd-color-note-bg);
    --_border: var(--hd-color-note-border);
    --_fg: var(--hd-color-note-text);
    border-style: dashed;
  }
  /* one line of text that wraps as text (not two flex columns) on a narrow pane */
  .event {
    display: block;
    text-align: center;
    font-size: var(--hd-font-size-xs);
    color: var(--hd-color-text-quiet);
    contain-intrinsic-size: auto 1.5rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--hd-space-1) var(--hd-space-2);
    margin-bottom: var(--hd-space-1);
    font-size: var(--hd-font-size-xs);
  }
  .author {
    font-weight: var(--hd-font-weight-strong);
    font-size: var(--hd-font-size-s);
  }
  .kind {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .customer .kind {
    color: var(--hd-color-customer);
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-1);
  }
  .channel.secure {
    padding: 0 var(--hd-space-2);
    border: 1px solid var(--hd-color-success);
    border-radius: var(--hd-radius-pill);
    color: var(--hd-color-success);
    background: var(--hd-color-success-quiet);
    font-weight: var(--hd-font-weight-strong);
  }
  .icon {
    width: 0.75rem;
    height: 0.75rem;
  }
  /* a message reads in its own direction (dir="auto"): start is its own start, whatever the
     page's direction (Firefox would otherwise inherit the bubble's resolved "right" in rtl) */
  .body {
    margin: 0;
    text-align: start;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .attachments {
    display: grid;
    gap: var(--hd-space-1);
    margin: var(--hd-space-2) 0 0;
    padding: var(--hd-space-2) 0 0;
    list-style: none;
    border-top: 1px solid var(--_border, var(--hd-color-border));
    font-size: var(--hd-font-size-s);
  }
  .attachment {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-1) var(--hd-space-2);
    overflow-wrap: anywhere;
  }
  .attachment a {
    color: inherit;
  }
  .file-meta {
    font-size: var(--hd-font-size-xs);
  }
`;
