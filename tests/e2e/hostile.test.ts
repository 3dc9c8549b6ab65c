import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { productionKeys, startTestStack, type TestStack } from '../support/test-stack.js';

/*
 * A hostile set against the gateway in production mode. "Every one a 4xx" means: every request that
 * is an attack on the server (depth, aliases, tokens, cost, size, broken bytes, CSRF, floods,
 * introspection) and every injection string in a STRUCTURED field (unit code, activity id, ids,
 * cursor, case code, fiscal year, enum values) is refused with a 4xx and a stable code, within a
 * second, changing nothing. Injection strings in FREE-TEXT fields (message, contact name, comment,
 * author name, survey answer) are legitimate text: they are stored and returned exactly as given,
 * with no effect on the tables; those requests succeed (2xx), which is the right answer for them.
 */

const INJECTIONS = [
  `'; DROP TABLE unit_administration.intake_submission; --`,
  `' OR '1'='1`,
  `1; SELECT pg_sleep(5)--`,
  `<script>alert("x")</script>`,
  `"><img src=x onerror=alert(1)>`,
  `{{7*7}} \${7*7} %s%n`,
];
const HOSTILE = INJECTIONS.join(' | ');

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) {
  submitFeedback(input: $input, idempotencyKey: $key) { caseCode unit { code } }
}`;

interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: any;
}

let client = 0;
/** Each request its own client (X-Forwarded-For, trusted with TRUST_PROXY=1) unless one is given. */
const nextClient = () => `10.77.${(++client >> 8) & 255}.${client & 255}`;

describe('hostile requests at the gateway (production mode)', () => {
  let t: TestStack;
  let consultationId: string;
  let surveyId: string;
  let questionId: string;
  let noticeVersion: string;

  beforeAll(async () => {
    t = await startTestStack({
      NODE_ENV: 'production',
      INTERNAL_SECRET: 'hostile-test-internal-secret-0123456789',
      JWT_SECRET: 'hostile-test-token-signing-key-0123456789',
      ...productionKeys().env,
      TRUST_PROXY: '1',
      SUBMISSION_RATE_LIMIT: '10',
    });
    // An open consultation and survey to comment on and answer (opened by Finance's head).
    const head = t.as('UNIT_HEAD', 'FINANCE');
    const window = { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3_600_000).toISOString() };
    const c = await head(`mutation ($i: ConsultationInput!) { financeAssets { openConsultation(input: $i) { id } } }`, {
      i: { titleTh: 'ร่างแผนรับนักเรียน', kind: 'ONLINE_COMMENTS', ...window },
    });
    consultationId = c.data?.financeAssets.openConsultation.id;
    const s = await head(`mutation ($i: SurveyInput!) { financeAssets { createSurvey(input: $i) { id questions { id } } } }`, {
      i: { titleTh: 'ความต้องการอินเทอร์เน็ต', ...window, questions: [{ kind: 'FREE_TEXT', textTh: 'ข้อเสนอแนะ' }] },
    });
    surveyId = s.data?.financeAssets.createSurvey.id;
    questionId = s.data?.financeAssets.createSurvey.questions[0].id;
    noticeVersion = (await t.query('{ privacyNotice { version } }')).data?.privacyNotice.version;
    expect([consultationId, surveyId, questionId, noticeVersion].every(Boolean)).toBe(true);
  }, 120_000);
  afterAll(async () => t?.close());

  const send = async (init: RequestInit & { search?: string; client?: string }): Promise<Answer> => {
    const { search = '', client: from = nextClient(), ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('x-forwarded-for', from);
    const started = performance.now();
    const res = await fetch(`${t.stack.gatewayUrl}${search}`, { method: 'POST', ...rest, headers });
    const text = await res.text();
    const ms = Math.round(performance.now() - started);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the assertions below will say so
    }
    return { status: res.status, ms, headers: res.headers, body };
  };
  const gql = (query: string, variables: Record<string, unknown> = {}, from?: string) =>
    send({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), client: from });

  /** Rows in every table of every unit, and the office's figures: what "no data changed" compares. */
  const snapshot = async () => {
    const tables = await t.sql<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
        WHERE table_schema LIKE 'unit\\_%' AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
    );
    const counts: Record<string, number> = {};
    for (const { s, t: table } of tables) {
      const [row] = await t.sql(`SELECT count(*)::int AS n FROM "${s}"."${table}"`);
      counts[`${s}.${table}`] = row!.n;
    }
    const stats = await t.query(
      '{ units { code stats { feedbackReceived activitiesTotal } } officeStats { feedbackReceived surveyResponses } }',
    );
    return { counts, stats: stats.data };
  };
  const settled = () =>
    eventually(async () => {
      const a = await snapshot();
      await new Promise((r) => setTimeout(r, 200));
      const b = await snapshot();
      return JSON.stringify(a) === JSON.stringify(b) ? b : undefined;
    });

  const refused = (answer: Answer, status: number, code: string) => {
    const summary = `${status} ${code}: got ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    expect(answer.status, summary).toBe(status);
    expect(answer.status, summary).toBeGreaterThanOrEqual(400);
    expect(answer.status, summary).toBeLessThan(500);
    const error = answer.body?.errors?.[0];
    expect(error?.extensions?.code, summary).toBe(code);
    expect(typeof error?.extensions?.messageTh, summary).toBe('string');
    expect(typeof error?.extensions?.messageEn, summary).toBe('string');
    // Every error of the answer is a client error with a code, none INTERNAL, no internals.
    for (const e of answer.body.errors) expect(e.extensions?.code, summary).not.toBe('INTERNAL');
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|serviceName|127\.0\.0\.1|localhost|Did you mean/);
    expect(answer.ms, summary).toBeLessThan(1000);
  };

  it('refuses every attack on the server with a 4xx and a stable code, within a second, changing nothing', async () => {
    const before = await settled();
    const big = 'ก'.repeat((5 * 1024 * 1024) / 3); // 5 MB of UTF-8
    const submission = (message: string) =>
      JSON.stringify({ query: SUBMIT, variables: { input: { category: 'COMPLAINT', message }, key: randomUUID() } });
    const invalidUtf8 = Buffer.concat([
      Buffer.from(
        '{"query":"mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }","variables":{"key":"k-12345678","input":{"category":"COMPLAINT","message":"',
      ),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
      Buffer.from('"}}}'),
    ]);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode(`{"query":"${'a'.repeat(64 * 1024)}`);
        for (let i = 0; i < 80; i++) controller.enqueue(chunk); // 5 MB, no Content-Length
        controller.close();
      },
    });
    const cases: [string, () => Promise<Answer>, number, string][] = [
      ['depth 50', () => gql(`{ ${'units { '.repeat(50)}code${' }'.repeat(50)} }`), 400, 'QUERY_TOO_DEEP'],
      // 10,000 aliases are 30,000 tokens: the token limit stops them while parsing, before validation.
      [
        '10,000 aliases',
        () => gql(`{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: units { code }`).join(' ')} }`),
        400,
        'QUERY_TOO_LARGE',
      ],
      ['31 aliases', () => gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: units { code }`).join(' ')} }`), 400, 'TOO_MANY_ALIASES'],
      ['50,000 tokens', () => gql(`{ ${'a '.repeat(50_000)}}`), 400, 'QUERY_TOO_LARGE'],
      [
        'nested pages (cost)',
        () => gql('{ units { consultations(first: 100) { nodes { comments(first: 100) { nodes { id body } } } } } }'),
        400,
        'QUERY_TOO_COSTLY',
      ],
      ['60 directives', () => gql(`{ units { code ${'@include(if: true) '.repeat(60)} } }`), 400, 'TOO_MANY_DIRECTIVES'],
      ['5 MB string', () => send({ headers: { 'content-type': 'application/json' }, body: submission(big) }), 413, 'PAYLOAD_TOO_LARGE'],
      [
        '5 MB streamed without length',
        () => send({ headers: { 'content-type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      ['invalid UTF-8', () => send({ headers: { 'content-type': 'application/json' }, body: invalidUtf8 }), 400, 'BAD_REQUEST_BODY'],
      [
        'not JSON',
        () => send({ headers: { 'content-type': 'application/json' }, body: '{"query": "{ units { code } }",' }),
        400,
        'BAD_REQUEST_BODY',
      ],
      [
        'NUL in a variable',
        () => gql(SUBMIT, { input: { category: 'COMPLAINT', message: 'a\u0000b' }, key: randomUUID() }),
        400,
        'INVALID_CHARACTERS',
      ],
      [
        'NUL in a literal',
        () =>
          gql(
            `mutation { submitFeedback(input: { category: COMPLAINT, message: "a\\u0000b" }, idempotencyKey: "${randomUUID()}") { caseCode } }`,
          ),
        400,
        'INVALID_CHARACTERS',
      ],
      [
        'lone surrogate in a variable',
        () => gql(SUBMIT, { input: { category: 'COMPLAINT', message: 'a\ud800b' }, key: randomUUID() }),
        400,
        'INVALID_CHARACTERS',
      ],
      [
        'lone surrogate in a literal',
        () =>
          gql(
            `mutation { submitFeedback(input: { category: COMPLAINT, message: "a\\ud800b" }, idempotencyKey: "${randomUUID()}") { caseCode } }`,
          ),
        400,
        'GRAPHQL_PARSE_FAILED',
      ],
      [
        'CSRF: text/plain form post',
        () => send({ headers: { 'content-type': 'text/plain' }, body: submission('csrf') }),
        400,
        'CSRF_BLOCKED',
      ],
      [
        'CSRF: urlencoded form post',
        () => send({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(SUBMIT)}` }),
        400,
        'CSRF_BLOCKED',
      ],
      [
        'CSRF: GET without preflight header',
        () => send({ method: 'GET', search: `?query=${encodeURIComponent('{ units { code } }')}` }),
        400,
        'CSRF_BLOCKED',
      ],
      ['other media type', () => send({ headers: { 'content-type': 'application/xml' }, body: '<query/>' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [
        'batched operations',
        () =>
          send({
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify([{ query: '{ units { code } }' }, { query: '{ units { code } }' }]),
          }),
        400,
        'BAD_REQUEST',
      ],
      ['introspection', () => gql('{ __schema { types { name fields { name } } } }'), 400, 'INTROSPECTION_DISABLED'],
      ['field guessing', () => gql('{ unitz { code } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'enum guessing',
        () => gql('{ financeAssets { activities(filter: { levels: [CONSULTX] }) { nodes { id } } } }'),
        400,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'submission flood in one request',
        () =>
          gql(
            `mutation { ${Array.from({ length: 11 }, (_, i) => `s${i}: submitFeedback(input: { category: COMPLAINT, message: "x" }, idempotencyKey: "${randomUUID()}") { caseCode }`).join(' ')} }`,
          ),
        429,
        'RATE_LIMITED',
      ],
    ];
    // Injection strings in structured fields: refused, never stored, never run.
    for (const x of INJECTIONS) {
      cases.push(
        [
          'unitCode',
          () => gql(SUBMIT, { input: { category: 'COMPLAINT', message: 'ok', unitCode: x }, key: randomUUID() }),
          400,
          'UNKNOWN_UNIT',
        ],
        [
          'activityId',
          () => gql(SUBMIT, { input: { category: 'COMPLAINT', message: 'ok', unitCode: 'FINANCE', activityId: x }, key: randomUUID() }),
          400,
          'UNKNOWN_ACTIVITY',
        ],
        ['category enum', () => gql(SUBMIT, { input: { category: x, message: 'ok' }, key: randomUUID() }), 400, 'BAD_USER_INPUT'],
        [
          'channel enum',
          () => gql(SUBMIT, { input: { category: 'COMPLAINT', channel: x, message: 'ok' }, key: randomUUID() }),
          400,
          'BAD_USER_INPUT',
        ],
        [
          'notice version',
          () =>
            gql(SUBMIT, {
              input: { category: 'COMPLAINT', message: 'ok', contact: { email: 'a@example.com', acceptedNoticeVersion: x } },
              key: randomUUID(),
            }),
          400,
          'CONSENT_REQUIRED',
        ],
        ['fiscalYear', () => gql('query ($y: Int) { officeStats(fiscalYear: $y) { feedbackReceived } }', { y: x }), 400, 'BAD_USER_INPUT'],
        [
          'cursor',
          () => gql('query ($a: String) { financeAssets { activities(after: $a) { nodes { id } } } }', { a: x }),
          400,
          'INVALID_CURSOR',
        ],
        ['case code', () => gql('query ($c: String!) { followCase(code: $c) { code } }', { c: x }), 400, 'CASE_CODE_NOT_FOUND'],
        ['consultation id', () => gql('query ($id: ID!) { financeAssets { consultation(id: $id) { id } } }', { id: x }), 400, 'INVALID_ID'],
        ['survey id', () => gql('query ($id: ID!) { financeAssets { survey(id: $id) { id } } }', { id: x }), 400, 'INVALID_ID'],
        [
          'comment on consultation id',
          () =>
            gql(
              `mutation ($id: ID!) { financeAssets { commentOnConsultation(consultationId: $id, body: "ok", idempotencyKey: "${randomUUID()}") { id } } }`,
              { id: x },
            ),
          400,
          'CONSULTATION_NOT_FOUND',
        ],
        [
          'answer to survey id',
          () =>
            gql(
              `mutation ($id: ID!, $q: ID!) { financeAssets { respondToSurvey(surveyId: $id, answers: [{ questionId: $q, text: "ok" }], idempotencyKey: "${randomUUID()}") { id } } }`,
              { id: x, q: questionId },
            ),
          400,
          'SURVEY_NOT_FOUND',
        ],
        [
          'answer to question id',
          () =>
            gql(
              `mutation ($id: ID!, $q: ID!) { financeAssets { respondToSurvey(surveyId: $id, answers: [{ questionId: $q, text: "ok" }], idempotencyKey: "${randomUUID()}") { id } } }`,
              { id: surveyId, q: x },
            ),
          400,
          'SURVEY_ANSWER_INVALID',
        ],
      );
    }

    for (const [name, run, status, code] of cases) {
      const answer = await run();
      expect(answer.status, name).toBe(status);
      refused(answer, status, code);
      if (status === 429) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(await settled()).toEqual(before);
  }, 60_000);

  it('stores injection-looking free text exactly as given, with no effect on the tables', async () => {
    const ds = t.stack.units.get('administration')!.server.db.dataSource;
    const tablesBefore = await t.sql(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema LIKE 'unit\\_%'`);
    const message = `ร้องเรียน: ${HOSTILE} 😞`;
    const name = INJECTIONS[0]!.slice(0, 200);

    const submitted = await gql(SUBMIT, {
      input: {
        category: 'COMPLAINT',
        unitCode: 'FINANCE',
        message,
        contact: { name, email: 'someone@example.com', acceptedNoticeVersion: noticeVersion },
      },
      key: randomUUID(),
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const { caseCode } = submitted.body.data.submitFeedback;
    const [contact] = await ds.query(
      `SELECT c.name FROM unit_administration.case_contact c JOIN unit_administration.intake_submission s USING (case_id) WHERE s.case_code = $1`,
      [caseCode],
    );
    expect(contact.name).toBe(name);
    const finance = t.stack.units.get('financeAssets')!.server.db.dataSource;
    const stored = await eventually(
      async () => (await finance.query(`SELECT message FROM unit_finance_assets.feedback WHERE case_code = $1`, [caseCode]))[0],
    );
    expect(stored.message).toBe(message);

    const comment = await gql(
      `mutation ($c: ID!, $b: String!, $n: String) { financeAssets { commentOnConsultation(consultationId: $c, body: $b, authorName: $n, idempotencyKey: "${randomUUID()}") { id body authorName } } }`,
      { c: consultationId, b: HOSTILE, n: INJECTIONS[3] },
    );
    expect(comment.status, JSON.stringify(comment.body)).toBe(200);
    expect(comment.body.data.financeAssets.commentOnConsultation).toMatchObject({ body: HOSTILE, authorName: INJECTIONS[3] });
    const comments = await gql('query ($c: ID!) { financeAssets { consultation(id: $c) { comments { nodes { body authorName } } } } }', {
      c: consultationId,
    });
    expect(comments.body.data.financeAssets.consultation.comments.nodes).toContainEqual({ body: HOSTILE, authorName: INJECTIONS[3] });

    const answer = await gql(
      `mutation ($s: ID!, $a: [SurveyAnswerInput!]!) { financeAssets { respondToSurvey(surveyId: $s, answers: $a, idempotencyKey: "${randomUUID()}") { id } } }`,
      { s: surveyId, a: [{ questionId, text: HOSTILE }] },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    // The survey is still open: its results are the unit's staff's until it closes.
    const texts = await t.staff('query ($s: ID!) { financeAssets { survey(id: $s) { results { texts { nodes { text } } } } } }', {
      s: surveyId,
    });
    expect(texts.data?.financeAssets.survey.results[0].texts.nodes).toContainEqual({ text: HOSTILE });

    // Every table is still there, and still answers.
    expect(await t.sql(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema LIKE 'unit\\_%'`)).toEqual(
      tablesBefore,
    );
    const stats = await t.query('{ units { code stats { feedbackReceived } } }');
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.units).toHaveLength(9);
  });

  it('takes SUBMISSION_RATE_LIMIT submissions a minute from one client, then answers 429 with Retry-After', async () => {
    const from = '203.0.113.7';
    const submit = (i: number) => gql(SUBMIT, { input: { category: 'SUGGESTION', message: `ข้อเสนอแนะที่ ${i}` }, key: randomUUID() }, from);
    for (let i = 0; i < 10; i++) expect((await submit(i)).status).toBe(200);
    const eleventh = await submit(10);
    refused(eleventh, 429, 'RATE_LIMITED');
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(eleventh.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Reading is not a submission (it counts toward the request limit only), and another client may still submit.
    expect((await gql('{ units { code } }', {}, from)).status).toBe(200);
    const other = await gql(SUBMIT, { input: { category: 'SUGGESTION', message: 'อีกคน' }, key: randomUUID() }, '203.0.113.8');
    expect(other.status).toBe(200);
  });

  it('counts a submission sent as a persisted query hash alone like one sent with its text', async () => {
    const from = '203.0.113.9';
    const sha256Hash = createHash('sha256').update(SUBMIT).digest('hex');
    const persisted = (withText: boolean, i: number) =>
      send({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...(withText ? { query: SUBMIT } : {}),
          variables: { input: { category: 'SUGGESTION', message: `ข้อเสนอแนะแบบแฮช ${i}` }, key: randomUUID() },
          extensions: { persistedQuery: { version: 1, sha256Hash } },
        }),
        client: from,
      });
    // A hash the gateway has not seen with its text: the client is asked for the text, nothing runs.
    const unknown = await persisted(false, 0);
    expect(unknown.status).toBe(200);
    expect(JSON.stringify(unknown.body)).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect((await persisted(true, 1)).status).toBe(200);
    for (let i = 2; i <= 10; i++) expect((await persisted(false, i)).status).toBe(200);
    refused(await persisted(false, 11), 429, 'RATE_LIMITED');
  });

  it('takes a legitimate 5,000-character Thai message well under the body limit', async () => {
    const message = 'ขอเสนอให้ปรับปรุงการให้บริการ'.repeat(200).slice(0, 5000);
    expect(Buffer.byteLength(JSON.stringify({ query: SUBMIT, variables: { input: { message } } }))).toBeLessThan((256 * 1024) / 10);
    const res = await gql(SUBMIT, { input: { category: 'SUGGESTION', message }, key: randomUUID() });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
