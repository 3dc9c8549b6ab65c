import { officeDirectory } from '@sesao28/kit';

/**
 * The request shapes the benchmark drives (issue: fast at office scale). The statement
 * budget test (tests/e2e/statement-budget.test.ts) checks what each costs in SQL.
 */
export const SHAPES = {
  /** (a) The director's dashboard: all nine units' stats in one request. */
  dashboard: `{ units { code nameTh stats(fiscalYear: 2569) { activitiesTotal activitiesByLevel { level count } feedbackReceived feedbackOpen feedbackLate medianDaysToAnswer satisfactionAverage outcomesRecorded } } }`,
  /** (b) The nine slug root fields with recent activities and cases (Internal Audit's cases are its own). */
  unitRoots: `{ ${officeDirectory
    .map(
      (u) =>
        `${u.slug} { activities(first: 10) { nodes { titleTh level feedbackCount } } ${
          u.confidential ? '' : 'feedback(first: 10) { nodes { category status activity { titleTh } } }'
        } }`,
    )
    .join(' ')} }`,
  /** (d) A page of a unit's case queue with filters. */
  queue: `{ financeAssets { feedback(first: 20, filter: { openOnly: true, categories: [COMPLAINT, QUESTION, SUGGESTION] }) { totalCount nodes { id code category status dueAnswerAt late } pageInfo { endCursor } } } }`,
  /** (e) A submission at the front door (each request needs its own idempotency key). */
  submission: `mutation ($key: ID!) { submitFeedback(idempotencyKey: $key, input: { category: SUGGESTION, message: "ข้อเสนอแนะจากการทดสอบประสิทธิภาพ", unitCode: "FINANCE" }) { caseCode } }`,
} as const;

/** (c) needs partner organisations and their history across units, which the platform does not have yet. */
export const SHAPES_NOT_YET = { partnerHistory: 'cases → partner → the partner’s history in other units (needs the partner registry)' };
