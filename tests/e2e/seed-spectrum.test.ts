import { loadConfig } from '@sesao28/kit';
import { seedSpectrum } from '@sesao28/infra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const READ = `{
  policyPlanning { drafts(openOnly: true) { totalCount nodes { kind open titleTh } } }
  supervision { votes { totalCount nodes { status eligibility options { labelTh } } } }
  educationPromotion { initiatives { totalCount nodes { status supportCount } } }
  personnel { delegations { totalCount nodes { status reviewDue } } }
}`;

describe('the seed samples of involve and empower', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  const seedAll = async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    for (const running of t.stack.units.values()) await seedSpectrum(running.url, config, running.unit);
  };

  it('opens something to take part in, once however often the seed runs', async () => {
    await seedAll();
    const first = await t.query(READ);
    expect(first.errors).toBeUndefined();
    expect(first.data?.policyPlanning.drafts).toMatchObject({ totalCount: 1, nodes: [{ kind: 'PLAN', open: true }] });
    expect(first.data?.supervision.votes).toMatchObject({ totalCount: 1, nodes: [{ status: 'OPEN', eligibility: 'SIGNED_IN' }] });
    expect(first.data?.supervision.votes.nodes[0].options).toHaveLength(3);
    expect(first.data?.educationPromotion.initiatives).toMatchObject({ totalCount: 1, nodes: [{ status: 'APPROVED', supportCount: 1 }] });
    expect(first.data?.personnel.delegations).toMatchObject({ totalCount: 1, nodes: [{ status: 'ACTIVE', reviewDue: false }] });
    await seedAll();
    expect((await t.query(READ)).data).toEqual(first.data);
  });
});
