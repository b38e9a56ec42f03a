/** The mocha-style globals the conformance suite registers its tests with. */
export interface TestGlobals {
  describe: (name: string, fn: () => void) => void;
  it: ((name: string, fn: () => unknown) => void) & {
    /** Registers a skipped test (mocha, jest and vitest all have it). */
    skip?: (name: string, fn: () => unknown) => void;
  };
  beforeEach: (fn: () => unknown) => void;
  afterEach: (fn: () => unknown) => void;
}

/** Reads `describe`/`it`/`beforeEach`/`afterEach` from the global scope, or explains what is missing. */
export function testGlobals(): TestGlobals {
  const g = globalThis as unknown as Partial<TestGlobals>;
  const missing = (['describe', 'it', 'beforeEach', 'afterEach'] as const).filter(
    (k) => typeof g[k] !== 'function',
  );
  if (missing.length) {
    throw new Error(
      `runAdapterConformance needs the test globals ${missing.join(', ')}: call it from a mocha, jest or vitest (globals: true) test file`,
    );
  }
  return g as TestGlobals;
}
