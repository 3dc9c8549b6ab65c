import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { fiscalYearOf, fiscalYearRange, quoteIdent, STATS_SOURCE_TABLES, statsCacheKey, statsStatement } from '@sesao28/kit';
import { TEST_CLOCK_SEARCH_PATH } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * The stats cache never answers stale figures: after every kind of write the next read moves,
 * and figures that change with the clock alone (a case turning late, a notice turning stale)
 * move at their moment without any write. Finance's figures, all time and this fiscal year.
 */

const SLUG = 'financeAssets';
const FIGURES = `activitiesTotal feedbackReceived feedbackAnswered feedbackLate feedbackByStatus { status count }
  surveyResponses satisfactionAnswers outcomesRecorded noticesPublished noticesStale`;
// All time with the ladder's participants, this fiscal year without: two cache entries.
const STATS = `query ($y: Int) { ${SLUG} { all: stats { ${FIGURES} participantsDistinct } year: stats(fiscalYear: $y) { ${FIGURES} } } }`;
const WAITING = `status IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS') AND answered_at IS NULL AND transferred_to IS NULL`;

interface Figures {
  activitiesTotal: number;
  feedbackReceived: number;
  feedbackAnswered: number;
  feedbackLate: number;
  feedbackByStatus: { status: string; count: number }[];
  surveyResponses: number;
  satisfactionAnswers: number;
  outcomesRecorded: number;
  noticesPublished: number;
  noticesStale: number;
  participantsDistinct: number;
}
const byStatus = (f: Figures, status: string) => f.feedbackByStatus.find((s) => s.status === status)!.count;

describe('the stats cache', () => {
  let t: TestStack;
  let db: pg.Client;
  let s: string;
  const year = fiscalYearOf(new Date());
  const finance = () => t.stack.units.get(SLUG)!.server.db;

  /** Finance's figures and the statements Finance spent on them (2 on a hit: a lookup per entry). */
  const read = async () => {
    const before = finance().statements.count;
    const res = await t.query(STATS, { y: year });
    expect(res.errors).toBeUndefined();
    const { all, year: fy } = res.data?.[SLUG] as { all: Figures; year: Figures };
    return { statements: finance().statements.count - before, all, fy };
  };
  /** Reads the figures warm (proven a cache hit), runs the write, and reads them again. */
  const around = async (write: () => Promise<void>) => {
    await read();
    const before = await read();
    expect(before.statements).toBe(2);
    await write();
    const after = await read();
    // Both entries were recomputed: a lookup and the compute-and-store statement each.
    expect(after.statements).toBe(4);
    return { before, after };
  };
  const staff = async (query: string, variables?: Record<string, unknown>) => {
    const res = await t.staff(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data?.[SLUG];
  };
  const version = async () => Number((await db.query(`SELECT version FROM ${s}.stats_version`)).rows[0].version);

  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
    // On the units' clock, which the test moves.
    db = new pg.Client({ connectionString: t.databaseUrl, options: TEST_CLOCK_SEARCH_PATH });
    await db.connect();
    s = quoteIdent(t.stack.units.get(SLUG)!.unit.manifest.schemaName);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('reads every table the stats statement reads through a trigger that bumps the version', async () => {
    // The relations the compute statement reads, from its plan (with participants: the widest form).
    const { sql, params } = statsStatement(s, 'plan', fiscalYearRange(year), { participants: true });
    const [{ 'QUERY PLAN': plan }] = (await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows;
    const relations = new Set<string>();
    const walk = (node: Record<string, unknown>) => {
      if (typeof node['Relation Name'] === 'string') relations.add(node['Relation Name']);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk(plan[0].Plan);
    const read = [...relations].filter((r) => r !== 'stats_cache' && r !== 'stats_version').sort();
    expect(read).toEqual([...STATS_SOURCE_TABLES].sort());
    // Each of them bumps the version on any statement, even one that changes no row.
    for (const table of STATS_SOURCE_TABLES) {
      const before = await version();
      await db.query(`DELETE FROM ${s}.${quoteIdent(table)} WHERE false`);
      expect(await version(), table).toBe(before + 1);
    }
  });

  it('moves after a case is submitted, acknowledged and answered', async () => {
    let id = '';
    const submitted = await around(async () => {
      const res = await t.query(
        `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`,
        { input: { category: 'COMPLAINT', message: 'ทดสอบแคชสถิติ ขอทราบขั้นตอนการเบิกจ่าย', unitCode: 'FINANCE' }, key: randomUUID() },
      );
      expect(res.errors).toBeUndefined();
      const code = res.data?.submitFeedback.caseCode;
      // It reaches Finance through the outbox; read the row directly (that writes nothing).
      id = await eventually(async () => (await db.query(`SELECT id FROM ${s}.feedback WHERE case_code = $1`, [code])).rows[0]?.id);
    });
    for (const window of ['all', 'fy'] as const) {
      expect(submitted.after[window].feedbackReceived).toBe(submitted.before[window].feedbackReceived + 1);
      expect(byStatus(submitted.after[window], 'RECEIVED')).toBe(byStatus(submitted.before[window], 'RECEIVED') + 1);
    }

    const acknowledged = await around(
      async () => void (await staff(`mutation ($id: ID!) { ${SLUG} { acknowledgeCase(id: $id) { id } } }`, { id })),
    );
    expect(byStatus(acknowledged.after.all, 'ACKNOWLEDGED')).toBe(byStatus(acknowledged.before.all, 'ACKNOWLEDGED') + 1);
    expect(byStatus(acknowledged.after.fy, 'RECEIVED')).toBe(byStatus(acknowledged.before.fy, 'RECEIVED') - 1);

    const answered = await around(
      async () =>
        void (await staff(`mutation ($id: ID!) { ${SLUG} { answerCase(id: $id, answer: { answerTh: "ตอบแล้ว ขอบคุณค่ะ" }) { id } } }`, {
          id,
        })),
    );
    expect(answered.after.all.feedbackAnswered).toBe(answered.before.all.feedbackAnswered + 1);
    expect(answered.after.fy.feedbackAnswered).toBe(answered.before.fy.feedbackAnswered + 1);
  });

  it('moves after an activity, a participant, a survey response and an outcome', async () => {
    let activityId = '';
    const created = await around(async () => {
      const data = await staff(`mutation ($input: ActivityInput!) { ${SLUG} { createActivity(input: $input) { id } } }`, {
        input: { level: 'CONSULT', titleTh: 'รับฟังความเห็นเรื่องแคชสถิติ', startsAt: new Date().toISOString() },
      });
      activityId = data.createActivity.id;
    });
    expect(created.after.all.activitiesTotal).toBe(created.before.all.activitiesTotal + 1);
    expect(created.after.fy.activitiesTotal).toBe(created.before.fy.activitiesTotal + 1);

    const opened = await staff(`mutation ($i: ConsultationInput!) { ${SLUG} { openConsultation(input: $i) { id } } }`, {
      i: {
        titleTh: 'ร่างแนวทางเบิกจ่าย',
        kind: 'ONLINE_COMMENTS',
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        activityId,
      },
    });
    const commented = await around(async () => {
      const res = await t.query(
        `mutation ($c: ID!, $k: String!) { ${SLUG} { commentOnConsultation(consultationId: $c, body: "เห็นด้วย", idempotencyKey: $k) { id } } }`,
        { c: opened.openConsultation.id, k: randomUUID() },
      );
      expect(res.errors).toBeUndefined();
    });
    expect(commented.after.all.participantsDistinct).toBe(commented.before.all.participantsDistinct + 1);

    const survey = await staff(
      `mutation ($o: DateTime!, $c: DateTime!) { ${SLUG} { createSatisfactionSurvey(opensAt: $o, closesAt: $c) { id questions { id kind } } } }`,
      { o: new Date(Date.now() - 3_600_000).toISOString(), c: new Date(Date.now() + 86_400_000).toISOString() },
    );
    const scales = (survey.createSatisfactionSurvey.questions as { id: string; kind: string }[]).filter((q) => q.kind === 'SCALE_1_5');
    const responded = await around(async () => {
      const res = await t.query(
        `mutation ($s: ID!, $a: [SurveyAnswerInput!]!, $k: String!) { ${SLUG} { respondToSurvey(surveyId: $s, answers: $a, idempotencyKey: $k) { id } } }`,
        { s: survey.createSatisfactionSurvey.id, a: scales.map((q) => ({ questionId: q.id, scale: 5 })), k: randomUUID() },
      );
      expect(res.errors).toBeUndefined();
    });
    for (const window of ['all', 'fy'] as const) {
      expect(responded.after[window].surveyResponses).toBe(responded.before[window].surveyResponses + 1);
      expect(responded.after[window].satisfactionAnswers).toBe(responded.before[window].satisfactionAnswers + scales.length);
    }

    const recorded = await around(
      async () =>
        void (await staff(
          `mutation { ${SLUG} { recordOutcome(input: { topicTh: "การเบิกจ่าย", participantsTh: "ผู้ปกครอง", resultsTh: "ขอให้เร็วขึ้น", improvementTh: "ลดขั้นตอน" }) { id } } }`,
        )),
    );
    expect(recorded.after.all.outcomesRecorded).toBe(recorded.before.all.outcomesRecorded + 1);
    expect(recorded.after.fy.outcomesRecorded).toBe(recorded.before.fy.outcomesRecorded + 1);
  });

  it('moves after a notice is published, goes stale with a shorter interval and is reviewed', async () => {
    let noticeId = '';
    const published = await around(async () => {
      const data = await staff(`mutation ($input: NoticeInput!) { ${SLUG} { publishNotice(input: $input) { id } } }`, {
        input: { kind: 'NEWS', titleTh: 'ประกาศทดสอบแคชสถิติ', bodyTh: 'รายละเอียดประกาศ' },
      });
      noticeId = data.publishNotice.id;
    });
    expect(published.after.fy.noticesPublished).toBe(published.before.fy.noticesPublished + 1);
    // Published and reviewed eight days ago (a direct write, bumping the version like any other):
    // not stale at 180 days...
    await db.query(
      `UPDATE ${s}.notice SET published_at = published_at - interval '8 days', last_reviewed_at = last_reviewed_at - interval '8 days' WHERE id = $1`,
      [noticeId],
    );
    // ...stale once the head shortens the interval to 7 (unit_setting)...
    const shortened = await around(async () => void (await staff(`mutation { ${SLUG} { setReviewInterval(days: 7) } }`)));
    expect(shortened.after.fy.noticesStale).toBe(shortened.before.fy.noticesStale + 1);
    // ...and up to date again once reviewed.
    const reviewed = await around(
      async () => void (await staff(`mutation ($id: ID!) { ${SLUG} { markNoticeReviewed(id: $id) { id } } }`, { id: noticeId })),
    );
    expect(reviewed.after.fy.noticesStale).toBe(reviewed.before.fy.noticesStale - 1);
  });

  it('turns a case late and a notice stale at their moment, without any write', async () => {
    // The kit's deadlines are whole working days, so one waiting case is made due in a minute and one
    // notice due for review in two by SQL (writes: the figures are recomputed once, below); the test
    // then moves the database clock past each moment.
    const dueCase = (
      await db.query(
        `UPDATE ${s}.feedback SET due_answer_at = now() + interval '1 minute'
       WHERE id = (SELECT id FROM ${s}.feedback WHERE ${WAITING} ORDER BY received_at DESC LIMIT 1) RETURNING due_answer_at, received_at`,
      )
    ).rows[0] as { due_answer_at: Date; received_at: Date };
    const due = dueCase.due_answer_at;
    const dueNotice = (
      await db.query(
        `UPDATE ${s}.notice SET published_at = now() - make_interval(days => (SELECT review_interval_days FROM ${s}.unit_setting)) + interval '2 minutes',
         last_reviewed_at = now() - make_interval(days => (SELECT review_interval_days FROM ${s}.unit_setting)) + interval '2 minutes'
       WHERE id = (SELECT id FROM ${s}.notice ORDER BY published_at DESC LIMIT 1)
       RETURNING published_at, last_reviewed_at + make_interval(days => (SELECT review_interval_days FROM ${s}.unit_setting)) AS at`,
      )
    ).rows[0] as { published_at: Date; at: Date };
    const reviewDue = dueNotice.at;
    // The fiscal year's entry turns only if the case (the notice) falls in it; 4 statements when both entries are recomputed.
    const { from, before } = fiscalYearRange(year);
    const inYear = (moment: Date) => moment >= from && moment < before;
    const recomputed = (inFiscalYear: boolean) => 2 + (inFiscalYear ? 2 : 1);
    // The all-time entry's (the case may have been received in an earlier fiscal year).
    const validUntil = async () =>
      (
        (await db.query(`SELECT valid_until FROM ${s}.stats_cache WHERE cache_key = $1`, [statsCacheKey(null, { participants: true })]))
          .rows[0].valid_until as Date
      ).getTime();

    const first = await read();
    expect(first.statements).toBe(4);
    // Cached until the case's due moment, the earliest moment a figure can change.
    expect(await validUntil()).toBe(due.getTime());
    const hit = await read();
    expect(hit.statements).toBe(2);
    expect(hit.all).toEqual(first.all);

    const versionBefore = await version();
    await t.clock.passTo(due);
    const late = await read();
    expect(late.statements).toBe(recomputed(inYear(dueCase.received_at)));
    expect(late.all.feedbackLate).toBe(first.all.feedbackLate + 1);
    expect(late.all.noticesStale).toBe(first.all.noticesStale);
    expect(await validUntil()).toBe(reviewDue.getTime());

    await t.clock.passTo(reviewDue);
    const stale = await read();
    expect(stale.statements).toBe(recomputed(inYear(dueNotice.published_at)));
    expect(stale.all.noticesStale).toBe(first.all.noticesStale + 1);
    expect(await version()).toBe(versionBefore);
    // Nothing left to turn soon: cached for the ten-minute cap at most.
    const [{ capped }] = (await db.query(`SELECT bool_and(valid_until <= now() + interval '10 minutes') AS capped FROM ${s}.stats_cache`))
      .rows;
    expect(capped).toBe(true);
  });

  it('never keeps figures computed beside a write still in flight as current', async () => {
    const before = await read();
    // A write that has bumped the version but not committed when the figures are computed.
    const writer = new pg.Client({ connectionString: t.databaseUrl });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO ${s}.activity (title_th, level, starts_at) VALUES ('กิจกรรมระหว่างคำนวณ', 'INFORM', now())`);
      await db.query(`DELETE FROM ${s}.stats_cache`);
      const during = await read();
      expect(during.statements).toBe(4);
      expect(during.all.activitiesTotal).toBe(before.all.activitiesTotal);
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    const after = await read();
    expect(after.all.activitiesTotal).toBe(before.all.activitiesTotal + 1);
    expect(after.fy.activitiesTotal).toBe(before.fy.activitiesTotal + 1);
  });
});
