import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../src/adapter/rest/index.js';
import { createDemoData, DEMO_NOW } from '../src/mocks/index.js';
import { runAdapterConformance } from '../src/testing/index.js';
import { supports } from './helpers/features.js';
import { disposeBackends, serveBackend } from './helpers/mock-api.js';
import {
  formatViolations,
  loadSpec,
  SpecChecker,
  specCheckingFetch,
  type SpecViolation,
} from './helpers/openapi.js';

// The REST adapter over the msw mock backend (a memory adapter behind HTTP) must pass the same
// contract suite as the memory adapter, and every request and response on the way must match
// docs/rest-api.yaml (strictly: no undocumented fields).
const t0 = Date.now();
const clock = () => Date.parse(DEMO_NOW) + (Date.now() - t0);
const violations: SpecViolation[] = [];
const covered = new Set<string>();

runAdapterConformance(
  'REST adapter over the msw mock API',
  async () => {
    const checker = new SpecChecker(await loadSpec());
    const backend = await serveBackend({ data: createDemoData(), now: clock });
    const checked = specCheckingFetch(checker, backend.baseUrl);
    const adapter = createRestAdapter({
      baseUrl: backend.baseUrl,
      csrfToken: backend.csrfToken!,
      fetch: checked.fetch,
      reconnect: { initialMs: 50 },
    });
    return {
      adapter,
      dispose: () => {
        disposeBackends();
        violations.push(...checked.violations);
        checked.covered.forEach((id) => covered.add(id));
      },
    };
  },
  {
    demoData: true,
    now: clock,
    // msw streams server-sent events only where a ReadableStream can be transferred
    skipEvents: supports.transferableStreams.supported
      ? undefined
      : supports.transferableStreams.reason,
  },
);

describe('REST conformance traffic', () => {
  it('every request and response of the conformance run matches docs/rest-api.yaml', () => {
    expect(covered.size, 'the suite ran through the checking fetch').to.be.greaterThan(10);
    expect(violations, formatViolations(violations)).to.deep.equal([]);
  });
});
