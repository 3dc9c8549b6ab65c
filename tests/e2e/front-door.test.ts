import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) {
  submitFeedback(input: $input, idempotencyKey: $key) { caseCode anonymous receivedAt unit { code nameTh } }
}`;
const FOLLOW = `query ($code: String!) {
  followCase(code: $code) {
    code status late answer answerEn rejectedReason dueAcknowledgeAt dueAnswerAt public
    unit { code nameTh }
    history { kind status unit { code } }
  }
}`;

describe('the front door: one submission, routed, transferred, answered, followed by code', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
  });
  afterAll(async () => t?.close());

  const follow = async (code: string) => (await t.query(FOLLOW, { code })).data?.followCase;
  const adminCount = async (table: string) => {
    const ds = t.stack.units.get('administration')!.server.db.dataSource;
    const [row] = await ds.query(`SELECT count(*)::int AS n FROM unit_administration.${table}`);
    return row.n as number;
  };

  it('takes an anonymous complaint, hands it to the right unit, and lets the submitter follow it to the answer', async () => {
    const message = 'ขอร้องเรียนเรื่องการจัดซื้อพัสดุของโรงเรียน ล่าช้ามาก 😞 กรุณาตรวจสอบด้วยค่ะ';
    const submitted = await t.query(SUBMIT, { input: { category: 'COMPLAINT', message }, key: randomUUID() });
    expect(submitted.errors).toBeUndefined();
    const receipt = submitted.data?.submitFeedback;
    // "จัดซื้อ" and "พัสดุ" point to Finance; nobody had to know the org chart.
    expect(receipt.unit.code).toBe('FINANCE');
    expect(receipt.anonymous).toBe(true);
    expect(receipt.caseCode).toMatch(/^SSK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // Finance receives it through its own subgraph, with working-day deadlines.
    const atFinance = await eventually(async () => {
      const res = await t.staff(
        `{ financeAssets { feedback(first: 5, filter: { search: "จัดซื้อพัสดุของโรงเรียน" }) { nodes { id code message status dueAcknowledgeAt dueAnswerAt hasContact } } } }`,
      );
      return res.data?.financeAssets.feedback.nodes[0];
    });
    expect(atFinance.code).toBe(receipt.caseCode);
    expect(atFinance.message).toBe(message);
    expect(atFinance.hasContact).toBe(false);
    expect(new Date(atFinance.dueAnswerAt).getTime()).toBeGreaterThan(new Date(atFinance.dueAcknowledgeAt).getTime());

    // Finance finds it is really a personnel matter and transfers it once.
    const moved = await t.staff(
      `mutation ($id: ID!) { financeAssets { transferCase(id: $id, toUnit: "PERSONNEL", note: "เรื่องการบรรจุ") { id } } }`,
      { id: atFinance.id },
    );
    expect(moved.errors).toBeUndefined();
    const gone = await t.staff(`query ($id: ID!) { financeAssets { case(id: $id) { id } } }`, { id: atFinance.id });
    expect(gone.data?.financeAssets.case).toBeNull();

    const atPersonnel = await eventually(async () => {
      const res = await t.staff(`query ($id: ID!) { personnel { case(id: $id) { id status code history { kind unitCode } } } }`, {
        id: atFinance.id,
      });
      return res.data?.personnel.case;
    });
    expect(atPersonnel.code).toBe(receipt.caseCode);
    expect(atPersonnel.history.map((e: { kind: string; unitCode: string }) => `${e.kind}@${e.unitCode}`)).toEqual([
      'RECEIVED@FINANCE',
      'TRANSFERRED_OUT@FINANCE',
      'TRANSFERRED_IN@PERSONNEL',
    ]);

    // Personnel acknowledges and answers.
    for (const step of [
      'acknowledgeCase(id: $id) { status }',
      'answerCase(id: $id, answer: { answerTh: "ดำเนินการตรวจสอบแล้ว ขอบคุณที่แจ้ง", answerEn: "Checked and fixed, thank you" }) { status answeredAt }',
    ]) {
      const res = await t.staff(`mutation ($id: ID!) { personnel { ${step} } }`, { id: atFinance.id });
      expect(res.errors).toBeUndefined();
    }

    // The submitter follows it by code, typed the way people type.
    const typed = receipt.caseCode.toLowerCase().replace(/-/g, ' - ').replace(/0/g, 'o');
    const tracked = await eventually(async () => {
      const view = await follow(typed);
      return view?.status === 'ANSWERED' ? view : undefined;
    });
    expect(tracked.unit.code).toBe('PERSONNEL');
    expect(tracked.answer).toBe('ดำเนินการตรวจสอบแล้ว ขอบคุณที่แจ้ง');
    expect(tracked.answerEn).toBe('Checked and fixed, thank you');
    expect(tracked.late).toBe(false);
    expect(tracked.history.map((s: { kind: string; unit: { code: string } }) => `${s.kind}@${s.unit.code}`)).toEqual([
      'RECEIVED@FINANCE',
      'TRANSFERRED_OUT@FINANCE',
      'TRANSFERRED_IN@PERSONNEL',
      'ACKNOWLEDGED@PERSONNEL',
      'ANSWERED@PERSONNEL',
    ]);
    // Staff notes stay inside the office.
    expect(JSON.stringify(tracked)).not.toContain('เรื่องการบรรจุ');
  });

  it('keeps contact details apart from the case, only with consent to the current privacy notice', async () => {
    const notice = (await t.query('{ privacyNotice { version textTh textEn retentionDays } }')).data?.privacyNotice;
    expect(notice.textTh).toContain('คุ้มครองข้อมูลส่วนบุคคล');
    const refused = await t.query(SUBMIT, {
      input: {
        category: 'QUESTION',
        message: 'สอบถามเรื่องทุนการศึกษา',
        contact: { name: 'สมศรี', phone: '0812345678', acceptedNoticeVersion: 'old' },
      },
      key: randomUUID(),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONSENT_REQUIRED');
    const ok = await t.query(SUBMIT, {
      input: {
        category: 'QUESTION',
        message: 'สอบถามเรื่องทุนการศึกษา ปีนี้เปิดรับเมื่อไร',
        contact: { name: 'สมศรี', phone: '081-234-5678', acceptedNoticeVersion: notice.version },
      },
      key: randomUUID(),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.submitFeedback.anonymous).toBe(false);
    expect(ok.data?.submitFeedback.unit.code).toBe('PROMOTION');
    const atUnit = await eventually(async () => {
      const res = await t.staff(`{ educationPromotion { feedback(filter: { search: "ปีนี้เปิดรับเมื่อไร" }) { nodes { hasContact message } } } }`);
      return res.data?.educationPromotion.feedback.nodes[0];
    });
    expect(atUnit.hasContact).toBe(true);
    // The unit's copy has no contact details at all; they stay with the front door.
    const unitDs = t.stack.units.get('educationPromotion')!.server.db.dataSource;
    const dump = JSON.stringify(await unitDs.query(`SELECT * FROM unit_education_promotion.feedback`));
    expect(dump).not.toContain('081-234-5678');
    expect(dump).not.toContain('สมศรี');
  });

  it('returns the first receipt for a retried submission and never makes a second case', async () => {
    const key = randomUUID();
    const input = { category: 'SUGGESTION', message: 'เสนอให้เพิ่มช่องทางไลน์สำหรับติดต่อ', unitCode: 'DLICT', channel: 'LINE' };
    const before = await adminCount('intake_submission');
    const [a, b] = await Promise.all([t.query(SUBMIT, { input, key }), t.query(SUBMIT, { input, key })]);
    const c = await t.query(SUBMIT, { input, key });
    expect(a.errors).toBeUndefined();
    expect(b.data?.submitFeedback.caseCode).toBe(a.data?.submitFeedback.caseCode);
    expect(c.data?.submitFeedback.caseCode).toBe(a.data?.submitFeedback.caseCode);
    expect(await adminCount('intake_submission')).toBe(before + 1);
    const reused = await t.query(SUBMIT, { input: { ...input, message: 'ข้อความอื่น' }, key });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it.each([
    ['an empty message', { category: 'OPINION', message: '   ' }, 'TEXT_REQUIRED'],
    ['an oversized message', { category: 'OPINION', message: 'ก'.repeat(5001) }, 'TEXT_TOO_LONG'],
    ['an unknown unit', { category: 'OPINION', message: 'ทดสอบ', unitCode: 'NOPE' }, 'UNKNOWN_UNIT'],
    ['an activity without its unit', { category: 'OPINION', message: 'ทดสอบ', activityId: randomUUID() }, 'ACTIVITY_NEEDS_UNIT'],
    ['an unknown activity', { category: 'OPINION', message: 'ทดสอบ', unitCode: 'FINANCE', activityId: randomUUID() }, 'UNKNOWN_ACTIVITY'],
    [
      'contact without a way to reach',
      { category: 'OPINION', message: 'ทดสอบ', contact: { name: 'ก', acceptedNoticeVersion: '2569-1' } },
      'CONTACT_INCOMPLETE',
    ],
  ])('refuses %s with a clear error and writes nothing', async (_what, input, code) => {
    const before = [await adminCount('intake_submission'), await adminCount('outbox')];
    const res = await t.query(SUBMIT, { input, key: randomUUID() });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.extensions?.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(error?.extensions?.messageEn).toBeTruthy();
    expect([await adminCount('intake_submission'), await adminCount('outbox')]).toEqual(before);
  });

  it('accepts a message of exactly the limit, with Thai combining marks and emoji stored exactly', async () => {
    const tail = 'น้ำใจ ๑๒๓ 👩🏽‍🏫 กำลังใจ';
    const message = 'ก'.repeat(5000 - [...tail].length) + tail;
    const res = await t.query(SUBMIT, { input: { category: 'COMPLIMENT', message, unitCode: 'AUDIT' }, key: randomUUID() });
    expect(res.errors).toBeUndefined();
    const stored = await eventually(async () => {
      const found = await t.staff(
        `{ internalAudit { feedback(filter: { search: "น้ำใจ ๑๒๓ 👩🏽‍🏫", categories: [COMPLIMENT] }) { nodes { message } } } }`,
      );
      return found.data?.internalAudit.feedback.nodes[0];
    });
    expect(stored.message).toBe(message);
  });

  it('refuses illegal status moves and empty rejection reasons, changing nothing', async () => {
    const res = await t.query(SUBMIT, {
      input: { category: 'QUESTION', message: 'ถามเรื่องวิทยฐานะ', unitCode: 'PERSONNEL' },
      key: randomUUID(),
    });
    const code = res.data?.submitFeedback.caseCode;
    const id = await eventually(async () => {
      const found = await t.staff(`{ personnel { feedback(filter: { search: "ถามเรื่องวิทยฐานะ" }) { nodes { id code } } } }`);
      return found.data?.personnel.feedback.nodes.find((n: { code: string }) => n.code === code)?.id;
    });
    const close = await t.staff(`mutation ($id: ID!) { personnel { closeCase(id: $id) { status } } }`, { id });
    expect(close.errors?.[0]?.extensions?.code).toBe('ILLEGAL_STATUS_MOVE');
    expect(close.errors?.[0]?.extensions?.messageTh).toContain('RECEIVED');
    const reject = await t.staff(`mutation ($id: ID!) { personnel { rejectCase(id: $id, reason: " ") { status } } }`, { id });
    expect(reject.errors?.[0]?.extensions?.code).toBe('TEXT_REQUIRED');
    const self = await t.staff(`mutation ($id: ID!) { personnel { transferCase(id: $id, toUnit: "PERSONNEL") { status } } }`, { id });
    expect(self.errors?.[0]?.extensions?.code).toBe('TRANSFER_TO_SELF');
    const after = await t.staff(`query ($id: ID!) { personnel { case(id: $id) { status history { kind } } } }`, { id });
    expect(after.data?.personnel.case).toEqual({ status: 'RECEIVED', history: [{ kind: 'RECEIVED' }] });
    // A rejection reason is what the submitter sees.
    await t.staff(`mutation ($id: ID!) { personnel { rejectCase(id: $id, reason: "ไม่อยู่ในอำนาจหน้าที่ของสำนักงาน") { status } } }`, { id });
    const view = await eventually(async () => {
      const v = await follow(code);
      return v?.status === 'REJECTED' ? v : undefined;
    });
    expect(view.rejectedReason).toBe('ไม่อยู่ในอำนาจหน้าที่ของสำนักงาน');
  });

  it('answers many similar cases from one template: all of them, or none', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.query(SUBMIT, {
        // Each submitter allows the case and its answer to be shown (staff cannot publish a private one).
        input: { category: 'QUESTION', message: `ถามกำหนดการสอบครูผู้ช่วย รอบ ${i}`, unitCode: 'PERSONNEL', public: true },
        key: randomUUID(),
      });
      codes.push(res.data?.submitFeedback.caseCode);
    }
    const ids: string[] = await eventually(async () => {
      const found = await t.staff(`{ personnel { feedback(filter: { search: "ถามกำหนดการสอบครูผู้ช่วย" }) { nodes { id code } } } }`);
      const nodes = found.data?.personnel.feedback.nodes ?? [];
      return nodes.length === 3 ? nodes.map((n: { id: string }) => n.id) : undefined;
    });
    const template = await t.staff(
      `mutation { personnel { createAnswerTemplate(input: { titleTh: "กำหนดการสอบ", bodyTh: "ประกาศกำหนดการสอบจะเผยแพร่ทางเว็บไซต์ภายในเดือนนี้" }) { id } } }`,
    );
    const templateId = template.data?.personnel.createAnswerTemplate.id;
    // One case still RECEIVED: answering must fail for all three.
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { status } } }`, { id: ids[0] });
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { status } } }`, { id: ids[1] });
    const partial = await t.staff(
      `mutation ($ids: [ID!]!, $t: ID!) { personnel { answerCasesFromTemplate(ids: $ids, templateId: $t) { status } } }`,
      { ids, t: templateId },
    );
    expect(partial.errors?.[0]?.extensions?.code).toBe('ILLEGAL_STATUS_MOVE');
    const untouched = await t.staff(
      `{ personnel { feedback(filter: { search: "ถามกำหนดการสอบครูผู้ช่วย", statuses: [ANSWERED] }) { nodes { id } } } }`,
    );
    expect(untouched.data?.personnel.feedback.nodes).toEqual([]);
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { status } } }`, { id: ids[2] });
    const all = await t.staff(
      `mutation ($ids: [ID!]!, $t: ID!) { personnel { answerCasesFromTemplate(ids: $ids, templateId: $t, public: true) { id status answer public } } }`,
      { ids, t: templateId },
    );
    expect(all.errors).toBeUndefined();
    expect(all.data?.personnel.answerCasesFromTemplate.map((c: { id: string }) => c.id)).toEqual(ids);
    expect(
      all.data?.personnel.answerCasesFromTemplate.every((c: { status: string; public: boolean }) => c.status === 'ANSWERED' && c.public),
    ).toBe(true);
    // Public answers show for everyone, without anything about the submitters (not even their codes).
    const published = await eventually(async () => {
      const res = await t.query(`{ publicAnswers(first: 10) { code answer unit { code } } }`);
      const mine = res.data?.publicAnswers.filter((a: { answer: string }) => a.answer.includes('ประกาศกำหนดการสอบ')) ?? [];
      return mine.length === 3 ? mine : undefined;
    });
    expect(published.map((a: { code: string | null; unit: { code: string } }) => [a.code, a.unit.code])).toEqual([
      [null, 'PERSONNEL'],
      [null, 'PERSONNEL'],
      [null, 'PERSONNEL'],
    ]);
    expect(codes).toHaveLength(3);
  });
});

describe('with the owning unit down, the front door loses nothing and repeats nothing', () => {
  let t: TestStack;
  beforeAll(async () => {
    // One test client sends 2,300 submissions: lift the per-client limit for it.
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100', SUBMISSION_RATE_LIMIT: '100000' });
  });
  afterAll(async () => t?.close());

  it('delivers 1,000 retried submissions exactly once after the unit comes back', async () => {
    await t.stack.stopUnit('supervision');
    const total = 1000;
    const keys = Array.from({ length: total }, (_, i) => `retry-test-${i}-${randomUUID()}`);
    const codes = new Map<string, string>();
    const submit = async (i: number) => {
      const res = await t.query(SUBMIT, {
        input: { category: 'OPINION', message: `ความเห็นต่อการนิเทศ ครั้งที่ ${i}`, unitCode: 'SUPERVISION' },
        key: keys[i],
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data?.submitFeedback.caseCode as string;
    };
    // Every submission is sent, then retried (as a client does after a timeout); a third of them twice at once.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < total) {
          const i = next++;
          const first = i % 3 === 0 ? (await Promise.all([submit(i), submit(i)]))[0] : await submit(i);
          const retry = await submit(i);
          expect(retry).toBe(first);
          codes.set(keys[i]!, first);
        }
      }),
    );
    expect(new Set(codes.values()).size).toBe(total);
    // While the unit is down, the cases wait in the front door's outbox.
    const admin = t.stack.units.get('administration')!.server.services.outbox;
    expect(await admin.pending()).toBeGreaterThanOrEqual(total);

    await t.stack.restartUnit('supervision');
    await eventually(async () => (await admin.pending()) === 0, 150_000, 250);
    const unit = t.stack.units.get('supervision')!.server.db.dataSource;
    const [counts] = await unit.query(
      `SELECT count(*)::int AS n, count(DISTINCT case_code)::int AS codes FROM unit_supervision.feedback WHERE case_code IS NOT NULL`,
    );
    expect(counts).toEqual({ n: total, codes: total });
    const stored = new Set(
      (await unit.query(`SELECT case_code FROM unit_supervision.feedback WHERE case_code IS NOT NULL`)).map(
        (r: { case_code: string }) => r.case_code,
      ),
    );
    expect([...codes.values()].every((code) => stored.has(code))).toBe(true);
  }, 240_000);
});
