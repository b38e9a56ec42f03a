/**
 * Focus helpers that see through shadow DOM: the peek's focus trap must wrap across the shadow
 * roots of nested elements (header pickers, cards, `<hd-composer>`), which `querySelectorAll`
 * alone cannot reach.
 */

import { isTabKey } from '../base/keys.js';

/** The focused element, following `shadowRoot.activeElement` down to the innermost one. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE_TAGS = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary', 'iframe']);

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el.tabIndex < 0) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.localName === 'a' && !el.hasAttribute('href') && !el.hasAttribute('tabindex'))
    return false;
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden') return false;
  if (!FOCUSABLE_TAGS.has(el.localName) && !el.hasAttribute('tabindex') && !el.isContentEditable) {
    return false;
  }
  if (el.closest('[inert]')) return false;
  return el.checkVisibility({ visibilityProperty: true });
}

/**
 * Every element reachable by Tab inside `root`, in tree order, descending into open shadow
 * roots and following slots to their assigned nodes (positive tabindex is treated as 0).
 */
export function tabbableElements(root: Element | ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  const visit = (node: Node) => {
    if (!(node instanceof Element)) {
      if (node instanceof DocumentFragment) node.childNodes.forEach(visit);
      return;
    }
    if (node instanceof HTMLElement && node.hidden) return;
    if (node.localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: false });
      (assigned.length ? assigned : Array.from(node.childNodes)).forEach(visit);
      return;
    }
    if (isTabbable(node)) out.push(node);
    if (node.shadowRoot) {
      node.shadowRoot.childNodes.forEach(visit);
      return;
    }
    node.childNodes.forEach(visit);
  };
  if (root instanceof ShadowRoot) root.childNodes.forEach(visit);
  else visit(root);
  return out;
}

/**
 * Keeps Tab / Shift+Tab inside `container`: from the last tabbable element Tab wraps to the
 * first, and Shift+Tab from the first wraps to the last. Returns true when it moved focus.
 */
export function trapTab(event: KeyboardEvent, container: Element): boolean {
  if (!isTabKey(event) || event.altKey || event.ctrlKey || event.metaKey) return false;
  const list = tabbableElements(container);
  if (!list.length) {
    event.preventDefault();
    return true;
  }
  const active = deepActiveElement(container.ownerDocument);
  const index = active ? list.indexOf(active as HTMLElement) : -1;
  const first = list[0];
  const last = list[list.length - 1];
  let target: HTMLElement | undefined;
  if (event.shiftKey && (index === 0 || index === -1)) target = last;
  else if (!event.shiftKey && (index === list.length - 1 || index === -1)) target = first;
  if (index === -1 && active && container.contains(composedHost(active, container))) {
    // focus is on a non-tabbable element inside (a heading, the panel): let the browser move on
    target = undefined;
  }
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}

/** The ancestor of `el` (crossing shadow boundaries) that lives in the same tree as `container`. */
function composedHost(el: Element, container: Element): Element {
  let node: Element = el;
  while (node.getRootNode() !== container.getRootNode()) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    node = root.host;
  }
  return node;
}

/** The focused element if it is outside `host` (the opener to return focus to), else null. */
export function focusedOutside(host: Element): HTMLElement | null {
  const doc = host.ownerDocument;
  const active = deepActiveElement(doc);
  if (!(active instanceof HTMLElement) || active === doc.body) return null;
  let node: Node | null = active;
  while (node) {
    if (node === host) return null;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return active;
}
