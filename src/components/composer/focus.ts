/**
 * Focus management of `<hd-composer>`: keyboard focus never falls to `<body>` when the control
 * just used disappears or becomes disabled (WAI-ARIA practice). Each control names where focus
 * goes instead (the textarea after Accept / Discard, the next attachment after a removal, the
 * Send button after Retry …); busy buttons that stay in place use `aria-disabled` instead.
 */
import type { ReactiveControllerHost } from 'lit';

export interface FocusHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The composer's message field. */
export const messageField = (host: FocusHost) =>
  host.renderRoot.querySelector<HTMLTextAreaElement>('textarea.message');

/** The submit button. */
export const sendButton = (host: FocusHost) =>
  host.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]');

/**
 * Call right before a change that may remove or disable the focused control: when the update
 * has done so, `next()` gets focus. Nothing happens when focus was elsewhere (a tap on a touch
 * screen does not focus the button, so no on-screen keyboard pops up) or when the change
 * itself moved focus on purpose (e.g. Edit focuses the suggestion field).
 */
export function keepFocus(
  host: ReactiveControllerHost & FocusHost,
  next: () => HTMLElement | null | undefined,
): void {
  const root = host.renderRoot as ShadowRoot;
  const used = root.activeElement as HTMLElement | null;
  if (!used) return;
  // schedule the update now, so updateComplete is the one that renders the change made next
  // (the promise of an earlier update is already resolved)
  host.requestUpdate();
  void host.updateComplete.then(() => {
    const focused = root.activeElement;
    const lost = !used.isConnected || used.matches(':disabled');
    if (lost && (focused === null || focused === used)) next()?.focus();
  });
}
