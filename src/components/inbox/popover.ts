/**
 * Positions a native `popover` element next to its anchor with @floating-ui/dom, and keeps
 * it there while the page scrolls or resizes. The popover itself (top layer, Escape and
 * light dismiss) is the browser's.
 */
import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';

/** Starts positioning `floating` at `anchor`; call the returned function to stop. */
export function anchorPopover(
  anchor: HTMLElement,
  floating: HTMLElement,
  placement: Placement = 'bottom-end',
): () => void {
  let stopped = false;
  const place = () => {
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement,
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (stopped) return;
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  };
  const cleanup = autoUpdate(anchor, floating, place);
  return () => {
    stopped = true;
    cleanup();
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
