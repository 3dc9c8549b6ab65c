import { randomUUID } from 'node:crypto';
import { ERASED_TEXT, anonymiseExpiredCases } from '@sesao28/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;
const NOTICE = '2569-1';

describe('personal data under PDPA', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
  });
  afterAll(async () => t?.close());

  /** Submits an identified case to a unit and returns its code and id once the unit has it. */
  async function identified(unitCode: string, slug: string, message: string, contact: Record<string, unknown>) {
    const res = await t.query(SUBMIT, {
      input: { category: 'COMPLAINT', message, unitCode, contact: { acceptedNoticeVersion: NOTICE, ...contact } },
      key: randomUUID(),
    });
    expect(res.errors).toBeUndefined();
    const code = res.data?.submitFeedback.caseCode as string;
    const id = await eventually(async () => {
      const found = await t.staff(
        `{ ${slug} { feedback(filter: { search: ${JSON.stringify(message.slice(0, 30))} }) { nodes { id code } } } }`,
      );
      return found.data?.[slug].feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
    });
    return { code, id };
  }

  /** Every row of every table of every unit schema that contains the text. */
  async function traces(text: string): Promise<string[]> {
    const found: string[] = [];
    for (const running of t.stack.units.values()) {
      const ds = running.server.db.dataSource;
      const schema = running.unit.manifest.schemaName;
      const tables: { table_name: string }[] = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
        [schema],
      );
      for (const { table_name } of tables) {
        const [row] = await ds.query(`SELECT count(*)::int AS n FROM "${schema}"."${table_name}" t WHERE t::text LIKE $1`, [`%${text}%`]);
        if (row.n > 0) found.push(`${schema}.${table_name}`);
      }
    }
    return found;
  }

  it('treats a submitter under 20 as a minor: a guardian consents, and the case is never public', async () => {
    const refused = await t.query(SUBMIT, {
      input: {
        category: 'QUESTION',
        message: 'นักเรียนสอบถามเรื่องทุน',
        public: true,
        contact: { name: 'ด.ญ. ทดสอบ', phone: '0899999999', acceptedNoticeVersion: NOTICE, minor: true },
      },
      key: randomUUID(),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('GUARDIAN_CONSENT_REQUIRED');
    const ok = await t.query(SUBMIT, {
      input: {
        category: 'QUESTION',
        message: 'นักเรียนสอบถามเรื่องทุน',
        public: true,
        contact: { name: 'ด.ญ. ทดสอบ', phone: '0899999999', acceptedNoticeVersion: NOTICE, minor: true, guardianConsent: true },
      },
      key: randomUUID(),
    });
    const view = await t.query(`query ($c: String!) { followCase(code: $c) { public } }`, { c: ok.data?.submitFeedback.caseCode });
    expect(view.data?.followCase.public).toBe(false);
  });

  it('writes every staff read of case text and contact details to an append-only log that auditors read', async () => {
    const { code, id } = await identified('FINANCE', 'financeAssets', 'ขอตรวจสอบการเบิกค่าเดินทางของครูโรงเรียนบ้านทดสอบ', {
      name: 'นายทดสอบ อ่านบันทึก',
      email: 'reader@example.org',
    });
    const staff = t.as('UNIT_STAFF', 'FINANCE');
    const read = await staff(`query ($id: ID!) { financeAssets { case(id: $id) { message } } }`, { id });
    expect(read.errors).toBeUndefined();
    const contact = await staff(`query ($c: String!) { caseContact(code: $c) { name email } }`, { c: code });
    expect(contact.data?.caseContact).toEqual({ name: 'นายทดสอบ อ่านบันทึก', email: 'reader@example.org' });
    const stranger = await t.as('UNIT_STAFF', 'PERSONNEL')(`query ($c: String!) { caseContact(code: $c) { name } }`, { c: code });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const log = await t.as('AUDITOR')(`{ units { code auditLog(first: 50) { nodes { actor role action recordIds } } } }`);
    expect(log.errors).toBeUndefined();
    const entries = log.data?.units.flatMap(
      (u: { code: string; auditLog: { nodes: { action: string; recordIds: string[]; actor: string }[] } }) =>
        u.auditLog.nodes.filter((n) => n.recordIds.includes(id)).map((n) => `${u.code}:${n.action}:${n.actor}`),
    );
    expect(entries).toEqual(
      expect.arrayContaining(['FINANCE:READ_CASE_TEXT:test-UNIT_STAFF-FINANCE', 'ADMIN:READ_CONTACT:test-UNIT_STAFF-FINANCE']),
    );
    const denied = await t.as('UNIT_HEAD', 'FINANCE')(`{ financeAssets { auditLog { nodes { actor } } } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Append-only, whoever asks: even the unit's own database user cannot change or remove a row.
    const ds = t.stack.units.get('financeAssets')!.server.db.dataSource;
    await expect(ds.query(`DELETE FROM unit_finance_assets.access_audit`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`UPDATE unit_finance_assets.access_audit SET actor = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('gives a data subject their data, and on erasure leaves none of it in any unit, with the same statistics', async () => {
    const message = 'ร้องเรียนเรื่องพัสดุ โดยนางสาวลบได้ ทดสอบสิทธิ์ 0811112222';
    const { code, id } = await identified('FINANCE', 'financeAssets', message, { name: 'นางสาวลบได้ ทดสอบสิทธิ์', phone: '081-111-2222' });
    // Finance transfers it, Personnel answers it: two units have held its text.
    await t.staff(`mutation ($id: ID!) { financeAssets { transferCase(id: $id, toUnit: "PERSONNEL") { id } } }`, { id });
    await eventually(async () => (await t.staff(`query ($id: ID!) { personnel { case(id: $id) { id } } }`, { id })).data?.personnel.case);
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { id } } }`, { id });
    await t.staff(
      `mutation ($id: ID!) { personnel { answerCase(id: $id, answer: { answerTh: "เรียน นางสาวลบได้ ได้ดำเนินการแล้ว" }) { id } } }`,
      { id },
    );

    const mine = await t.query(
      `query ($c: String!, $p: String) { myCaseData(code: $c, phone: $p) { case { status unit { code } } contact { name phone } } }`,
      { c: code, p: '0811112222' },
    );
    expect(mine.data?.myCaseData.contact).toEqual({ name: 'นางสาวลบได้ ทดสอบสิทธิ์', phone: '081-111-2222' });
    const notMine = await t.query(`query ($c: String!) { myCaseData(code: $c, phone: "0800000000") { contact { name } } }`, { c: code });
    expect(notMine.errors?.[0]?.extensions?.code).toBe('CASE_CODE_NOT_FOUND');

    await eventually(
      async () =>
        (await t.query(`query ($c: String!) { followCase(code: $c) { status } }`, { c: code })).data?.followCase.status === 'ANSWERED',
    );
    const stats = `{ units { code stats { feedbackReceived feedbackAnswered feedbackLate medianDaysToAnswer feedbackByCategory { count } } } }`;
    const before = (await t.query(stats)).data;
    expect(await traces('นางสาวลบได้')).not.toEqual([]);

    const erased = await t.query(`mutation ($c: String!) { eraseMyCase(code: $c, phone: "0811112222") { caseCode } }`, { c: code });
    expect(erased.errors).toBeUndefined();
    await eventually(async () => ((await traces('นางสาวลบได้')).length === 0 ? true : undefined), 20_000);
    expect(await traces('0811112222')).toEqual([]);
    expect((await t.query(stats)).data).toEqual(before);
    const personnel = await t.staff(`query ($id: ID!) { personnel { case(id: $id) { message answer status } } }`, { id });
    expect(personnel.data?.personnel.case).toEqual({ message: ERASED_TEXT, answer: null, status: 'ANSWERED' });
  });

  it('anonymises case texts and deletes contact details past their retention', async () => {
    const { code, id } = await identified('PERSONNEL', 'personnel', 'คำร้องเก่าที่ครบกำหนดเก็บรักษา', {
      name: 'นายเก่า เก็บนาน',
      email: 'old@example.org',
    });
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { id } } }`, { id });
    await t.staff(`mutation ($id: ID!) { personnel { answerCase(id: $id, answer: { answerTh: "ตอบแล้ว" }) { id } } }`, { id });
    const personnel = t.stack.units.get('personnel')!;
    const admin = t.stack.units.get('administration')!;
    const now = new Date();
    // Not yet: a day later nothing is past its time.
    expect(
      await anonymiseExpiredCases(personnel.server.db.dataSource, personnel.unit.manifest, 1825, new Date(now.getTime() + 86_400_000)),
    ).toBe(0);
    const sixYears = new Date(now.getTime() + 6 * 365 * 86_400_000);
    expect(await anonymiseExpiredCases(personnel.server.db.dataSource, personnel.unit.manifest, 1825, sixYears)).toBeGreaterThanOrEqual(1);
    await admin.unit.retentionSweep!(admin.server.services, { caseTextDays: 1825, contactDays: 730, minorContactDays: 365 }, sixYears);
    expect(await traces('นายเก่า เก็บนาน')).toEqual([]);
    expect(await traces('คำร้องเก่าที่ครบกำหนด')).toEqual(expect.not.arrayContaining(['unit_personnel.feedback']));
    const view = await t.query(`query ($c: String!) { followCase(code: $c) { status } }`, { c: code });
    expect(view.data?.followCase.status).toBe('ANSWERED');
  });
});
