import { createRepositories } from '@sesao28/kit';
import { makeFeedback } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/** The staff desk's queue: soonest answer deadline first, paged by cursor, without a deadline last. */
describe('feedback(filter: { orderBy: DUE_FIRST })', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
    const unit = t.stack.units.get('supervision')!;
    const repos = createRepositories(unit.server.db.dataSource);
    // Received one day apart; deadlines deliberately out of the received order, two without one.
    const dueDays = [30, 2, null, 10, 1, null, 5];
    await repos.feedback.insertMany(dueDays.map((dueDays, i) => makeFeedback(i, { dueDays })));
  });
  afterAll(async () => t?.close());

  const QUEUE = `query ($after: String, $order: FeedbackOrder) {
    supervision { feedback(first: 1, after: $after, filter: { openOnly: true, orderBy: $order }) {
      totalCount nodes { id dueAnswerAt receivedAt } pageInfo { hasNextPage endCursor } } } }`;

  const allPages = async (order: string) => {
    const seen: { id: string; dueAnswerAt: string | null; receivedAt: string }[] = [];
    let after: string | null = null;
    for (let round = 0; round < 100; round++) {
      const res: { data?: Record<string, any> | null; errors?: unknown } = await t.staff(QUEUE, { after, order });
      expect(res.errors).toBeUndefined();
      const page: { nodes: typeof seen; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        res.data!.supervision.feedback;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return { seen, total: page.totalCount };
      after = page.pageInfo.endCursor;
    }
    throw new Error('the pages never ended');
  };

  // One case a page: every case, those without a deadline too, is once a cursor.
  it('pages every open case once, the soonest deadline first and those without one last', async () => {
    const { seen, total } = await allPages('DUE_FIRST');
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((c) => c.id)).size).toBe(total);
    const dated = seen.filter((c) => c.dueAnswerAt);
    const undated = seen.filter((c) => !c.dueAnswerAt);
    expect(undated.length).toBeGreaterThanOrEqual(2);
    // Every case with a deadline comes before every case without one …
    expect(seen.slice(0, dated.length)).toEqual(dated);
    // … and the deadlines never go backwards.
    const times = dated.map((c) => Date.parse(c.dueAnswerAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps newest received first by default', async () => {
    const { seen } = await allPages('NEWEST_FIRST');
    const times = seen.map((c) => Date.parse(c.receivedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
