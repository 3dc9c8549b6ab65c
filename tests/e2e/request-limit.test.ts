import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitRegistry } from '@sesao28/schema';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const LIMIT = 25;
const ADMINISTRATION = unitRegistry.find((u) => u.manifest.code === 'ADMIN')!.manifest.schemaName;
const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;

/**
 * finding: rate limit — queries were not limited at all. Every GraphQL request now counts toward a
 * per-client limit a minute (REQUEST_RATE_LIMIT), reads included, before the submission limit.
 */
describe('finding: rate limit: queries not at all — every request counts toward a per-client limit', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ REQUEST_RATE_LIMIT: String(LIMIT), TRUST_PROXY: '1' });
  });
  afterAll(async () => t?.close());

  const post = (client: string, query: string, variables: Record<string, unknown> = {}) =>
    fetch(t.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ query, variables }),
    });

  it('answers a client’s reads up to the limit, then 429 with Retry-After and the reason in Thai and English', async () => {
    const client = '198.51.100.10';
    for (let i = 0; i < LIMIT; i++) expect((await post(client, '{ units { code } }')).status).toBe(200);
    const over = await post(client, '{ units { code } }');
    expect(over.status).toBe(429);
    const seconds = Number(over.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    const error = ((await over.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!;
    expect(error.extensions).toMatchObject({
      code: 'REQUEST_RATE_LIMITED',
      retryAfterSeconds: seconds,
      messageTh: expect.stringContaining(`${LIMIT}`),
      messageEn: expect.stringContaining(`${LIMIT}`),
    });
    // Over the request limit, a submission is refused as well and writes nothing.
    const submissions = async () => (await t.sql(`SELECT count(*)::int AS n FROM ${ADMINISTRATION}.intake_submission`))[0]!.n as number;
    const before = await submissions();
    const submission = await post(client, SUBMIT, {
      input: { category: 'SUGGESTION', message: 'ข้อเสนอแนะหลังเกินขีดจำกัด' },
      key: randomUUID(),
    });
    expect(submission.status).toBe(429);
    expect(await submissions()).toBe(before);
    // Another client is not held back by the first.
    expect((await post('198.51.100.11', '{ units { code } }')).status).toBe(200);
  });
});
