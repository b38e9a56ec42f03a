import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
    --_min-height: var(--hd-composer-min-height, 7rem);
  }
  .base {
    display: grid;
    gap: var(--hd-space-2);
    padding: var(--hd-space-3);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-surface);
  }
  .base[data-mode='note'] {
    background: var(--hd-color-note-bg);
    border-color: var(--hd-color-note-border);
    border-width: 2px;
  }
  .quiet {
    color: var(--hd-color-text-quiet);
    margin: 0;
  }
  .tabs {
    display: flex;
    gap: var(--hd-space-1);
    border-bottom: 1px solid var(--hd-color-border);
  }
  [data-mode='note'] .tabs {
    border-bottom-color: var(--hd-color-note-border);
  }
  .tab {
    padding: var(--hd-space-1) var(--hd-space-3);
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--hd-color-text-quiet);
    cursor: pointer;
  }
  [data-mode='note'] .tab {
    color: var(--hd-color-note-text);
  }
  .tab[aria-selected='true'] {
    color: var(--hd-color-text);
    font-weight: var(--hd-font-weight-strong);
    border-bottom-color: var(--hd-color-accent);
  }
  .tab-note[aria-selected='true'] {
    color: var(--hd-color-note-text);
    border-bottom-color: var(--hd-color-note-border);
  }
  form {
    position: relative;
    display: grid;
    gap: var(--hd-space-2);
  }
  .note-banner {
    padding: var(--hd-space-1) var(--hd-space-2);
    border: 1px solid var(--hd-color-note-border);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-note-bg);
    color: var(--hd-color-note-text);
    font-size: var(--hd-font-size-s);
  }
  .explain,
  .stale,
  .pending-macro {
    padding: var(--hd-space-1) var(--hd-space-2);
    border-inline-start: 3px solid var(--hd-color-warning);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-warning-quiet);
    color: var(--hd-color-text);
    font-size: var(--hd-font-size-s);
  }
  .pending-macro {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--hd-space-2);
    border-inline-start-color: var(--hd-color-accent);
    background: var(--hd-color-accent-quiet);
  }
  textarea {
    width: 100%;
    min-height: var(--_min-height);
    padding: var(--hd-space-2);
    border: 1px solid var(--hd-color-border-strong);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-surface);
    color: var(--hd-color-text);
    resize: vertical;
  }
  [data-mode='note'] textarea,
  textarea.as-note {
    border-color: var(--hd-color-note-border);
    background: var(--hd-color-note-bg);
    color: var(--hd-color-note-text);
  }
  textarea[readonly] {
    opacity: 0.75;
  }
  .dragging textarea {
    border-style: dashed;
    border-color: var(--hd-color-accent);
  }
  .drop-hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-accent-quiet);
    color: var(--hd-color-text);
    font-weight: var(--hd-font-weight-strong);
    pointer-events: none;
  }
  .attachments,
  .file-errors ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachment {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-1);
    max-width: 100%;
    padding: 0;
    padding-inline-start: var(--hd-space-2);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-pill);
    background: var(--hd-color-surface-sunken);
    font-size: var(--hd-font-size-s);
  }
  .attachment-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 16rem;
  }
  .attachment-size {
    color: var(--hd-color-text-quiet);
  }
  .icon-button,
  .link-button {
    border: 0;
    background: none;
    color: var(--hd-color-accent-text);
    cursor: pointer;
    padding: var(--hd-space-1) var(--hd-space-2);
    border-radius: var(--hd-radius-pill);
  }
  .icon-button {
    color: var(--hd-color-text-quiet);
    min-width: 1.75rem;
    min-height: 1.75rem;
  }
  .link-button {
    text-decoration: underline;
  }
  .file-errors,
  .validation,
  .send-error {
    font-size: var(--hd-font-size-s);
  }
  .file-errors li,
  .validation {
    color: var(--hd-color-danger);
  }
  .send-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hd-space-2);
    padding: var(--hd-space-2);
    border: 1px solid var(--hd-color-danger);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-danger-quiet);
    color: var(--hd-color-text);
  }
  .send-error-text {
    flex: 1 1 12rem;
  }
  .hint {
    color: var(--hd-color-text);
    margin-top: var(--hd-space-1);
  }
  .assist {
    display: grid;
    gap: var(--hd-space-2);
    padding: var(--hd-space-2);
    border: 1px dashed var(--hd-color-accent);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-accent-quiet);
    color: var(--hd-color-text);
    font-size: var(--hd-font-size-s);
  }
  .assist.hd-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    border-style: solid;
    border-color: var(--hd-color-danger);
    background: var(--hd-color-danger-quiet);
  }
  .assist-label {
    font-weight: var(--hd-font-weight-strong);
  }
  .assist-text,
  .macro-preview-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .assist-edit {
    min-height: 5rem;
  }
  /* the AI status row holds the live region (assist.ts); it stays rendered so that changes are
     announced (visually hidden while it shows nothing visible) */
  .assist-status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--hd-space-2);
    font-size: var(--hd-font-size-s);
    color: var(--hd-color-text);
  }
  /* the confirmation and /note live regions, too, stay rendered, out of the layout while empty */
  .confirmation:empty,
  .command-status.idle {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .assist-status.wide {
    flex: 1 1 100%;
  }
  .row,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-2);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--hd-space-2);
  }
  .send-area {
    display: grid;
    justify-items: end;
    gap: var(--hd-space-2);
    flex: 1 1 16rem;
  }
  .send-area > .send-error,
  .send-area > .stale,
  .send-area > .validation {
    justify-self: stretch;
  }
  /* a message about sending takes the composer's full width, under the tools, above Send */
  .send-area:has(> .send-error, > .stale, > .validation) {
    flex-basis: 100%;
  }
  /* busy buttons keep focus: aria-disabled rather than disabled (focus.ts) */
  .hd-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .hd-button[aria-disabled='true']:hover {
    border-color: var(--hd-color-border);
  }
  .hd-button.primary[aria-disabled='true']:hover {
    border-color: var(--hd-color-accent);
    background: var(--hd-color-accent);
  }
  .confirmation {
    color: var(--hd-color-success);
    font-size: var(--hd-font-size-s);
  }
  .spinner {
    width: 0.9em;
    height: 0.9em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .popover {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    display: grid;
    grid-template-rows: auto 1fr;
    gap: var(--hd-space-2);
    width: min(34rem, calc(100vw - 16px));
    max-height: 22rem;
    overflow: auto;
    padding: var(--hd-space-2);
    border: 1px solid var(--hd-color-border-strong);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-surface-raised);
    box-shadow: var(--hd-shadow-overlay);
    color: var(--hd-color-text);
  }
  .macro-search {
    width: 100%;
    padding: var(--hd-space-1) var(--hd-space-2);
    border: 1px solid var(--hd-color-border-strong);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-surface);
  }
  .macro-hint,
  .macro-status,
  .macro-preview-label {
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .macro-body {
    display: grid;
    grid-template-columns: minmax(9rem, 1fr) 2fr;
    gap: var(--hd-space-2);
    min-height: 0;
  }
  .macro-list {
    margin: 0;
    padding: 0;
    list-style: none;
    overflow: auto;
  }
  .macro-option,
  .macro-empty {
    padding: var(--hd-space-1) var(--hd-space-2);
    border-radius: var(--hd-radius-s);
    cursor: pointer;
  }
  .macro-empty {
    color: var(--hd-color-text-quiet);
    cursor: default;
  }
  .macro-option[aria-selected='true'] {
    background: var(--hd-color-accent-quiet);
    outline: 1px solid var(--hd-color-accent);
  }
  .macro-preview {
    display: grid;
    align-content: start;
    gap: var(--hd-space-1);
    padding-inline-start: var(--hd-space-2);
    border-inline-start: 1px solid var(--hd-color-border);
    font-size: var(--hd-font-size-s);
  }
  .macro-preview-title {
    font-weight: var(--hd-font-weight-strong);
  }
  .macro-changes {
    margin: 0;
    padding-inline-start: var(--hd-space-4);
  }
  @media (max-width: 30rem) {
    .macro-body {
      grid-template-columns: 1fr;
    }
    .macro-preview {
      border: 0;
      padding: 0;
    }
  }
`;
