import { officeDirectory } from '@sesao28/kit';

/** A partner's joint activities in each of the nine units (each slug is a federated field of Partner). */
export const PARTNER_HISTORY = officeDirectory.map((u) => `${u.slug} { activities { roleTh activity { titleTh } } }`).join(' ');

/** The unit whose cases shape (c) starts from (Education Promotion runs scholarships with partners). */
export const PARTNER_HISTORY_UNIT = 'educationPromotion';

/**
 * (c) A nested query across subgraphs through federated references: a unit's recent cases about
 * one joint activity (or, with null, about any), the director reading them (he reads every unit's
 * cases but Internal Audit's); the activity's partners (names and MOUs from Administration's
 * register), and each partner's history in all nine units. Ten cases keep it under the gateway's
 * cost limit (MAX_QUERY_COST).
 */
export function partnerHistoryShape(slug: string, activityId: string | null): string {
  const filter = activityId ? `, filter: { activityId: "${activityId}" }` : '';
  return `{ ${slug} { feedback(first: 10${filter}) { nodes { code category activity { titleTh partners { roleTh partner { nameTh agreements { title status } ${PARTNER_HISTORY} } } } } } } }`;
}

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
