/** Styles shared by the context-stack cards (frame, heading, pills, bars, definition rows). */
import { css, html, type TemplateResult } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    padding: var(--hd-space-3);
    background: var(--hd-peek-card-background, var(--hd-color-surface-raised));
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-m);
    box-shadow: var(--hd-shadow-raised);
  }
  .card-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--hd-space-2);
    margin: 0 0 var(--hd-space-2);
  }
  h3 {
    margin: 0;
    font-size: var(--hd-font-size-s);
    font-weight: var(--hd-font-weight-strong);
    color: var(--hd-color-text);
  }
  p {
    margin: 0;
  }
  .quiet {
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-1);
    padding: 0 var(--hd-space-2);
    border: 1px solid currentColor;
    border-radius: var(--hd-radius-pill);
    font-size: var(--hd-font-size-xs);
    font-weight: var(--hd-font-weight-strong);
    line-height: 1.6;
    white-space: nowrap;
    color: var(--hd-color-text-quiet);
    background: var(--hd-color-surface-sunken);
  }
  .ok {
    color: var(--hd-color-success);
    background: var(--hd-color-success-quiet);
  }
  .warn {
    color: var(--hd-color-warning);
    background: var(--hd-color-warning-quiet);
  }
  .danger {
    color: var(--hd-color-danger);
    background: var(--hd-color-danger-quiet);
  }
  .info {
    color: var(--hd-color-accent-text);
    background: var(--hd-color-accent-quiet);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--hd-space-1) var(--hd-space-3);
    margin: 0;
  }
  dt {
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .bar {
    height: 0.375rem;
    border-radius: var(--hd-radius-pill);
    background: var(--hd-color-surface-sunken);
    border: 1px solid var(--hd-color-border);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    width: var(--_value, 0%);
    background: var(--_bar-color, var(--hd-color-accent));
  }
  .bar.warn {
    --_bar-color: var(--hd-color-warning);
  }
  .bar.danger {
    --_bar-color: var(--hd-color-danger);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-2);
    margin-top: var(--hd-space-2);
  }
  /* busy (aria-disabled): keeps focus, ignores presses until the answer is in */
  .hd-button[aria-disabled='true'] {
    cursor: progress;
  }
  .hd-error {
    margin-top: var(--hd-space-2);
    padding: var(--hd-space-2) var(--hd-space-3);
    font-size: var(--hd-font-size-s);
  }
`;

/**
 * A card: a section named by its heading (so it is a landmark region). `label` (the card's
 * `label` property) adds words to that name, for a page with several cards of one kind:
 * landmarks must have distinct names ("SLA T-1008", "SLA T-1012").
 */
export function cardFrame(
  id: string,
  title: string,
  body: unknown,
  badge?: TemplateResult | string,
  label?: string,
): TemplateResult {
  const labelledBy = label ? `${id}-title ${id}-label` : `${id}-title`;
  return html`<section class="card" part="card" aria-labelledby=${labelledBy}>
    <div class="card-head">
      <h3 id=${`${id}-title`} tabindex="-1">${title}</h3>
      ${label ? html`<span id=${`${id}-label`} hidden>${label}</span>` : ''} ${badge ?? ''}
    </div>
    ${body}
  </section>`;
}
