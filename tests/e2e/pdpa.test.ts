import { randomUUID } from 'node:crypto';
import { CASE_DELIVER, CASE_ERASE, ERASED_TEXT, anonymiseExpiredCases, erasureHandler, type CaseDeliveryPayload } from '@sesao28/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode privacyKey } }`;
const NOTICE = '2569-1';

describe('personal data under PDPA', () => {
  let t: TestStack;
  beforeAll(async () => {
    // Many submissions in one minute across these tests: the limit is not what this file is about.
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100', SUBMISSION_RATE_LIMIT: '1000' });
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
    const privacyKey = res.data?.submitFeedback.privacyKey as string;
    const id = await eventually(async () => {
      const found = await t.staff(
        `{ ${slug} { feedback(filter: { search: ${JSON.stringify(message.slice(0, 30))} }) { nodes { id code } } } }`,
      );
      return found.data?.[slug].feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
    });
    return { code, id, privacyKey };
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
    // Append-only, whoever asks: the unit's own service role has no right to change or remove a row,
    // and the trigger refuses even the table's owner.
    const { dataSource, access } = t.stack.units.get('financeAssets')!.server.db;
    await expect(dataSource.query(`DELETE FROM unit_finance_assets.access_audit`)).rejects.toThrow(/permission denied/);
    await expect(dataSource.query(`UPDATE unit_finance_assets.access_audit SET actor = 'x'`)).rejects.toThrow(/permission denied/);
    const owner = new pg.Client({ connectionString: access.migrationUrl });
    await owner.connect();
    try {
      await expect(owner.query(`DELETE FROM unit_finance_assets.access_audit`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`UPDATE unit_finance_assets.access_audit SET actor = 'x'`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });

  it('gives a data subject their data, and on erasure leaves none of it in any unit, with the same statistics', async () => {
    const message = 'ร้องเรียนเรื่องพัสดุ โดยนางสาวลบได้ ทดสอบสิทธิ์ 0811112222';
    const { code, id, privacyKey } = await identified('FINANCE', 'financeAssets', message, {
      name: 'นางสาวลบได้ ทดสอบสิทธิ์',
      phone: '081-111-2222',
    });
    // Finance transfers it, Personnel answers it: two units have held its text.
    await t.staff(`mutation ($id: ID!) { financeAssets { transferCase(id: $id, toUnit: "PERSONNEL") { id } } }`, { id });
    await eventually(async () => (await t.staff(`query ($id: ID!) { personnel { case(id: $id) { id } } }`, { id })).data?.personnel.case);
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { id } } }`, { id });
    const answered = await t.staff(
      `mutation ($id: ID!) { personnel { answerCase(id: $id, answer: { answerTh: "เรียน นางสาวลบได้ ได้ดำเนินการแล้ว" }) { id } } }`,
      { id },
    );
    expect(answered.errors).toBeUndefined();

    const mine = await t.query(
      `query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { case { status unit { code } } contact { name phone } } }`,
      { c: code, k: privacyKey.toLowerCase().replace(/-/g, ' ') },
    );
    expect(mine.data?.myCaseData.contact).toEqual({ name: 'นางสาวลบได้ ทดสอบสิทธิ์', phone: '081-111-2222' });
    // The phone number given is no longer enough: the key is the second factor.
    const notMine = await t.query(`query ($c: String!) { myCaseData(code: $c, phone: "0811112222") { contact { name } } }`, { c: code });
    expect(notMine.errors?.[0]?.extensions?.code).toBe('PRIVACY_KEY_INVALID');

    await eventually(
      async () =>
        (await t.query(`query ($c: String!) { followCase(code: $c) { status } }`, { c: code })).data?.followCase.status === 'ANSWERED',
    );
    const stats = `{ units { code stats { feedbackReceived feedbackAnswered feedbackLate medianDaysToAnswer feedbackByCategory { count } } } }`;
    const before = (await t.query(stats)).data;
    expect(await traces('นางสาวลบได้')).not.toEqual([]);

    const erased = await t.query(`mutation ($c: String!, $k: String) { eraseMyCase(code: $c, privacyKey: $k) { caseCode } }`, {
      c: code,
      k: privacyKey,
    });
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

  it('finding: retention: transferred copies are never anonymised — the copy a unit kept when it handed a case on is, its time after the transfer', async () => {
    const message = `คำร้องที่ส่งต่อแล้วต้องลบตามกำหนด ${randomUUID().slice(0, 8)}`;
    const { id } = await identified('FINANCE', 'financeAssets', message, { name: 'นายส่งต่อ ตามกำหนด', email: 'moved@example.org' });
    const moved = await t.staff(
      `mutation ($id: ID!) { financeAssets { transferCase(id: $id, toUnit: "PERSONNEL", note: "เป็นเรื่องบุคคล") { id } } }`,
      {
        id,
      },
    );
    expect(moved.errors).toBeUndefined();
    const finance = t.stack.units.get('financeAssets')!;
    const copy = async () => {
      const [row] = await finance.server.db.dataSource.query(`SELECT message FROM unit_finance_assets.feedback WHERE id = $1`, [id]);
      return row.message as string;
    };
    const now = Date.now();
    await anonymiseExpiredCases(finance.server.db.dataSource, finance.unit.manifest, 1825, new Date(now + 86_400_000));
    expect(await copy()).toBe(message);
    await anonymiseExpiredCases(finance.server.db.dataSource, finance.unit.manifest, 1825, new Date(now + 6 * 365 * 86_400_000));
    expect(await copy()).toBe(ERASED_TEXT);
  });

  describe('trust, second pass: the case code is a reference, the privacy key the credential', () => {
    const ERASE = `mutation ($c: String!, $k: String) { eraseMyCase(code: $c, privacyKey: $k) { caseCode } }`;

    it('public case code: a public list shows no code, only its submitter’s receipt does', async () => {
      const message = `ขอบคุณครูที่ช่วยเหลือนักเรียน (ทดสอบรายการสาธารณะ ${randomUUID().slice(0, 8)})`;
      const res = await t.query(SUBMIT, {
        input: { category: 'COMPLIMENT', message, unitCode: 'FINANCE', public: true },
        key: randomUUID(),
      });
      const code = res.data?.submitFeedback.caseCode as string;
      expect(code).toMatch(/^SSK-/);
      expect(res.data?.submitFeedback.privacyKey).toMatch(/^KEY-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const id = await eventually(async () => {
        const found = await t.staff(
          `{ financeAssets { feedback(filter: { search: ${JSON.stringify(message.slice(0, 30))} }) { nodes { id code } } } }`,
        );
        return found.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
      });
      await t.staff(`mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { id } } }`, { id });
      await t.staff(`mutation ($id: ID!) { financeAssets { answerCase(id: $id, answer: { answerTh: "ขอบคุณครับ" }) { id } } }`, { id });
      const listed = await eventually(async () => {
        const answers = await t.query(`{ publicAnswers(first: 50) { code answer } }`);
        return answers.data?.publicAnswers.find((a: { answer: string }) => a.answer === 'ขอบคุณครับ') as { code: string | null } | undefined;
      });
      expect(listed.code).toBeNull();
      for (const ask of [t.query, t.as('STAKEHOLDER'), t.as('ANALYST')]) {
        const open = await ask(`{ financeAssets { feedback(filter: { publicOnly: true }, first: 100) { nodes { id code } } } }`);
        const node = open.data?.financeAssets.feedback.nodes.find((n: { id: string }) => n.id === id);
        expect(node).toEqual({ id, code: null });
      }
      const followed = await t.query(`query ($c: String!) { followCase(code: $c) { code status } }`, { c: code });
      expect(followed.data?.followCase).toEqual({ code, status: 'ANSWERED' });
    });

    it('public case code: a stranger with the code alone cannot erase, and five wrong keys lock the case for an hour', async () => {
      const message = `ร้องเรียนไม่ระบุชื่อ ทดสอบการล็อก ${randomUUID().slice(0, 8)}`;
      const res = await t.query(SUBMIT, { input: { category: 'COMPLAINT', message, unitCode: 'PERSONNEL' }, key: randomUUID() });
      const { caseCode: code, privacyKey } = res.data?.submitFeedback as { caseCode: string; privacyKey: string };
      const bare = await t.query(ERASE, { c: code });
      expect(bare.errors?.[0]?.extensions?.code).toBe('PRIVACY_KEY_INVALID');
      expect(bare.errors?.[0]?.extensions?.messageTh).toMatch(/รหัสลับ/);
      for (let i = 0; i < 4; i++) {
        expect((await t.query(ERASE, { c: code, k: 'KEY-0000-0000-0000' })).errors?.[0]?.extensions?.code).toBe('PRIVACY_KEY_INVALID');
      }
      // The fifth wrong try locked it: now even the right key waits.
      const locked = await t.query(ERASE, { c: code, k: privacyKey });
      expect(locked.errors?.[0]?.extensions?.code).toBe('PRIVACY_KEY_LOCKED');
      expect((await t.query(`query ($c: String!) { followCase(code: $c) { status } }`, { c: code })).errors).toBeUndefined();
      // An hour on (moved in SQL), the right key works, once, and the use is in the audit log.
      const admin = t.stack.units.get('administration')!.server.db.dataSource;
      await admin.query(
        `UPDATE unit_administration.intake_submission SET privacy_locked_until = now() - interval '1 second' WHERE case_code = $1`,
        [code],
      );
      expect((await t.query(ERASE, { c: code, k: privacyKey })).data?.eraseMyCase.caseCode).toBe(code);
      const [audit] = await admin.query(
        `SELECT a.action, a.role FROM unit_administration.access_audit a JOIN unit_administration.intake_submission s ON s.case_id = ANY(a.record_ids)
         WHERE s.case_code = $1`,
        [code],
      );
      expect(audit).toEqual({ action: 'SUBJECT_ERASE', role: 'PUBLIC' });
    });

    it('public case code: a retried submission shows the same privacy key, and the key is typed back any way people type', async () => {
      const key = randomUUID();
      const input = { category: 'QUESTION', message: `ถามเรื่องทุนการศึกษา ทดสอบส่งซ้ำ ${randomUUID().slice(0, 6)}`, unitCode: 'FINANCE' };
      const submit = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode privacyKey } }`;
      const first = (await t.query(submit, { input, key })).data?.submitFeedback;
      const again = (await t.query(submit, { input, key })).data?.submitFeedback;
      expect(again).toEqual(first);
      const typed = first.privacyKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
      const mine = await t.query(
        `query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { case { status } contact { name } } }`,
        {
          c: first.caseCode,
          k: typed,
        },
      );
      expect(mine.data?.myCaseData).toEqual({ case: { status: 'RECEIVED' }, contact: null });
    });

    it('public case code: staff cannot use the public erasure on their own unit’s case, even with its key', async () => {
      const { code, privacyKey } = await identified('FINANCE', 'financeAssets', `ร้องเรียนเจ้าหน้าที่การเงิน ทดสอบ ${randomUUID().slice(0, 6)}`, {
        name: 'ผู้ร้อง ทดสอบ',
        phone: '0812223333',
      });
      const asStaff = await t.as('UNIT_STAFF', 'FINANCE')(ERASE, { c: code, k: privacyKey });
      expect(asStaff.errors?.[0]?.extensions?.code).toBe('OWN_UNIT_CASE');
      const view = await t.as('UNIT_HEAD', 'FINANCE')(
        `query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { contact { name } } }`,
        {
          c: code,
          k: privacyKey,
        },
      );
      expect(view.errors?.[0]?.extensions?.code).toBe('OWN_UNIT_CASE');
    });

    it('staff notes in public history: a transfer note is the staff’s, never the public’s', async () => {
      const message = `สอบถามเรื่องครูอัตราจ้าง ทดสอบบันทึกภายใน ${randomUUID().slice(0, 8)}`;
      const res = await t.query(SUBMIT, { input: { category: 'QUESTION', message, unitCode: 'FINANCE', public: true }, key: randomUUID() });
      const code = res.data?.submitFeedback.caseCode as string;
      const id = await eventually(async () => {
        const found = await t.staff(
          `{ financeAssets { feedback(filter: { search: ${JSON.stringify(message.slice(0, 30))} }) { nodes { id code } } } }`,
        );
        return found.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
      });
      await t.staff(
        `mutation ($id: ID!) { financeAssets { transferCase(id: $id, toUnit: "PERSONNEL", note: "ผู้ร้องโทรมาหลายครั้ง ส่งบุคคล") { id } } }`,
        { id },
      );
      const query = `query ($id: ID!) { personnel { case(id: $id) { history { kind note } } } }`;
      const staffView = await eventually(async () => (await t.staff(query, { id })).data?.personnel.case ?? undefined);
      expect(staffView.history.filter((e: { note: string | null }) => e.note?.includes('ผู้ร้องโทรมาหลายครั้ง'))).toHaveLength(2);
      const open = await t.query(`{ personnel { feedback(filter: { publicOnly: true }, first: 100) { nodes { id history { note } } } } }`);
      const node = open.data?.personnel.feedback.nodes.find((n: { id: string }) => n.id === id);
      expect(node.history.length).toBeGreaterThan(0);
      expect(node.history.every((e: { note: string | null }) => e.note === null)).toBe(true);
    });

    it('staff publish any case: a case its submitter kept private, or a minor’s, is never made public', async () => {
      const { id } = await identified('PERSONNEL', 'personnel', `ขอทราบผลการพิจารณาย้าย (ส่วนตัว) ${randomUUID().slice(0, 6)}`, {
        name: 'ผู้ขอย้าย ทดสอบ',
        email: 'private@example.org',
      });
      await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { id } } }`, { id });
      const refused = await t.staff(
        `mutation ($id: ID!) { personnel { answerCase(id: $id, answer: { answerTh: "อนุมัติแล้ว", public: true }) { public } } }`,
        { id },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('CASE_NOT_PUBLISHABLE');
      expect(refused.errors?.[0]?.extensions?.messageTh).toMatch(/ไม่ได้ยินยอม/);
      const answered = await t.staff(
        `mutation ($id: ID!) { personnel { answerCase(id: $id, answer: { answerTh: "อนุมัติแล้ว" }) { status public } } }`,
        { id },
      );
      expect(answered.data?.personnel.answerCase).toEqual({ status: 'ANSWERED', public: false });
    });

    it('open-survey results are readable: the public sees none until the survey closes; the unit’s staff follow them', async () => {
      const hour = 3600_000;
      const created = await t.staff(
        `mutation ($input: SurveyInput!) { financeAssets { createSurvey(input: $input) { id questions { id } } } }`,
        {
          input: {
            titleTh: 'ความพึงพอใจต่อการเบิกจ่าย (ทดสอบผลระหว่างเปิด)',
            opensAt: new Date(Date.now() - hour).toISOString(),
            closesAt: new Date(Date.now() + 24 * hour).toISOString(),
            questions: [{ kind: 'SCALE_1_5', textTh: 'พอใจเพียงใด' }],
          },
        },
      );
      const survey = created.data?.financeAssets.createSurvey as { id: string; questions: { id: string }[] };
      const answered = await t.query(
        `mutation ($s: ID!, $q: ID!, $k: String!) { financeAssets { respondToSurvey(surveyId: $s, answers: [{ questionId: $q, scale: 4 }], idempotencyKey: $k) { id } } }`,
        { s: survey.id, q: survey.questions[0]!.id, k: randomUUID() },
      );
      expect(answered.errors).toBeUndefined();
      const results = `query ($s: ID!) { financeAssets { survey(id: $s) { status results { answered average } } } }`;
      expect((await t.query(results, { s: survey.id })).data?.financeAssets.survey).toEqual({ status: 'OPEN', results: [] });
      expect((await t.staff(results, { s: survey.id })).data?.financeAssets.survey.results).toEqual([{ answered: 1, average: 4 }]);
      // Closed (its closing moved to the past in SQL): now everyone sees them.
      await t.stack.units
        .get('financeAssets')!
        .server.db.dataSource.query(`UPDATE unit_finance_assets.survey SET closes_at = now() - interval '1 minute' WHERE id = $1`, [
          survey.id,
        ]);
      expect((await t.query(results, { s: survey.id })).data?.financeAssets.survey).toEqual({
        status: 'CLOSED',
        results: [{ answered: 1, average: 4 }],
      });
    });
  });

  it('finding: retention: misconduct reports, petitions, ICT requests and the idempotency cache are swept once their time has passed', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const unitOf = (slug: string) => t.stack.units.get(slug)!.server;
    const sql = (slug: string, text: string, params: unknown[] = []) => unitOf(slug).db.dataSource.query(text, params);
    const ict = (contactName: string) =>
      t.query(
        `mutation ($i: IctSupportInput!, $k: String!) { distanceEducationIct { requestIctSupport(input: $i, idempotencyKey: $k) { code } } }`,
        {
          i: { schoolName: 'โรงเรียนทดสอบการเก็บรักษา', contactName, category: 'NETWORK', descriptionTh: `เครือข่ายล่ม ${tag}` },
          k: crypto.randomUUID(),
        },
      );
    const done = (await ict(`ครูปิดงาน ${tag}`)).data?.distanceEducationIct.requestIctSupport.code;
    const open = (await ict(`ครูยังรอ ${tag}`)).data?.distanceEducationIct.requestIctSupport.code;
    const petition = await t.as('STAKEHOLDER')(
      `mutation ($i: PersonnelPetitionInput!, $k: String!) { personnel { filePersonnelPetition(input: $i, idempotencyKey: $k) { code } } }`,
      {
        i: { subjectTh: 'ขอย้าย', bodyTh: `คำร้องขอย้าย ${tag}`, petitionerName: `นายคำร้อง ${tag}`, contact: `petition.${tag}@mail.example` },
        k: crypto.randomUUID(),
      },
    );
    expect(petition.errors).toBeUndefined();
    const report = await t.query(
      `mutation ($i: MisconductReportInput!, $k: String!) { internalAudit { reportMisconduct(input: $i, idempotencyKey: $k) { code } } }`,
      {
        i: { subjectTh: 'เรียกรับเงิน', bodyTh: `รายงานทดสอบการเก็บรักษา ${tag}`, contact: `witness.${tag}@mail.example` },
        k: crypto.randomUUID(),
      },
    );
    expect(report.errors).toBeUndefined();
    // The test's clock: three of them closed (an open one stays as it is), six years pass.
    await sql('distanceEducationIct', `UPDATE unit_distance_education_ict.ict_request SET status = 'CLOSED' WHERE code = $1`, [done]);
    await sql('personnel', `UPDATE unit_personnel.personnel_petition SET status = 'CLOSED' WHERE body_th LIKE $1`, [`%${tag}`]);
    await sql('internalAudit', `UPDATE unit_internal_audit.misconduct_report SET status = 'CLOSED_UNSUBSTANTIATED' WHERE body_th LIKE $1`, [
      `%${tag}`,
    ]);
    await sql(
      'financeAssets',
      `INSERT INTO unit_finance_assets.idempotent_request (key, request_hash, created_at) VALUES ($1, 'h', now() - interval '2 days'), ($2, 'h', now())`,
      [`old-${tag}`, `new-${tag}`],
    );
    const sixYears = new Date(Date.now() + 6 * 365 * 86_400_000);
    for (const slug of ['distanceEducationIct', 'personnel', 'internalAudit']) await unitOf(slug).sweepRetention(sixYears);
    await unitOf('financeAssets').sweepRetention(new Date());

    expect(
      await sql(
        'distanceEducationIct',
        `SELECT code, contact_name AS name FROM unit_distance_education_ict.ict_request WHERE code = ANY($1) ORDER BY code = $2`,
        [[done, open], open],
      ),
    ).toEqual([
      { code: done, name: null },
      { code: open, name: `ครูยังรอ ${tag}` },
    ]);
    const [petitionRow] = await sql('personnel', `SELECT petitioner_name FROM unit_personnel.personnel_petition WHERE code = $1`, [
      petition.data?.personnel.filePersonnelPetition.code,
    ]);
    expect(JSON.stringify(await sql('personnel', 'SELECT * FROM unit_personnel.personnel_petition'))).not.toContain(tag);
    expect(petitionRow.petitioner_name).toMatch(/พ้นระยะเวลาเก็บรักษา/);
    expect(JSON.stringify(await sql('internalAudit', 'SELECT * FROM unit_internal_audit.misconduct_report'))).not.toContain(tag);
    expect(await sql('financeAssets', `SELECT key FROM unit_finance_assets.idempotent_request WHERE key LIKE $1`, [`%-${tag}`])).toEqual([
      { key: `new-${tag}` },
    ]);
  });

  it('finding: erasure: tracking updates in flight — a message about the case still waiting in a unit’s outbox leaves without its texts', async () => {
    const message = `ร้องเรียนที่ยังมีข่าวค้างส่ง โดยนายค้างส่ง ${randomUUID().slice(0, 6)}`;
    const { id } = await identified('FINANCE', 'financeAssets', message, { name: 'นายค้างส่ง', email: 'in.flight@mail.example' });
    const finance = t.stack.units.get('financeAssets')!.server.services;
    await t.staff(`mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { id } } }`, { id });
    const answered = await t.staff(
      `mutation ($id: ID!) { financeAssets { answerCase(id: $id, answer: { answerTh: "คำตอบที่ต้องถูกลบ" }) { id } } }`,
      { id },
    );
    expect(answered.errors).toBeUndefined();
    // The tracking update of the answer (and a copy of the case) wait for a front door that is not answering.
    await finance.dataSource.query(
      `INSERT INTO unit_finance_assets.outbox (id, destination, kind, payload, next_attempt_at)
       VALUES ($1, 'ADMIN', 'case.track', $3::jsonb, now() + interval '1 day'),
              ($2, 'PERSONNEL', 'case.deliver', $4::jsonb, now() + interval '1 day')`,
      [
        randomUUID(),
        randomUUID(),
        JSON.stringify({
          caseId: id,
          isPublic: true,
          answer: 'คำตอบที่ต้องถูกลบ',
          answerEn: 'to be erased',
          rejectedReason: null,
          history: [],
        }),
        JSON.stringify({ caseId: id, message, note: 'บันทึกของเจ้าหน้าที่', isPublic: true, history: [{ kind: 'RECEIVED', note: 'หมายเหตุ' }] }),
      ],
    );
    const envelope = { id: randomUUID(), kind: CASE_ERASE, from: 'ADMIN', to: 'FINANCE', payload: { caseId: id } };
    await finance.dataSource.transaction((m) => erasureHandler(finance.unit, finance.outbox)(m, envelope));
    const waiting: { kind: string; payload: Record<string, unknown> }[] = await finance.dataSource.query(
      `SELECT kind, payload FROM unit_finance_assets.outbox WHERE delivered_at IS NULL AND payload->>'caseId' = $1 AND kind <> $2 ORDER BY kind`,
      [id, CASE_ERASE],
    );
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const texts = JSON.stringify(waiting);
    for (const text of [message, 'คำตอบที่ต้องถูกลบ', 'to be erased', 'บันทึกของเจ้าหน้าที่', 'หมายเหตุ']) expect(texts).not.toContain(text);
    for (const row of waiting) expect(row.payload.isPublic).toBe(false);
    expect(waiting.find((row) => row.kind === 'case.deliver')?.payload.message).toBe(ERASED_TEXT);
  });

  it('finding: erasure: an erase that reaches a unit before the transferred case does is kept, and erases the case when it arrives', async () => {
    const message = `ร้องเรียนเรื่องการย้าย โดยนายลบก่อนถึง ${randomUUID().slice(0, 6)}`;
    const { id } = await identified('FINANCE', 'financeAssets', message, { name: 'นายลบก่อนถึง', email: 'before.arrival@mail.example' });
    const personnel = t.stack.units.get('personnel')!.server;
    const services = personnel.services;
    const envelope = (kind: string, payload: unknown) => ({ id: randomUUID(), kind, from: 'ADMIN', to: 'PERSONNEL', payload });
    // Finance hands the case to Personnel, but the erase request overtakes the delivery.
    await services.dataSource.transaction((m) => erasureHandler(services.unit, services.outbox)(m, envelope(CASE_ERASE, { caseId: id })));
    const delivery: CaseDeliveryPayload = {
      caseId: id,
      caseCode: 'SSK-TEST-0000-0000',
      category: 'COMPLAINT',
      channel: 'WEB',
      message,
      activityId: null,
      isPublic: false,
      hasContact: true,
      receivedAt: new Date().toISOString(),
      fromUnit: 'FINANCE',
      note: null,
      history: [
        { at: new Date().toISOString(), kind: 'RECEIVED', unitCode: 'FINANCE', fromStatus: null, toStatus: 'RECEIVED', note: null },
      ],
      version: 1,
    };
    await services.dataSource.transaction((m) => services.cases.receive(m, { ...envelope(CASE_DELIVER, delivery), from: 'FINANCE' }));
    const [here] = await services.dataSource.query(`SELECT message FROM unit_personnel.feedback WHERE id = $1`, [id]);
    expect(here.message).toBe(ERASED_TEXT);
    // And the unit that sent it is told to erase the copy it kept.
    services.outbox.wake();
    await eventually(async () => {
      const finance = await t.staff(`query ($id: ID!) { financeAssets { case(id: $id) { message } } }`, { id });
      return finance.data?.financeAssets.case.message === ERASED_TEXT || undefined;
    });
  });
});
