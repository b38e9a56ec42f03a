/**
 * Focus management of `<hd-composer>`: keyboard focus never falls to `<body>` when the control
 * just used disappears or becomes disabled (WAI-ARIA practice). The composer's `FocusKeeper`
 * notices; each control names where focus goes instead (the textarea after Accept / Discard,
 * the next attachment after a removal, the Send button after Retry …); busy buttons that stay
 * in place use `aria-disabled` instead.
 */
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
 * Where focus goes when the focused control went away (`FocusKeeper`, components/base): what
 * the control named in `data-focus-next` — `send`, `macro-search`, `attachment` (the next
 * file's remove button, else the previous one, else "Attach files"; `data-index` is its place)
 * — else the message field (after Accept, Discard, Undo, Try again, Dismiss, "Don't apply").
 */
export function focusAfterLoss(host: FocusHost, lost: Element): HTMLElement | null {
  const root = host.renderRoot;
  const next = lost instanceof HTMLElement ? lost.dataset.focusNext : undefined;
  if (next === 'send') return sendButton(host);
  if (next === 'macro-search') return root.querySelector<HTMLElement>('.macro-search');
  if (next === 'attachment') {
    const index = Number((lost as HTMLElement).dataset.index);
    const removes = [...root.querySelectorAll<HTMLElement>('.attachment button')];
    return removes[index] ?? removes[index - 1] ?? root.querySelector('.attach-button');
  }
  return messageField(host);
}
