import { createRepositories } from '@sesao28/kit';
import { makeActivity, makeFeedback } from '@sesao28/kit/testing';
import { SHAPES } from '@sesao28/infra/bench';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * The SQL statements one request costs, per benchmark shape, exactly, and the same
 * whatever the volume of data: an N+1 regression fails here.
 */

describe('SQL statements per request, per benchmark shape', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  const cost = async (query: string) => {
    const before = t.statements();
    const res = await t.as('DIRECTOR')(query);
    expect(res.errors).toBeUndefined();
    return t.statements() - before;
  };

  const grow = async () => {
    for (const running of t.stack.units.values()) {
      const repos = createRepositories(running.server.db.dataSource);
      const activities = Array.from({ length: 60 }, (_, i) => makeActivity(i));
      await repos.activities.insertMany(activities);
      await repos.feedback.insertMany(Array.from({ length: 120 }, (_, i) => makeFeedback(i, { activityId: activities[i % 60]!.id })));
    }
  };

  it('is the plan\'s minimum, and stays so with more data', async () => {
    const small = { dashboard: await cost(SHAPES.dashboard), unitRoots: await cost(SHAPES.unitRoots), queue: await cost(SHAPES.queue) };
    // Dashboard: one aggregate statement per unit.
    expect(small.dashboard).toBe(9);
    // Per unit: activities page, their feedback counts; and where the director may read cases: the
    // case page, its activities, and the audit record of the read. Internal Audit's cases are closed to him.
    expect(small.unitRoots).toBe(9 * 2 + 8 * 3);
    // The queue: the page, its count and the audit record.
    expect(small.queue).toBe(3);
    await grow();
    expect({ dashboard: await cost(SHAPES.dashboard), unitRoots: await cost(SHAPES.unitRoots), queue: await cost(SHAPES.queue) }).toEqual(small);
  });

  it('counts the ladder\'s participants in the stats statement, and participant counts in one batch', async () => {
    // The same one statement per unit as the dashboard, participants joined in.
    expect(await cost(`{ units { stats(fiscalYear: 2569) { ladder { level share participants } participantsDistinct } } }`)).toBe(9);
    // The activities page and one statement for all their participant counts.
    expect(await cost(`{ financeAssets { activities(first: 50) { nodes { participantCount } } } }`)).toBe(2);
    // One search statement per unit.
    expect(await cost(`{ financeAssets { search(text: "ประชุม") { id } } }`)).toBe(1);
  });
});
