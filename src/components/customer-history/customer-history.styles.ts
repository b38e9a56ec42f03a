import { css } from 'lit';

export const customerHistoryStyles = css`
  :host {
    display: block;
    --_bg: var(--hd-customer-history-background, var(--hd-color-surface-raised));
    --_border: var(--hd-customer-history-border-color, var(--hd-color-border));
  }
  .card {
    display: grid;
    /* long names and subjects wrap or ellipsize: they never widen the card */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--hd-space-2);
    padding: var(--hd-space-3) var(--hd-space-4);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--hd-color-customer);
    border-radius: var(--hd-radius-m);
  }
  .title {
    font-size: var(--hd-font-size-l);
    font-weight: var(--hd-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .meta,
  .stats {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hd-space-1) var(--hd-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .stats {
    color: var(--hd-color-text);
  }
  /* a dot between stats, none at the start of a wrapped line: every item's dot sits in the
     gap before it, and the first item of a line has its dot clipped off at the list's edge */
  .stats {
    column-gap: var(--_stats-gap);
    overflow: clip;
    --_stats-gap: calc(2 * var(--hd-space-3));
  }
  .stats li::before {
    content: '·';
    display: inline-block;
    width: var(--_stats-gap);
    margin-inline-start: calc(-1 * var(--_stats-gap));
    text-align: center;
    color: var(--hd-color-text-quiet);
  }
  .vip {
    padding: 0 var(--hd-space-2);
    border-radius: var(--hd-radius-pill);
    background: var(--hd-color-accent-quiet);
    color: var(--hd-color-text);
    font-weight: var(--hd-font-weight-strong);
  }
  .tickets-label {
    font-size: var(--hd-font-size-xs);
    font-weight: var(--hd-font-weight-strong);
    color: var(--hd-color-text-quiet);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .tickets {
    display: grid;
    /* a long subject is cut, never widening the list past the card */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--hd-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ticket {
    display: flex;
    align-items: baseline;
    gap: var(--hd-space-2);
    width: 100%;
    min-width: 0;
    padding: var(--hd-space-1) var(--hd-space-2);
    border: 1px solid transparent;
    border-radius: var(--hd-radius-s);
    background: none;
    text-align: start;
  }
  button.ticket {
    cursor: pointer;
  }
  button.ticket:hover {
    border-color: var(--hd-color-border);
    background: var(--hd-color-surface-sunken);
  }
  .number {
    color: var(--hd-color-text-quiet);
    font-variant-numeric: tabular-nums;
  }
  .subject {
    flex: 1;
    min-width: 0;
    /* own base direction (dir="auto"), aligned to the row's start (rtl too) */
    text-align: -webkit-match-parent; /* Chromium */
    text-align: match-parent;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* the full list wraps subjects, up to three lines (full text in the ticket's title) */
  .full .subject {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .status {
    flex: none;
    padding: 0 var(--hd-space-2);
    border-radius: var(--hd-radius-pill);
    border: 1px solid var(--hd-color-border);
    font-size: var(--hd-font-size-xs);
    color: var(--hd-color-text);
  }
  .status-open {
    background: var(--hd-color-customer-quiet);
    border-color: var(--hd-color-customer);
  }
  .status-pending {
    background: var(--hd-color-warning-quiet);
    border-color: var(--hd-color-warning);
  }
  .status-resolved,
  .status-closed {
    background: var(--hd-color-success-quiet);
    border-color: var(--hd-color-success);
  }
  .more,
  .empty {
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .skeleton {
    display: grid;
    gap: var(--hd-space-2);
  }
  .bone {
    height: 0.9em;
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-skeleton);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .bone.wide {
    width: 70%;
    height: 1.1em;
  }
  .bone.mid {
    width: 45%;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--hd-space-2);
  }
`;
