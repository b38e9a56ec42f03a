// Loaded into every test page before the test framework (see `testRunnerHtml` in wtr/base.js).
//
// A failed chai assertion carries its `actual` and `expected` values to the test runner, which
// serializes them to JSON. When they are DOM nodes of a rendered component (or objects reaching
// one), that walk over the whole object graph never finishes: the page stalls until
// testsFinishTimeout and the run reports "Browser tests did not finish" instead of the failed
// assertion, in every engine. Here such values are replaced by chai's bounded description
// (e.g. `<button class="close">`), so the failure is reported at once with its message.
import chai from '@esm-bundle/chai';

const isPlain = (value) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
};

/** True when JSON-serializing `value` stays small: primitives and plain data only. */
function isSafe(value, depth = 0) {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (depth > 4 || !isPlain(value)) return false;
  const entries = Object.values(value);
  return entries.length <= 200 && entries.every((v) => isSafe(v, depth + 1));
}

chai.use((lib, utils) => {
  const assert = lib.Assertion.prototype.assert;
  lib.Assertion.prototype.assert = function (...args) {
    try {
      return assert.apply(this, args);
    } catch (err) {
      if (err && typeof err === 'object') {
        for (const key of ['actual', 'expected']) {
          if (key in err && !isSafe(err[key])) err[key] = utils.inspect(err[key], false, 2);
        }
      }
      throw err;
    }
  };
});
