import { css } from 'lit';

/** The help and saved-view editor popovers of `<hd-inbox>`. */
export const popoverStyles = css`
  /* popovers (help, saved-view editor): positioned by @floating-ui/dom */
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    width: min(22rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    overflow: auto;
    padding: var(--hd-space-4);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-surface-raised);
    color: var(--hd-color-text);
    box-shadow: var(--hd-shadow-overlay);
  }
  .popover h2 {
    margin: 0;
    font-size: var(--hd-font-size-l);
  }
  .popover-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--hd-space-2);
    margin-bottom: var(--hd-space-3);
  }
  .help dl {
    display: grid;
    gap: var(--hd-space-2);
    margin: 0;
  }
  .shortcut {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: var(--hd-space-2);
  }
  .shortcut dd {
    margin: 0;
  }
  kbd {
    padding: 0 var(--hd-space-1);
    border: 1px solid var(--hd-color-border-strong);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-surface-sunken);
    font-family: var(--hd-font-mono);
    font-size: var(--hd-font-size-xs);
  }
  .editor form {
    display: grid;
    gap: var(--hd-space-3);
  }
  .field {
    display: grid;
    gap: var(--hd-space-1);
    font-size: var(--hd-font-size-s);
    font-weight: var(--hd-font-weight-strong);
  }
  .field input {
    min-height: 2rem;
    padding: 0 var(--hd-space-2);
    border: 1px solid var(--hd-color-border-strong);
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-surface);
    font-weight: normal;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-1) var(--hd-space-3);
    margin: 0;
    padding: var(--hd-space-2) var(--hd-space-3);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-s);
  }
  legend {
    padding: 0 var(--hd-space-1);
    font-size: var(--hd-font-size-s);
    font-weight: var(--hd-font-weight-strong);
  }
  .check-option {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-1);
  }
  .hint {
    margin: 0;
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .editor-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-2);
  }
  .hd-button.danger {
    border-color: var(--hd-color-danger);
    color: var(--hd-color-danger);
  }
`;
