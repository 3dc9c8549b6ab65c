import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const X = `'; DROP TABLE unit_administration.cases; -- <script>alert(1)</script>`;
let t: TestStack;
beforeAll(async () => { t = await startTestStack({ NODE_ENV: 'production', INTERNAL_SECRET: 'x'.repeat(30), JWT_SECRET: 'y'.repeat(30) }); }, 120000);
afterAll(async () => t?.close());
const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode unit { code } } }`;
it('probe', async () => {
  const show = async (label: string, q: string, v?: any) => { const s = Date.now(); const r = await t.query(q, v); console.log(label, r.status, Date.now() - s, JSON.stringify(r).slice(0, 300)); };
  await show('unit', `query($c: ID!) { unit(code: $c) { code } }`, { c: X });
  await show('followCase', `query($c: String!) { followCase(code: $c) { code } }`, { c: X });
  await show('fiscal', `{ officeStats(fiscalYear: 99999) { feedbackReceived } }`);
  await show('case id', `query($id: ID!) { financeAssets { case(id: $id) { id } } }`, { id: X });
  await show('cursor', `query($a: String) { financeAssets { activities(after: $a) { nodes { id } } } }`, { a: X });
  await show('activityId filter', `query($a: ID) { financeAssets { feedback(filter: {activityId: $a}) { nodes { id } } } }`, { a: X });
  await show('enum', `mutation($input: CaseSubmission!) { submitFeedback(input: $input, idempotencyKey: "abcdefgh12") { caseCode } }`, { input: { category: X, message: 'x' } });
  await show('unitCode', SUBMIT, { input: { category: 'COMPLAINT', message: 'hello', unitCode: X }, key: randomUUID() });
  await show('activityId', SUBMIT, { input: { category: 'COMPLAINT', message: 'hello', unitCode: 'FINANCE', activityId: X }, key: randomUUID() });
  await show('key', SUBMIT, { input: { category: 'COMPLAINT', message: 'hello' }, key: X });
  await show('message', SUBMIT, { input: { category: 'COMPLAINT', message: X }, key: randomUUID() });
  await show('nul', SUBMIT, { input: { category: 'COMPLAINT', message: 'a\u0000b' }, key: randomUUID() });
  await show('lone', SUBMIT, { input: { category: 'COMPLAINT', message: 'a\ud800b' }, key: randomUUID() });
  await show('contact', SUBMIT, { input: { category: 'COMPLAINT', message: 'hi', contact: { name: X, email: X, phone: X, acceptedNoticeVersion: X } }, key: randomUUID() });
  await show('search', `query($s: String) { financeAssets { feedback(filter: {search: $s}) { nodes { id } } } }`, { s: X });
  await show('suggest', `{ unitz { code } }`);
  await show('enumsuggest', `{ financeAssets { activities(filter: { levels: [CONSULTX] }) { nodes { id } } } }`);
  await show('introspection', `{ __schema { types { name } } }`);
  await show('deep', `{ units { stats { activitiesTotal } } }`);
  await show('readme', `{
  units { code nameTh nameEn stats(fiscalYear: 2569) { activitiesTotal activitiesByLevel { level count } feedbackReceived feedbackOpen feedbackAnswered medianDaysToAnswer } }
  financeAssets { activities(first: 5, filter: { levels: [CONSULT, INVOLVE] }) { nodes { titleTh titleEn level status startsAt feedbackCount } pageInfo { hasNextPage endCursor } } }
}`);
  await show('parse', `{ units { `);
  await show('tokens', `{ ${'__typename '.repeat(50000)} }`);
  await show('aliases31', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
  await show('depth', `{ ${'units { '.repeat(50)} code ${'} '.repeat(50)} }`);
  await show('costly', `{ financeAssets { feedback(first: 100) { nodes { id history { at } } } activities(first: 100) { nodes { id } } } }`);
});
