/**
 * Keeps keyboard focus from falling to `<body>` when a re-render removes, hides or disables the
 * focused control (the peek's "Take ownership", a Retry whose error went away, the composer's
 * Accept or an attachment's remove button). Shared by the peek, its cards and the composer. Lit re-renders synchronously inside `update()`: the controller notes the
 * focused element of the host's shadow root before it and, if that element is gone or can no
 * longer hold focus afterwards, focuses what the host names for it (the control that replaced
 * it, else a nearby heading).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes when `lost` (the element that had it) is gone; nothing: leave it. */
export type FocusFallback = (lost: Element) => HTMLElement | null | undefined;

/** True when `el` can still hold focus (connected, enabled, rendered). */
export function canHoldFocus(el: Element): boolean {
  if (!el.isConnected) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el instanceof HTMLElement && el.closest('[hidden], [inert]')) return false;
  return !('checkVisibility' in el) || el.checkVisibility({ visibilityProperty: true });
}

/** The first of `selectors` (in that order of preference) that matches in `root`. */
export function firstMatch(root: ParentNode, selectors: string[]): HTMLElement | null {
  for (const selector of selectors) {
    const el = root.querySelector<HTMLElement>(selector);
    if (el) return el;
  }
  return null;
}

export class FocusKeeper implements ReactiveController {
  private focused: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback: FocusFallback,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focused = this.host.shadowRoot?.activeElement ?? null;
  }

  hostUpdated(): void {
    const lost = this.focused;
    this.focused = null;
    const root = this.host.shadowRoot;
    if (!lost || !root) return;
    const now = root.activeElement;
    // focus moved on inside (the host did it), or the control is still fine
    if (now && (now !== lost || canHoldFocus(lost))) return;
    // focus went somewhere else on purpose (outside this root, not to <body>)
    const doc = this.host.ownerDocument;
    if (!now && doc.activeElement && doc.activeElement !== doc.body && !this.holdsFocus(doc)) {
      return;
    }
    const target = this.fallback(lost);
    if (target && target !== lost && canHoldFocus(target)) target.focus();
  }

  /** True while the document's focus is inside the host (its light DOM or shadow root). */
  private holdsFocus(doc: Document): boolean {
    const active = doc.activeElement;
    return !!active && (active === this.host || this.host.contains(active));
  }
}
