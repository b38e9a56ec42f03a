/** The row of view chips (a tablist; the ticket list is its tabpanel). */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ViewChip } from './views.js';

export const PANEL_ID = 'panel';

export interface ViewsBarProps {
  /** The tablist's name ("Views"). */
  label: string;
  chips: ViewChip[];
  active: string;
  /** The chip holding the tablist's tab stop (roving tabindex). */
  tabStop: string;
  counts: Readonly<Record<string, number>>;
  onClick: (e: MouseEvent) => void;
  onKeydown: (e: KeyboardEvent) => void;
}

export function chipId(index: number): string {
  return `chip-${index}`;
}

export function renderViewsBar(p: ViewsBarProps) {
  return html`<div
    class="views"
    part="views"
    role="tablist"
    aria-label=${p.label}
    @click=${p.onClick}
    @keydown=${p.onKeydown}
  >
    ${repeat(
      p.chips,
      (c) => c.key,
      (c, i) => {
        const count = p.counts[c.query];
        return html`<button
          class="chip ${c.source}"
          part="chip"
          role="tab"
          type="button"
          id=${chipId(i)}
          data-key=${c.key}
          aria-selected=${c.key === p.active ? 'true' : 'false'}
          aria-controls=${PANEL_ID}
          tabindex=${c.key === p.tabStop ? 0 : -1}
        >
          <span class="chip-label">${c.label}</span>
          ${count === undefined ? nothing : html` <span class="count">${count}</span>`}
        </button>`;
      },
    )}
  </div>`;
}
