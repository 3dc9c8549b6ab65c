import { readFileSync } from 'node:fs';
import { loadConfig } from '@sesao28/platform';
import { buildASTSchema, GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { allStorable, apolloLimits, clientKey, localizeError, measureOperation, storable, trustedPeers } from '../src/limits.js';
import { countSubmissions, submissionFieldsOf } from '../src/submissions.js';
import { supergraphPath } from '../src/supergraph-path.js';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
const supergraphSdl = readFileSync(supergraphPath(config), 'utf8');
const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });

// The README's cross-unit example and the heaviest legitimate queries of tests/e2e (measured over
// all of them: the highest cost is 1,089.5, depth 5, 2 aliases).
const README_EXAMPLE = `{
  units {
    code nameTh nameEn
    stats(fiscalYear: 2569) { activitiesTotal activitiesByLevel { level count } feedbackReceived feedbackOpen feedbackAnswered medianDaysToAnswer }
  }
  financeAssets {
    activities(first: 5, filter: { levels: [CONSULT, INVOLVE] }) {
      nodes { titleTh titleEn level status startsAt feedbackCount }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const HEAVY_LEGITIMATE = [
  README_EXAMPLE,
  '{ policyPlanning { outcomes(first: 100) { nodes { id } } } }',
  `{ ${[
    'administration',
    'financeAssets',
    'personnel',
    'policyPlanning',
    'supervision',
    'teacherDevelopment',
    'educationPromotion',
    'distanceEducationIct',
    'internalAudit',
  ]
    .map(
      (slug) =>
        `${slug} { code nameTh activities(first: 3) { nodes { titleTh level } } feedback(first: 2) { nodes { category message } } }`,
    )
    .join(' ')} }`,
  `{ financeAssets { activities(first: 100) { nodes { id titleTh titleEn level status startsAt endsAt feedbackCount } pageInfo { hasNextPage endCursor } } } }`,
];

describe('gateway limits: settings fit legitimate queries with room to spare', () => {
  it('keeps the README example and the heaviest test queries at under half of every limit', () => {
    for (const query of HEAVY_LEGITIMATE) {
      const m = measureOperation(schema, parse(query));
      expect(m.cost, query).toBeLessThan(config.maxQueryCost / 2);
      expect(m.depth, query).toBeLessThanOrEqual(config.maxQueryDepth / 2);
      expect(m.aliases, query).toBeLessThanOrEqual(config.maxAliases / 2);
      expect(validate(schema, parse(query), apolloLimits(config).validationRules)).toEqual([]);
    }
  });

  it('lets a too-large page through to the unit, which names the problem (PAGE_SIZE_OUT_OF_RANGE)', () => {
    const m = measureOperation(schema, parse('{ personnel { activities(first: 1000) { nodes { id } } } }'));
    expect(m.cost).toBeLessThan(config.maxQueryCost);
  });

  it('refuses nested pages that multiply, and answers 10,000 aliases quickly', () => {
    const rules = apolloLimits(config).validationRules;
    const nested = parse('{ units { consultations(first: 100) { nodes { comments(first: 100) { nodes { id body } } } } } }');
    expect(validate(schema, nested, rules).map((e) => e.message)).toEqual([expect.stringContaining('cost above 20000')]);
    const started = performance.now();
    const aliases = parse(`{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: units { code }`).join(' ')} }`);
    expect(validate(schema, aliases, rules).some((e) => /more than 30 aliases/.test(e.message))).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('submissions counted by the rate limit', () => {
  // What the gateway counts comes from the supergraph's @submission fields, as when it runs.
  const fields = submissionFieldsOf(supergraphSdl);
  const count = (query: unknown, operationName: unknown, maxTokens: number, variables?: unknown) =>
    countSubmissions(fields, query, operationName, maxTokens, variables);

  it("reads the public's writes from the supergraph, and no staff work", () => {
    for (const name of [
      'submitFeedback',
      'myCaseData',
      'commentOnConsultation',
      'askAboutDisclosure',
      'reportMisconduct',
      'filePersonnelPetition',
    ]) {
      expect(fields.has(name), name).toBe(true);
    }
    for (const name of [
      'answerCase',
      'createActivity',
      'publishDisclosure',
      'answerDisclosureQuestion',
      'updateMisconductReport',
      'units',
    ]) {
      expect(fields.has(name), name).toBe(false);
    }
  });

  it('counts each submission field, in namespaces, fragments and aliases, only in the operation sent', () => {
    expect(count('mutation { submitFeedback(input: {}, idempotencyKey: "k") { caseCode } }', undefined, 5000)).toBe(1);
    expect(count('mutation { a: submitFeedback { caseCode } b: submitFeedback { caseCode } }', null, 5000)).toBe(2);
    expect(count('mutation { financeAssets { commentOnConsultation { id } respondToSurvey { id } } }', undefined, 5000)).toBe(2);
    // Units' own public submissions count too.
    expect(
      count(
        'mutation { financeAssets { askAboutDisclosure { id } } supervision { rateSupervisionVisit { submittedAt } } }',
        undefined,
        5000,
      ),
    ).toBe(2);
    expect(
      count(
        'mutation { distanceEducationIct { requestIctSupport { code } } teacherDevelopment { evaluateTraining { submittedAt } } }',
        undefined,
        5000,
      ),
    ).toBe(2);
    // A report on a contribution is a public write like the contribution itself.
    expect(count('mutation { policyPlanning { reportContribution { id } } }', undefined, 5000)).toBe(1);
    expect(count('mutation { ...F } fragment F on Mutation { submitFeedback { caseCode } ...F }', undefined, 5000)).toBe(1);
    expect(count('mutation A { submitFeedback { caseCode } } query B { units { code } }', 'B', 5000)).toBe(0);
    expect(count('mutation A { submitFeedback { caseCode } } query B { units { code } }', 'A', 5000)).toBe(1);
    // A privacy key tried in a query counts like one tried in a mutation; subscriptions count nothing.
    expect(count('{ myCaseData(code: "SSK", privacyKey: "KEY") { case { status } } }', undefined, 5000)).toBe(1);
    expect(count('subscription { submitFeedback }', undefined, 5000)).toBe(0);
    expect(count('mutation { submitFeedback', undefined, 5000)).toBe(0);
    expect(count(`mutation { ${'a '.repeat(100)} }`, undefined, 10)).toBe(0);
    expect(count(42, undefined, 5000)).toBe(0);
    // One unit's namespace switched on by a variable: only it counts.
    const perUnit =
      'mutation ($a: Boolean!, $b: Boolean!) { financeAssets @include(if: $a) { commentOnConsultation { id } } supervision @include(if: $b) { commentOnConsultation { id } } }';
    expect(count(perUnit, undefined, 5000, { a: false, b: true })).toBe(1);
    expect(count(perUnit, undefined, 5000, { a: true, b: true })).toBe(2);
    // Unreadable switches count: never fewer than will run.
    expect(count(perUnit, undefined, 5000, {})).toBe(2);
    expect(
      count(
        'mutation { submitFeedback @skip(if: true) { caseCode } b: submitFeedback @include(if: false) { caseCode } c: submitFeedback @skip(if: false) { caseCode } }',
        undefined,
        5000,
      ),
    ).toBe(1);
  });

  it('keys clients by socket address, or by the entry our proxies appended when trusted', () => {
    const ours = trustedPeers(config.trustedProxies);
    expect(clientKey('10.0.0.9', '1.2.3.4', 0, ours)).toBe('10.0.0.9');
    expect(clientKey('10.0.0.9', 'spoofed, 1.2.3.4', 1, ours)).toBe('1.2.3.4');
    expect(clientKey('10.0.0.9', 'spoofed, 1.2.3.4, 10.0.0.2', 2, ours)).toBe('1.2.3.4');
    expect(clientKey('10.0.0.9', '1.2.3.4', 3, ours)).toBe('1.2.3.4');
    expect(clientKey('::ffff:10.0.0.9', '1.2.3.4', 1, ours)).toBe('1.2.3.4');
    expect(clientKey('10.0.0.9', undefined, 1, ours)).toBe('10.0.0.9');
    expect(clientKey(undefined, undefined, 0, ours)).toBe('unknown');
  });

  it('finding: X-Forwarded-For is trusted from any peer: only our proxies may name the client', () => {
    const ingressOnly = trustedPeers(['10.42.0.0/16']);
    // A client on the internet that reaches the gateway directly cannot pick its own bucket.
    expect(clientKey('203.0.113.7', 'someone-else', 1, ingressOnly)).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7', 'someone-else', 1, ingressOnly)).toBe('::ffff:203.0.113.7');
    expect(clientKey('10.42.3.4', '198.51.100.1', 1, ingressOnly)).toBe('198.51.100.1');
    expect(() => trustedPeers(['10.0.0.0/33'])).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedPeers(['ingress'])).toThrow(/not a CIDR range/);
  });
});

describe('text that can be stored', () => {
  it('refuses NUL and lone surrogates, keeps Thai, emoji and injection-looking text', () => {
    expect(storable("ขอร้องเรียน 😞 '; DROP TABLE x; -- <script>")).toBe(true);
    expect(storable('a\u0000b')).toBe(false);
    expect(storable('a\ud800b')).toBe(false);
    expect(storable('a\udc00')).toBe(false);
    expect(allStorable({ variables: { input: { contact: { name: ['ok', 'x\u0000'] } } } })).toBe(false);
    expect(allStorable({ ['k\ud800']: 1 })).toBe(false);
    let deep: unknown = 'ok';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(allStorable(deep)).toBe(true);
  });
});

describe('request errors in Thai and English', () => {
  it('names the token limit, introspection and CSRF refusals, and adds messages to Apollo codes', () => {
    const tokens = localizeError(
      { message: 'Syntax Error: Document contains more than 5000 tokens. Parsing aborted.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      undefined,
      true,
    );
    expect(tokens.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', messageEn: 'The query is too long (more than 5000 tokens)' });
    expect(tokens.extensions?.messageTh).toContain('5000');
    const csrf = localizeError(
      { message: 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).', extensions: { code: 'BAD_REQUEST' } },
      undefined,
      true,
    );
    expect(csrf.extensions?.code).toBe('CSRF_BLOCKED');
    const parseFailed = localizeError(
      { message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      undefined,
      true,
    );
    expect(parseFailed.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      messageTh: expect.any(String),
      messageEn: expect.any(String),
    });
  });

  it('hides "Did you mean" suggestions in production only', () => {
    const formatted = {
      message: 'Value "CONSULTX" does not exist in "ParticipationLevel" enum. Did you mean the enum value "CONSULT"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(localizeError(formatted, new GraphQLError('x'), true).message).toBe(
      'Value "CONSULTX" does not exist in "ParticipationLevel" enum.',
    );
    expect(localizeError(formatted, new GraphQLError('x'), false).message).toContain('Did you mean');
  });
});
