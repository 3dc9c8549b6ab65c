import { randomUUID } from 'node:crypto';
import type { Identity } from '@sesao28/kit';
import { postGraphQL } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

describe('a retried write returns the first result', () => {
  let t: TestStack;
  const head: Identity = { role: 'UNIT_HEAD', unitCode: 'FINANCE', subject: 'head-finance', confidential: false };
  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
  });
  afterAll(async () => t?.close());

  const send = async (who: Identity, key: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(t.stack.gatewayUrl, query, variables, { authorization: `Bearer ${await t.token(who)}`, 'idempotency-key': key });

  it('creates once, whatever the number of retries, even at the same moment', async () => {
    const key = randomUUID();
    const create = `mutation { financeAssets { createAnswerTemplate(input: { titleTh: "ตอบเรื่องเบิกจ่าย", bodyTh: "กำลังตรวจสอบเอกสาร" }) { id } } }`;
    const first = await send(head, key, create);
    const [again, andAgain] = await Promise.all([send(head, key, create), send(head, key, create)]);
    const id = first.data?.financeAssets.createAnswerTemplate.id;
    expect(id).toBeTruthy();
    for (const res of [again, andAgain]) {
      // At the same moment a retry may also be told to wait; it never makes a second template.
      if (res.errors) expect(res.errors[0]?.extensions?.code).toBe('IDEMPOTENCY_IN_PROGRESS');
      else expect(res.data?.financeAssets.createAnswerTemplate.id).toBe(id);
    }
    const templates = await t.as('UNIT_HEAD', 'FINANCE')(`{ financeAssets { answerTemplates { titleTh } } }`);
    expect(templates.data?.financeAssets.answerTemplates.filter((x: { titleTh: string }) => x.titleTh === 'ตอบเรื่องเบิกจ่าย')).toHaveLength(1);
  });

  it('answers a retried status move with the first answer instead of an error', async () => {
    const code = (
      await t.query(
        `mutation ($k: ID!) { submitFeedback(idempotencyKey: $k, input: { category: QUESTION, message: "ถามเรื่องการเบิกจ่ายซ้ำ", unitCode: "FINANCE" }) { caseCode } }`,
        { k: randomUUID() },
      )
    ).data?.submitFeedback.caseCode;
    const id = await eventually(async () => {
      const res = await t.as(
        'UNIT_HEAD',
        'FINANCE',
      )(`{ financeAssets { feedback(filter: { search: "ถามเรื่องการเบิกจ่ายซ้ำ" }) { nodes { id code } } } }`);
      return res.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id;
    });
    const key = randomUUID();
    const ack = `mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { status acknowledgedAt } } }`;
    const first = await send(head, key, ack, { id });
    const retry = await send(head, key, ack, { id });
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    // Without the key, the same move is (rightly) refused.
    const bare = await t.as('UNIT_HEAD', 'FINANCE')(ack, { id });
    expect(bare.errors?.[0]?.extensions?.code).toBe('ILLEGAL_STATUS_MOVE');
    // The same key for something else is refused; another person's same key is theirs.
    const other = await send(head, key, `mutation ($id: ID!) { financeAssets { startCase(id: $id) { status } } }`, { id });
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const colleague = await send(
      { ...head, subject: 'another-head' },
      key,
      `mutation ($id: ID!) { financeAssets { startCase(id: $id) { status } } }`,
      { id },
    );
    expect(colleague.data?.financeAssets.startCase.status).toBe('IN_PROGRESS');
  });

  it('runs a retry again when the first try failed', async () => {
    const key = randomUUID();
    const bad = `mutation { financeAssets { createAnswerTemplate(input: { titleTh: "", bodyTh: "ข" }) { id } } }`;
    const first = await send(head, key, bad);
    expect(first.errors?.[0]?.extensions?.code).toBe('TEXT_REQUIRED');
    const second = await send(head, key, bad);
    expect(second.errors?.[0]?.extensions?.code).toBe('TEXT_REQUIRED');
  });
});
