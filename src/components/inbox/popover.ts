/**
 * Positions a native `popover` element next to its anchor (`anchorFloating`, base/anchor.ts)
 * and keeps it there while the page scrolls or resizes. The popover itself (top layer, Escape
 * and light dismiss) is the browser's.
 */
import type { Middleware, Placement } from '@floating-ui/dom';
import { anchorFloating } from '../base/anchor.js';

const EDGE = 8;

/**
 * Caps the popover's height to the room between its anchor and the window's edge on the side it
 * was placed (a small middleware of our own: floating-ui's `size` would add its code to the
 * inbox entry, which has a budget of its own).
 */
function capHeight(floating: HTMLElement, gap: number): Middleware {
  return {
    name: 'capHeight',
    fn({ y, placement, rects }) {
      const above = placement.startsWith('top');
      const room = above ? rects.reference.y - gap - EDGE : window.innerHeight - y - EDGE;
      const height = Math.max(160, room);
      floating.style.maxHeight = `${height}px`;
      return above && rects.floating.height > height ? { y: rects.reference.y - gap - height } : {};
    },
  };
}

/**
 * Starts positioning `floating` at `anchor`; call the returned function to stop. Its height is
 * capped to the room on its side, so a tall one (the view editor with an error, on a short
 * screen) scrolls inside instead of running off the bottom of the window.
 */
export function anchorPopover(
  anchor: HTMLElement,
  floating: HTMLElement,
  placement: Placement = 'bottom-end',
): () => void {
  // placed from its natural height each time it opens (flip measures the capped size)
  floating.style.maxHeight = '';
  return anchorFloating(anchor, floating, {
    placement,
    gap: 6,
    flipPadding: EDGE,
    also: [capHeight(floating, 6)],
  });
}

/** Opens a popover if it is closed (no-op when the popover API or the element is missing). */
export function showPopover(el: HTMLElement | null | undefined): void {
  if (el && !el.matches(':popover-open')) el.showPopover();
}

/** Closes a popover if it is open. */
export function hidePopover(el: HTMLElement | null | undefined): void {
  if (el?.matches(':popover-open')) el.hidePopover();
}
