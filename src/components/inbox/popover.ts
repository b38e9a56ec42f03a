/**
 * Positions a native `popover` element next to its anchor (`anchorFloating`, base/anchor.ts)
 * and keeps it there while the page scrolls or resizes. The popover itself (top layer, Escape
 * and light dismiss) is the browser's.
 */
import type { Placement } from '@floating-ui/dom';
import { anchorFloating } from '../base/anchor.js';

/** Starts positioning `floating` at `anchor`; call the returned function to stop. */
export function anchorPopover(
  anchor: HTMLElement,
  floating: HTMLElement,
  placement: Placement = 'bottom-end',
): () => void {
  return anchorFloating(anchor, floating, { placement, gap: 6, flipPadding: 8 });
}

/** Opens a popover if it is closed (no-op when the popover API or the element is missing). */
export function showPopover(el: HTMLElement | null | undefined): void {
  if (el && !el.matches(':popover-open')) el.showPopover();
}

/** Closes a popover if it is open. */
export function hidePopover(el: HTMLElement | null | undefined): void {
  if (el?.matches(':popover-open')) el.hidePopover();
}
