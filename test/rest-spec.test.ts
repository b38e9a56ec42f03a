import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { createRestAdapter, PROBLEM_STATUS } from '../src/adapter/rest/index.js';
import {
  ADAPTER_ERROR_CODES,
  BUILT_IN_VIEWS,
  type ActionContext,
  type AdapterEvent,
  type HelpdeskAdapter,
} from '../src/adapter/types.js';
import { DEMO_IDS, type MockBackend } from '../src/mocks/index.js';
import { createValidator, formatIssues } from './helpers/json-schema.js';
import { itIf, supports } from './helpers/features.js';
import { disposeBackends, serveBackend } from './helpers/mock-api.js';
import {
  formatViolations,
  loadSpec,
  SpecChecker,
  specCheckingFetch,
  type OpenApiDoc,
} from './helpers/openapi.js';
import { parseYaml } from './helpers/yaml.js';

const ctx: ActionContext = { origin: 'api', actorId: DEMO_IDS.me };
const MUTATING = ['post', 'put', 'patch', 'delete'];
/** Adapter methods that take an ActionContext (sent as X-Action-Origin / X-Actor-Id). */
const ATTRIBUTED = [
  'updateTicket',
  'addInternalNote',
  'sendReply',
  'startRemoteSession',
  'toggleTimer',
];

/** Swallows the expected rejection of an error case, failing if the call succeeded. */
async function fails(promise: Promise<unknown>, code: string): Promise<void> {
  try {
    await promise;
  } catch (err) {
    expect((err as { code?: string }).code).to.equal(code);
    return;
  }
  throw new Error(`expected a ${code} rejection`);
}

async function checkedAdapter(backendOptions: Parameters<typeof serveBackend>[0] = {}) {
  const checker = new SpecChecker(await loadSpec());
  const backend = await serveBackend(backendOptions);
  const checked = specCheckingFetch(checker, backend.baseUrl);
  const adapter = createRestAdapter({
    baseUrl: backend.baseUrl,
    csrfToken: backend.csrfToken!,
    fetch: checked.fetch,
  });
  return { checker, backend, checked, adapter };
}

/** Calls every operation of the API with valid input, over many tickets. */
async function tourOfTheApi(adapter: HelpdeskAdapter) {
  await adapter.me();
  await adapter.listAgents();
  for (const view of [...BUILT_IN_VIEWS, 'by_tag:vpn', 'by_team:team-network', 'saved:sv-vpn']) {
    await adapter.listTickets({ view, page: 1, pageSize: 200 });
  }
  await adapter.countViews([...BUILT_IN_VIEWS, 'by_tag:vpn']);
  const all = [
    ...(await adapter.listTickets({ view: 'all_open', page: 1, pageSize: 200 })).items.map(
      (t) => t.id,
    ),
    DEMO_IDS.resolvedTicket,
    DEMO_IDS.adaRefundTicket,
  ];
  for (const id of all) {
    const ticket = await adapter.getTicket(id);
    const page = await adapter.listThread(id, { limit: 3 });
    if (page.hasMore) await adapter.listThread(id, { before: page.items[0].id, limit: 3 });
    await adapter.getTicketContext(id);
    await adapter.getCustomerHistory(ticket.customerId);
  }
  await adapter.updateTicket(
    DEMO_IDS.printerTicket,
    { status: 'pending', priority: 'urgent', assigneeId: DEMO_IDS.me },
    ctx,
  );
  await adapter.updateTicket(DEMO_IDS.printerTicket, { assigneeId: null }, ctx);
  await adapter.addInternalNote(DEMO_IDS.vpnTicket, { body: 'Checked the tunnel logs.' }, ctx);
  const file = new File(['vpn log'], 'vpn.log', { type: 'text/plain' });
  await adapter.addInternalNote(
    DEMO_IDS.vpnTicket,
    { body: 'Log attached', attachments: [file] },
    ctx,
  );
  await adapter.sendReply(DEMO_IDS.vpnTicket, { body: 'We are on it.' }, ctx);
  await adapter.sendReply(DEMO_IDS.vpnTicket, { body: 'Screenshot', attachments: [file] }, ctx);
  const session = await adapter.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
  await adapter.getRemoteSession(session.id);
  await adapter.toggleTimer!(DEMO_IDS.vpnTicket, ctx);
  await adapter.toggleTimer!(DEMO_IDS.vpnTicket, ctx);
  await adapter.assist!({ ticketId: DEMO_IDS.vpnTicket, mode: 'draft', target: 'reply', text: '' });
  await adapter.assist!({
    ticketId: DEMO_IDS.vpnTicket,
    mode: 'refine',
    target: 'note',
    text: 'pls fix',
  });
  await adapter.listMacros!();
  await adapter.listSavedViews!();
  await adapter.saveView!({
    id: 'sv-mine',
    name: 'Urgent network',
    filter: { teamId: 'team-network', priority: ['urgent'] },
  });
  await adapter.deleteView!('sv-mine');
}

/** Calls operations so that the backend answers with each kind of problem. */
async function tourOfTheErrors(adapter: HelpdeskAdapter) {
  await fails(adapter.getTicket('no-such-ticket'), 'not_found');
  await fails(adapter.listThread('no-such-ticket'), 'not_found');
  await fails(adapter.getTicketContext('no-such-ticket'), 'not_found');
  await fails(adapter.getCustomerHistory('no-such-customer'), 'not_found');
  await fails(adapter.getRemoteSession('no-such-session'), 'not_found');
  await fails(adapter.listTickets({ view: 'nonsense', page: 1, pageSize: 10 }), 'validation');
  await fails(
    adapter.updateTicket(DEMO_IDS.vpnTicket, { status: 'archived' as never }, ctx),
    'validation',
  );
  await fails(adapter.updateTicket('no-such-ticket', { status: 'open' }, ctx), 'not_found');
  await fails(
    adapter.sendReply(DEMO_IDS.noContactEmailTicket, { body: 'Hi' }, ctx),
    'no_contact_email',
  );
  await fails(adapter.addInternalNote(DEMO_IDS.vpnTicket, { body: '  ' }, ctx), 'validation');
  await fails(adapter.deleteView!('no-such-view'), 'not_found');
  await fails(adapter.saveView!({ id: 'x', name: '', filter: {} }), 'validation');
}

function walkRefs(node: unknown, visit: (ref: string) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walkRefs(n, visit));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') visit(value);
      else walkRefs(value, visit);
    }
  }
}

describe('docs/rest-api.yaml', () => {
  let spec: OpenApiDoc;
  let checker: SpecChecker;
  before(async () => {
    spec = await loadSpec();
    checker = new SpecChecker(spec);
  });
  afterEach(disposeBackends);

  describe('YAML subset parser (test/helpers/yaml.ts)', () => {
    it('reads every construct the spec uses', () => {
      const doc = parseYaml(
        [
          '# comment',
          'openapi: 3.1.0',
          'n: 42',
          'f: 0.5',
          'yes: true',
          'nothing: null',
          "quoted: 'it''s #1'",
          'double: "a\\tb: c"',
          "ref: { $ref: '#/x/y' }",
          "flow: { type: [string, 'null'], min: 0 }",
          'list: [a, b]',
          'path:',
          '  /tickets/{id}:  # trailing comment',
          '    - name: id',
          '      in: path',
          '    - plain item',
          '    -',
          '      nested: yes',
          'seq:',
          '- at parent indent',
          'folded: >',
          '  one',
          '  two',
          '',
          '  three',
          'literal: |-',
          '  keep',
          '    indented',
        ].join('\n'),
      );
      expect(doc).to.deep.equal({
        openapi: '3.1.0',
        n: 42,
        f: 0.5,
        yes: true,
        nothing: null,
        quoted: "it's #1",
        double: 'a\tb: c',
        ref: { $ref: '#/x/y' },
        flow: { type: ['string', 'null'], min: 0 },
        list: ['a', 'b'],
        path: {
          '/tickets/{id}': [{ name: 'id', in: 'path' }, 'plain item', { nested: 'yes' }],
        },
        seq: ['at parent indent'],
        folded: 'one two\nthree\n',
        literal: 'keep\n  indented',
      });
    });

    it('refuses syntax it does not support, naming the line', () => {
      expect(() => parseYaml('a: 1\nb: &anchor 2')).to.throw(/line 2/);
      expect(() => parseYaml('a: *alias')).to.throw(/unsupported/);
      expect(() => parseYaml('a:\n\tb: 1')).to.throw(/tab/);
      expect(() => parseYaml('a: b: c')).to.throw(/line 1/);
      expect(() => parseYaml("a: 'open")).to.throw(/unterminated/);
      expect(() => parseYaml('a: 1\na: 2')).to.throw(/duplicate key "a"/);
      expect(() => parseYaml('---\na: 1')).to.throw(/not supported/);
    });
  });

  describe('structure', () => {
    it('is OpenAPI 3.1 with one operation per adapter method', () => {
      expect(spec.openapi).to.equal('3.1.0');
      const operationIds = checker
        .operations()
        .map((o) => o.operation.operationId)
        .sort();
      const methods = Object.keys(createRestAdapter({ baseUrl: '/api', csrfToken: 'x' })).sort();
      expect(operationIds).to.deep.equal(methods);
    });

    it('resolves every $ref', () => {
      const broken: string[] = [];
      walkRefs(spec, (ref) => {
        try {
          checker.deref({ $ref: ref });
        } catch {
          broken.push(ref);
        }
      });
      expect(broken).to.deep.equal([]);
    });

    it('has an error code per AdapterError code, with the status the client maps it from', () => {
      const errorCode = spec.components.schemas.ErrorCode as {
        enum: string[];
        description: string;
      };
      expect([...errorCode.enum].sort()).to.deep.equal([...ADAPTER_ERROR_CODES].sort());
      for (const code of ADAPTER_ERROR_CODES) {
        expect(errorCode.description).to.include(`${code} ${PROBLEM_STATUS[code]}`);
      }
    });

    it('requires the CSRF token on every mutating operation and on no read', () => {
      for (const op of checker.operations()) {
        const csrf = !!op.operation.security?.some((s) => 'csrf' in s);
        expect(csrf, `${op.method} ${op.template}`).to.equal(MUTATING.includes(op.method));
      }
    });

    it('carries the action context on every attributed write, and 403/503 on every operation', () => {
      for (const op of checker.operations()) {
        const headers = op.params.filter((p) => p.in === 'header').map((p) => p.name);
        if (ATTRIBUTED.includes(op.operation.operationId)) {
          expect(headers, op.operation.operationId).to.include.members([
            'X-Action-Origin',
            'X-Actor-Id',
          ]);
        }
        expect(Object.keys(op.operation.responses), op.operation.operationId).to.include.members([
          '403',
          '503',
        ]);
      }
    });
  });

  describe('mock responses match the schemas', () => {
    it('for every operation, over every open ticket', async () => {
      const { adapter, checked } = await checkedAdapter();
      await tourOfTheApi(adapter);
      expect(checked.violations, formatViolations(checked.violations)).to.deep.equal([]);
      const expected = checker
        .operations()
        .map((o) => o.operation.operationId)
        .filter((id) => id !== 'subscribe');
      expect([...checked.covered].sort()).to.deep.equal(expected.sort());
    });

    it('for problem responses of each status', async () => {
      const { adapter, checked } = await checkedAdapter();
      await tourOfTheErrors(adapter);
      const noEmail = await checkedAdapter({ emailAccountConfigured: false });
      await fails(
        noEmail.adapter.sendReply(DEMO_IDS.vpnTicket, { body: 'Hi' }, ctx),
        'no_email_account',
      );
      const failing = await checkedAdapter({
        failures: [
          { methods: ['sendReply'], code: 'dispatch_failed' },
          { methods: ['updateTicket'], code: 'conflict' },
          { methods: ['me'], code: 'unavailable' },
        ],
      });
      await fails(
        failing.adapter.sendReply(DEMO_IDS.vpnTicket, { body: 'Hi' }, ctx),
        'dispatch_failed',
      );
      await fails(
        failing.adapter.updateTicket(DEMO_IDS.vpnTicket, { status: 'open' }, ctx),
        'conflict',
      );
      await fails(failing.adapter.me(), 'unavailable');
      const csrf = createRestAdapter({
        baseUrl: '/api',
        csrfToken: 'wrong',
        fetch: failing.checked.fetch,
      });
      await fails(csrf.addInternalNote(DEMO_IDS.vpnTicket, { body: 'x' }, ctx), 'forbidden');

      const violations = [
        ...checked.violations,
        ...noEmail.checked.violations,
        ...failing.checked.violations,
      ];
      expect(violations, formatViolations(violations)).to.deep.equal([]);
      const statuses = new Set(
        [checked, noEmail.checked, failing.checked].flatMap((c) =>
          [...c.statuses.values()].flatMap((s) => [...s]),
        ),
      );
      expect([...statuses].filter((s) => s >= 400).sort()).to.deep.equal([
        400, 403, 404, 409, 422, 502, 503,
      ]);
    });

    itIf(supports.transferableStreams)('for every kind of live event on GET /events', async () => {
      const { adapter, backend } = await checkedAdapter({ remoteSession: { consentAfterMs: 10 } });
      const events: AdapterEvent[] = [];
      const unsubscribe = adapter.subscribe!((e) => events.push(e));
      await waitUntil(() => backend.events.connections === 1, 'the event stream connects');
      await adapter.updateTicket(DEMO_IDS.vpnTicket, { priority: 'high' }, ctx);
      await adapter.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
      const types = () => new Set(events.map((e) => e.type));
      for (let i = 0; i < 50 && types().size < 5; i++) backend.adapter.liveFeedTick();
      await waitUntil(
        () => types().size === 5,
        `all five event types arrive (got ${[...types()]})`,
      );
      unsubscribe();
      const validator = createValidator(spec, { strict: true });
      const issues = events.flatMap((e, i) =>
        validator.validate('#/components/schemas/AdapterEvent', e, `event[${i}]`),
      );
      expect(issues, formatIssues(issues)).to.deep.equal([]);
    });
  });

  describe('drift', () => {
    async function driftedTraffic(...handlers: RequestHandler[]) {
      const spec = await loadSpec();
      const backend: MockBackend = await serveBackend({}, ...handlers);
      const checked = specCheckingFetch(new SpecChecker(spec), backend.baseUrl);
      const adapter = createRestAdapter({
        baseUrl: '/api',
        csrfToken: backend.csrfToken!,
        fetch: checked.fetch,
      });
      return { adapter, checked, backend };
    }

    it('a renamed, a mistyped or an undocumented field fails the check', async () => {
      const { adapter, checked } = await driftedTraffic(
        http.get('/api/tickets', () => HttpResponse.json({ items: [], count: 0 })),
        http.get('/api/me', () => HttpResponse.json({ id: 7, name: 'Sam', nickname: 'S' })),
        http.get('/api/tickets/:id/thread', () =>
          HttpResponse.json({
            hasMore: false,
            items: [{ kind: 'sms', id: '1', at: 'x', body: 'hi' }],
          }),
        ),
      );
      await adapter.listTickets({ view: 'all_open', page: 1, pageSize: 5 });
      await adapter.me();
      await adapter.listThread(DEMO_IDS.vpnTicket);
      const text = formatViolations(checked.violations);
      expect(text).to.include('body is missing required property "total"');
      expect(text).to.include('body.count is not in the spec');
      expect(text).to.include('body.id expected string, got integer');
      expect(text).to.include('body.nickname is not in the spec');
      expect(text).to.include('body.items[0] matches no oneOf branch');
    });

    it('an undocumented status or a problem without code fails the check', async () => {
      const { adapter, checked } = await driftedTraffic(
        http.get(
          '/api/agents',
          () =>
            new HttpResponse('<h1>Oops</h1>', {
              status: 500,
              headers: { 'Content-Type': 'text/html' },
            }),
        ),
        http.get('/api/macros', () =>
          HttpResponse.json(
            { title: 'Nope', status: 503 },
            { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      await fails(adapter.listAgents(), 'unavailable');
      await fails(adapter.listMacros!(), 'unavailable');
      const text = formatViolations(checked.violations);
      expect(text).to.include('GET /api/agents → 500');
      expect(text).to.include('status 500 is not documented');
      expect(text).to.include('body is missing required property "code"');
    });

    it('an undocumented part of a multipart upload fails the check', async () => {
      const { checked, backend } = await driftedTraffic();
      const form = new FormData();
      form.append('body', 'Log attached');
      form.append('priority', 'urgent');
      form.append('attachments', new File(['vpn log'], 'vpn.log', { type: 'text/plain' }));
      const response = await checked.fetch(
        new Request(`/api/tickets/${DEMO_IDS.vpnTicket}/notes`, {
          method: 'POST',
          body: form,
          headers: {
            'X-CSRF-Token': backend.csrfToken!,
            'X-Action-Origin': ctx.origin,
            'X-Actor-Id': ctx.actorId,
          },
        }),
      );
      expect(response.status, 'the mock server accepts it').to.equal(201);
      const text = formatViolations(checked.violations);
      expect(text).to.include(`POST /api/tickets/${DEMO_IDS.vpnTicket}/notes → 201`);
      expect(text).to.include('body.priority is not in the spec');
    });
  });
});
