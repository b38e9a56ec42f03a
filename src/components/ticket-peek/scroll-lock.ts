/**
 * Keeps the page behind an open peek from scrolling (`overflow: hidden` on the root element),
 * counting nested locks and restoring the page's own inline value when the last one goes.
 */
const locks = new WeakMap<Document, { count: number; overflow: string }>();

export function lockPageScroll(doc: Document = document): void {
  const root = doc.documentElement;
  const lock = locks.get(doc);
  if (lock) {
    lock.count++;
    return;
  }
  locks.set(doc, { count: 1, overflow: root.style.overflow });
  root.style.overflow = 'hidden';
}

export function unlockPageScroll(doc: Document = document): void {
  const lock = locks.get(doc);
  if (!lock) return;
  if (--lock.count > 0) return;
  locks.delete(doc);
  doc.documentElement.style.overflow = lock.overflow;
}
