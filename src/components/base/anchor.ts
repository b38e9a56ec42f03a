/**
 * Positions a floating element (a popover, a listbox) next to its anchor with @floating-ui/dom
 * (`strategy: 'fixed'`) and keeps it there while the page scrolls or resizes. One helper for the
 * inbox popovers, the peek's pickers and the composer's macro menu.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Middleware,
  type Placement,
} from '@floating-ui/dom';

export interface AnchorOptions {
  /** Default `bottom-start`; `-start` / `-end` mirror in right-to-left text. */
  placement?: Placement;
  /** Gap between anchor and floating element in px (default 4). */
  gap?: number;
  /** How close to the viewport edge it may come before it flips to the other side (default 0). */
  flipPadding?: number;
  /** More middleware, run after offset / flip / shift (e.g. `fitHeight`). */
  also?: Middleware[];
}

/**
 * A middleware that sets `floating`'s `max-height` (px) from the height available between the
 * anchor and the viewport edge. (Separate, so an entry that does not use it leaves `size` out.)
 */
export function fitHeight(
  floating: HTMLElement,
  maxHeight: (available: number) => number,
): Middleware {
  return size({
    padding: 8,
    apply: ({ availableHeight }) => {
      floating.style.maxHeight = `${maxHeight(availableHeight)}px`;
    },
  });
}

/** Starts positioning `floating` at `anchor`; call the returned function to stop. */
export function anchorFloating(
  anchor: HTMLElement,
  floating: HTMLElement,
  { placement = 'bottom-start', gap = 4, flipPadding = 0, also = [] }: AnchorOptions = {},
): () => void {
  const middleware = [offset(gap), flip({ padding: flipPadding }), shift({ padding: 8 }), ...also];
  let stopped = false;
  const cleanup = autoUpdate(anchor, floating, () => {
    void computePosition(anchor, floating, { strategy: 'fixed', placement, middleware }).then(
      ({ x, y }) => {
        if (stopped) return;
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      },
    );
  });
  return () => {
    stopped = true;
    cleanup();
  };
}
