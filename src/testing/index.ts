/**
 * `hd-cockpit/testing`: the adapter conformance suite. Run it from a mocha (or jest/vitest
 * with globals) test file against your own `HelpdeskAdapter`; see docs/adapter.md.
 */
export {
  readWholeView,
  runAdapterConformance,
  type ConformanceFactory,
  type ConformanceOptions,
  type ConformanceSubject,
} from './conformance.js';
export {
  ConformanceError,
  deepEqual,
  equal,
  ok,
  rejects,
  rejectsWithAbort,
  rejectsWithCode,
} from './assert.js';
