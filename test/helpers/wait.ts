/**
 * `waitUntil` from @open-wc/testing with a default timeout of 5 s instead of 1 s.
 *
 * The suite runs three engines one after another on a shared 2-core CI machine; a first import
 * (the dev server transforms modules on demand), a garbage collection or the other core's load
 * can hold a page for over a second although nothing is wrong. The condition is still checked
 * every 50 ms, so a passing wait costs no extra time; only a wait that would fail anyway takes
 * longer to say so. Waits that prove *absence* never use this (they would pass vacuously).
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const DEFAULT_WAIT_MS = 5000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: DEFAULT_WAIT_MS, ...options });
}
