/**
 * The modal mechanics of the peek around a native `<dialog>`: `showModal()` (top layer, inert
 * page, Escape as `cancel`), the page scroll lock, and focus — remembered opener, initial
 * focus, Tab / Shift+Tab wrapping across nested shadow roots, focus back to the opener on close.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusedOutside, trapTab } from './focus-trap.js';
import { lockPageScroll, unlockPageScroll } from './scroll-lock.js';

export interface ModalParts {
  dialog(): HTMLDialogElement | null | undefined;
  /** The element Tab / Shift+Tab wrap inside. */
  container(): HTMLElement | null | undefined;
  /** Focused when the dialog opens. */
  initialFocus(): HTMLElement | null | undefined;
}

export class ModalController implements ReactiveController {
  private opener: HTMLElement | null = null;
  /** The element whose shadow root holds the opener (a row of `<hd-inbox>`, say). */
  private openerHost: HTMLElement | null = null;
  private scrollLocked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: ModalParts,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.releaseScroll();
  }

  /** Remembers the focused element outside the host, to return focus to on close. */
  rememberOpener(): void {
    if (this.opener) return;
    this.opener = focusedOutside(this.host);
    const root = this.opener?.getRootNode();
    this.openerHost = root instanceof ShadowRoot ? (root.host as HTMLElement) : null;
  }

  /** Shows the dialog modally if it is not (after connect, or a re-attach); true if it did. */
  ensureOpen(): boolean {
    const dialog = this.parts.dialog();
    if (!this.host.isConnected) return false;
    if (!this.scrollLocked) {
      lockPageScroll(this.host.ownerDocument);
      this.scrollLocked = true;
    }
    if (!dialog || dialog.matches(':modal')) return false;
    this.rememberOpener();
    if (dialog.open) dialog.close();
    dialog.showModal();
    this.parts.initialFocus()?.focus();
    return true;
  }

  /** Puts focus back on the initial element when the focused control went away. */
  refocusIfLost(): void {
    const doc = this.host.ownerDocument;
    if (!doc.activeElement || doc.activeElement === doc.body) this.parts.initialFocus()?.focus();
  }

  /** Closes the dialog, unlocks the page and returns focus to the opener. */
  close(): void {
    const dialog = this.parts.dialog();
    if (dialog?.open) dialog.close();
    this.releaseScroll();
    const { opener, openerHost } = this;
    this.opener = this.openerHost = null;
    // the opener left the page meanwhile (its ticket left the inbox's view): its element's
    // focus() — `<hd-inbox>` focuses its current row — so focus never falls to the body
    if (opener?.isConnected) opener.focus();
    else if (openerHost?.isConnected) openerHost.focus();
  }

  /** The dialog's keydown handler: keeps Tab inside. */
  onKeydown(e: KeyboardEvent): void {
    const container = this.parts.container();
    if (container) trapTab(e, container);
  }

  private releaseScroll() {
    if (!this.scrollLocked) return;
    unlockPageScroll(this.host.ownerDocument);
    this.scrollLocked = false;
  }
}
