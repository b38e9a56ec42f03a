/** Styles every hd-* element shares: box model, type, focus ring, visually-hidden text. */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--hd-font-family);
    font-size: var(--hd-font-size-m);
    line-height: var(--hd-line-height);
    color: var(--hd-color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--hd-focus-width) solid var(--hd-color-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .hd-error {
    display: block;
    padding: var(--hd-space-3) var(--hd-space-4);
    border: 1px solid var(--hd-color-danger);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-danger-quiet);
    color: var(--hd-color-text);
  }
  .hd-button {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-1);
    min-height: 2rem;
    padding: 0 var(--hd-space-3);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-surface-raised);
    color: var(--hd-color-text);
    cursor: pointer;
    white-space: nowrap;
  }
  .hd-button:hover:not(:disabled) {
    border-color: var(--hd-color-border-strong);
  }
  .hd-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .hd-button.primary {
    background: var(--hd-color-accent);
    border-color: var(--hd-color-accent);
    color: var(--hd-color-on-accent);
  }
  .hd-button.primary:hover:not(:disabled) {
    background: var(--hd-color-accent-hover);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
