import { css } from 'lit';

export const inboxStyles = css`
  :host {
    display: block;
    --_row-height: var(--hd-inbox-row-height, 2.75rem);
    --_max-height: var(--hd-inbox-max-height, none);
  }

  .base {
    container: hd-inbox / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--hd-space-3);
    padding: var(--hd-space-4);
    background: var(--hd-color-surface);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-l);
  }

  .notice {
    margin: 0;
    padding: var(--hd-space-3) var(--hd-space-4);
    border: 1px dashed var(--hd-color-border-strong);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-surface-sunken);
    color: var(--hd-color-text-quiet);
  }

  /* header: chips and tools */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--hd-space-2);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-2);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-2);
    min-height: 2rem;
    padding: 0 var(--hd-space-3);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-pill);
    background: var(--hd-color-surface-raised);
    color: var(--hd-color-text);
    cursor: pointer;
    white-space: nowrap;
  }
  .chip:hover {
    border-color: var(--hd-color-border-strong);
  }
  .chip[aria-selected='true'] {
    background: var(--hd-color-accent);
    border-color: var(--hd-color-accent);
    color: var(--hd-color-on-accent);
  }
  .chip.adapter,
  .chip.local {
    border-style: dashed;
  }
  .chip[aria-selected='true'].adapter,
  .chip[aria-selected='true'].local {
    border-style: solid;
  }
  .count {
    min-width: 1.5em;
    padding: 0 var(--hd-space-1);
    border-radius: var(--hd-radius-pill);
    background: var(--hd-color-surface-sunken);
    color: var(--hd-color-text);
    font-size: var(--hd-font-size-xs);
    font-weight: var(--hd-font-weight-strong);
    text-align: center;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-2);
  }
  .help-button {
    min-width: 2rem;
    justify-content: center;
    font-weight: var(--hd-font-weight-strong);
  }

  /* the ticket panel */
  /* dim only when an answer takes a moment; undim at once when it arrives */
  .panel.busy {
    opacity: 0.55;
    transition: opacity var(--hd-duration) 150ms;
  }
  .list-header {
    display: flex;
    align-items: center;
    gap: var(--hd-space-3);
    padding: 0 var(--hd-space-3) var(--hd-space-2);
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: var(--_max-height);
    overflow: auto;
    border-top: 1px solid var(--hd-color-border);
  }
  .row {
    display: grid;
    grid-template-columns: auto 1.5rem minmax(0, 1fr) minmax(0, 10rem) 5rem 0.75rem;
    align-items: center;
    gap: var(--hd-space-3);
    min-height: var(--_row-height);
    padding: var(--hd-space-1) var(--hd-space-3);
    border-bottom: 1px solid var(--hd-color-border);
    cursor: pointer;
  }
  .row:hover {
    background: var(--hd-color-surface-sunken);
  }
  .row.selected {
    background: var(--hd-color-accent-quiet);
  }
  .row.current {
    box-shadow: inset 3px 0 0 var(--hd-color-accent);
  }
  .row:focus-within {
    background: var(--hd-color-surface-sunken);
  }
  .row.selected:focus-within {
    background: var(--hd-color-accent-quiet);
  }
  .check,
  .select-page {
    width: 1rem;
    height: 1rem;
    margin: 0;
    accent-color: var(--hd-color-accent);
    cursor: pointer;
  }
  .priority {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: var(--hd-radius-s);
    font-weight: var(--hd-font-weight-strong);
    color: var(--hd-color-text-quiet);
  }
  .priority.urgent {
    background: var(--hd-color-danger-quiet);
    color: var(--hd-color-danger);
  }
  .priority.high {
    background: var(--hd-color-warning-quiet);
    color: var(--hd-color-warning);
  }
  .main {
    display: flex;
    align-items: center;
    gap: var(--hd-space-2);
    min-width: 0;
  }
  .open {
    display: flex;
    align-items: baseline;
    gap: var(--hd-space-2);
    min-width: 0;
    padding: var(--hd-space-1);
    margin: calc(-1 * var(--hd-space-1));
    border: 0;
    border-radius: var(--hd-radius-s);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  /* the button already reaches into the gaps (negative margin): a ring on its edge keeps clear
     of the priority icon and the SLA badge beside it */
  .open:focus-visible {
    outline-offset: 0;
  }
  .number {
    flex: none;
    color: var(--hd-color-text-quiet);
    font-family: var(--hd-font-mono);
    font-size: var(--hd-font-size-s);
  }
  .subject {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .unread .subject {
    font-weight: var(--hd-font-weight-strong);
  }
  .flags {
    display: inline-flex;
    flex: none;
    gap: var(--hd-space-1);
  }
  .flag {
    padding: 0 var(--hd-space-2);
    border: 1px solid currentColor;
    border-radius: var(--hd-radius-pill);
    font-size: var(--hd-font-size-xs);
    line-height: 1.5;
    white-space: nowrap;
  }
  .flag.danger {
    background: var(--hd-color-danger-quiet);
    color: var(--hd-color-danger);
  }
  .flag.warning {
    background: var(--hd-color-warning-quiet);
    color: var(--hd-color-warning);
  }
  .flag.quiet {
    color: var(--hd-color-text-quiet);
  }
  .flag.accent {
    background: var(--hd-color-customer-quiet);
    color: var(--hd-color-customer);
  }
  .contact,
  .updated {
    overflow: hidden;
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .updated {
    text-align: end;
  }
  /* a name in another direction (dir="auto") still starts where the page's text starts */
  .contact {
    text-align: -webkit-match-parent; /* Chromium */
    text-align: match-parent;
  }
  .unread-dot {
    display: block;
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: var(--hd-color-accent);
  }
  .empty {
    margin: 0;
    padding: var(--hd-space-6) var(--hd-space-4);
    border-top: 1px solid var(--hd-color-border);
    color: var(--hd-color-text-quiet);
    text-align: center;
  }
  .list-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--hd-space-3);
  }

  /* first-load skeleton */
  .skeleton .row {
    cursor: default;
    grid-template-columns: 1rem minmax(0, 1fr) 5rem;
  }
  .bone {
    display: block;
    height: 0.75rem;
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-skeleton);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .check-bone {
    height: 1rem;
  }
  .bone.long {
    width: 70%;
  }
  .skeleton .row:nth-child(2n) .bone.long {
    width: 45%;
  }
  .skeleton .row:nth-child(3n) .bone.long {
    width: 58%;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }

  /* pagination, bulk footer, status */
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hd-space-3);
  }
  .page-total {
    margin-inline-start: auto;
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .footer {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hd-space-3);
    padding: var(--hd-space-3);
    border: 1px solid var(--hd-color-border-strong);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-surface-raised);
    box-shadow: var(--hd-shadow-raised);
  }
  .selected-count {
    font-weight: var(--hd-font-weight-strong);
  }
  .bulk-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-2);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--hd-space-2);
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  progress {
    accent-color: var(--hd-color-accent);
  }
  .status:empty {
    display: none;
  }
  .bulk-result {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hd-space-2) var(--hd-space-4);
    padding: var(--hd-space-2) var(--hd-space-3);
    border: 1px solid var(--hd-color-success);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-success-quiet);
  }
  .bulk-result.has-failures {
    border-color: var(--hd-color-danger);
    background: var(--hd-color-danger-quiet);
  }
  .summary,
  .notice-line {
    margin: 0;
    font-weight: var(--hd-font-weight-strong);
  }
  .notice-line {
    color: var(--hd-color-text-quiet);
    font-weight: normal;
  }
  .failures {
    margin: 0;
    padding-inline-start: var(--hd-space-4);
  }
  .failed-number {
    font-family: var(--hd-font-mono);
  }
  .dismiss {
    margin-inline-start: auto;
  }

  /* narrow containers: every view chip stays visible (they wrap, nothing scrolls out of sight) */
  @container hd-inbox (max-width: 36rem) {
    .base {
      padding: var(--hd-space-3);
    }
    .views {
      gap: var(--hd-space-1);
    }
    .chip {
      gap: var(--hd-space-1);
      padding: 0 var(--hd-space-2);
    }
    /* a phone-wide row has room for little: the subject gets two lines before it is cut */
    .subject {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .page-total {
      margin-inline-start: 0;
    }
  }

  /* up to ~768px: contact and time move under the subject, which keeps the row's width */
  @container hd-inbox (max-width: 48rem) {
    .row {
      grid-template-columns: auto 1.5rem minmax(0, 1fr) auto 0.75rem;
      grid-template-areas:
        'check prio main main marker'
        '. . contact time time';
      row-gap: 0;
    }
    .check {
      grid-area: check;
    }
    .priority {
      grid-area: prio;
    }
    .main {
      grid-area: main;
      flex-wrap: wrap;
    }
    .marker {
      grid-area: marker;
    }
    .contact {
      grid-area: contact;
    }
    .updated {
      grid-area: time;
    }
  }
`;
