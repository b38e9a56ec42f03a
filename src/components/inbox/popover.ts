/**
 * Positions a native `popover` element next to its anchor (`anchorFloating`, base/anchor.ts)
 * and keeps it there while the page scrolls or resizes. The popover itself (top layer, Escape
 * and light dismiss) is the browser's.
 */
import type { Middleware, Placement } from '@floating-ui/dom';
import { anchorFloating } from '../base/anchor.js';

/**
 * Starts positioning `floating` at `anchor`; call the returned function to stop. Its height is
 * capped to the room between the anchor and the window's edge on the side it was placed, so a
 * tall one (the view editor with an error, on a short screen) scrolls inside instead of running
 * off the bottom of the window. (A small middleware of our own: floating-ui's `size` would add
 * its code to the inbox entry, which has a budget of its own.)
 */
export function anchorPopover(
  anchor: HTMLElement,
  floating: HTMLElement,
  placement: Placement = 'bottom-end',
): () => void {
  // placed from its natural height each time it opens (flip measures the capped size)
  floating.style.maxHeight = '';
  let applied = 0;
  let frame = 0;
  const capHeight: Middleware = {
    name: 'capHeight',
    fn({ y, placement: side, rects }) {
      // the room between the anchor (6px gap) and the window's edge (8px), on the side taken
      const above = side[0] === 't';
      const height = Math.max(160, above ? rects.reference.y - 14 : innerHeight - y - 8);
      if (height !== applied) {
        applied = height;
        // in the next frame, not now: this runs from autoUpdate's ResizeObserver, and resizing
        // the observed popover inside its callback is a "ResizeObserver loop" error
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => (floating.style.maxHeight = `${height}px`));
      }
      return above && rects.floating.height > height ? { y: rects.reference.y - 6 - height } : {};
    },
  };
  const stop = anchorFloating(anchor, floating, {
    placement,
    gap: 6,
    flipPadding: 8,
    also: [capHeight],
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}

/** Opens a popover if it is closed (no-op when the popover API or the element is missing). */
export function showPopover(el: HTMLElement | null | undefined): void {
  if (el && !el.matches(':popover-open')) el.showPopover();
}

/** Closes a popover if it is open. */
export function hidePopover(el: HTMLElement | null | undefined): void {
  if (el?.matches(':popover-open')) el.hidePopover();
}
