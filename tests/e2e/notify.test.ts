import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startSmtpMailbox, type SmtpMailbox } from '../support/smtp-mailbox.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;

describe('people are told by e-mail, through a real SMTP server', () => {
  let t: TestStack;
  let mailbox: SmtpMailbox;
  beforeAll(async () => {
    mailbox = await startSmtpMailbox();
    t = await startTestStack({
      SMTP_URL: mailbox.url,
      NOTIFY_INTERVAL_MS: '100',
      OUTBOX_INTERVAL_MS: '100',
      MAIL_FROM: 'สพม.28 <no-reply@sesao28.example>',
    });
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  const mailsTo = (address: string) => mailbox.mails.filter((m) => m.to.includes(address));
  const notifications = (code: string) =>
    t.stack.units.get('administration')!.server.db.dataSource.query(
      `SELECT n.kind, n.status, n.attempts FROM unit_administration.notification n
         JOIN unit_administration.intake_submission s ON s.case_id = n.case_id WHERE s.case_code = $1 ORDER BY n.kind`,
      [code],
    ) as Promise<{ kind: string; status: string; attempts: number }[]>;

  /** A complaint with an e-mail address to Finance, and its id there once Finance has it. */
  async function complain(email: string, message: string): Promise<{ code: string; id: string }> {
    const res = await t.query(SUBMIT, {
      input: {
        category: 'COMPLAINT',
        message,
        unitCode: 'FINANCE',
        contact: { name: 'ผู้ร้อง ทดสอบ', email, acceptedNoticeVersion: '2569-1' },
      },
      key: randomUUID(),
    });
    expect(res.errors).toBeUndefined();
    const code: string = res.data?.submitFeedback.caseCode;
    const id = await eventually(async () => {
      const found = await t.staff(
        `{ financeAssets { feedback(filter: { search: ${JSON.stringify(message.slice(0, 30))} }) { nodes { id code } } } }`,
      );
      return found.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
    });
    return { code, id };
  }

  async function answer(id: string, text: string): Promise<void> {
    await t.staff(`mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { id } } }`, { id });
    const res = await t.staff(
      `mutation ($id: ID!, $a: String!) { financeAssets { answerCase(id: $id, answer: { answerTh: $a }) { status } } }`,
      {
        id,
        a: text,
      },
    );
    expect(res.data?.financeAssets.answerCase.status).toBe('ANSWERED');
  }

  it('tells a complainant the case arrived (with its code) and, once answered, exactly one e-mail with the answer, in Thai', async () => {
    const email = `parent.${randomUUID().slice(0, 8)}@mail.example`;
    const { code, id } = await complain(email, `ค่าเทอมเก็บซ้ำสองครั้ง ขอให้ตรวจสอบ ${randomUUID().slice(0, 6)}`);
    const received = await eventually(async () => (mailsTo(email).length === 1 ? mailsTo(email)[0] : undefined));
    expect(received.subject).toContain(code);
    expect(received.subject).toMatch(/ได้รับเรื่องของท่านแล้ว/);
    expect(received.text).toContain(`รหัสติดตามเรื่อง ${code}`);
    expect(received.from).toBe('no-reply@sesao28.example');

    await answer(id, 'ตรวจสอบแล้ว จะคืนเงินส่วนที่เก็บซ้ำภายใน 7 วัน');
    const answered = await eventually(async () => mailsTo(email).find((m) => m.subject.includes('ตอบเรื่อง')));
    expect(answered.subject).toBe(`หน่วยงานตอบเรื่อง ${code} แล้ว / Your case has been answered`);
    expect(answered.text).toContain('ตรวจสอบแล้ว จะคืนเงินส่วนที่เก็บซ้ำภายใน 7 วัน');
    // Sent once each: the rows say so, and the mailbox still has two after more sweeps have run.
    await eventually(async () => (await notifications(code)).every((n) => n.status === 'SENT') || undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(email).map((m) => m.subject.includes('ตอบเรื่อง'))).toEqual([false, true]);
    expect(await notifications(code)).toEqual([
      { kind: 'ANSWERED', status: 'SENT', attempts: 1 },
      { kind: 'RECEIVED', status: 'SENT', attempts: 1 },
    ]);
    // Staff of the unit handling the case see what was sent and that it arrived; never the address.
    const notices = `query ($c: String!) { caseNotices(code: $c) { kind channel status attempts sentAt lastError } }`;
    const seen = await t.as('UNIT_STAFF', 'FINANCE')(notices, { c: code });
    expect(
      seen.data?.caseNotices.map((n: { kind: string; status: string; lastError: string | null }) => [n.kind, n.status, n.lastError]),
    ).toEqual([
      ['RECEIVED', 'SENT', null],
      ['ANSWERED', 'SENT', null],
    ]);
    expect(JSON.stringify(seen.data)).not.toContain(email);
    expect((await t.as('UNIT_STAFF', 'PERSONNEL')(notices, { c: code })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.query(notices, { c: code })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a notice the mail server refused, tries again later, and delivers it once', async () => {
    mailbox.failing = true;
    const email = `retry.${randomUUID().slice(0, 8)}@mail.example`;
    const { code } = await complain(email, `ขอใบเสร็จย้อนหลัง ทดสอบการส่งซ้ำ ${randomUUID().slice(0, 6)}`);
    const refused = await eventually(async () => ((await notifications(code))[0]?.attempts ?? 0) >= 1 || undefined);
    expect(refused).toBe(true);
    expect(await notifications(code)).toEqual([{ kind: 'RECEIVED', status: 'PENDING', attempts: 1 }]);
    mailbox.failing = false;
    // Its next try is 30 s away: move it to now in the database instead of waiting.
    await t.stack.units.get('administration')!.server.db.dataSource.query(
      `UPDATE unit_administration.notification SET next_attempt_at = now()
         WHERE case_id = (SELECT case_id FROM unit_administration.intake_submission WHERE case_code = $1)`,
      [code],
    );
    await eventually(async () => (mailsTo(email).length === 1 ? true : undefined));
    expect(await notifications(code)).toEqual([{ kind: 'RECEIVED', status: 'SENT', attempts: 2 }]);
  });

  it('sends nothing to a case without an e-mail, and erases a case’s notices with it', async () => {
    const before = mailbox.mails.length;
    const res = await t.query(SUBMIT, {
      input: { category: 'QUESTION', message: 'ถามแบบไม่ระบุชื่อ ทดสอบการแจ้ง', unitCode: 'FINANCE' },
      key: randomUUID(),
    });
    const code = res.data?.submitFeedback.caseCode as string;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.mails.length).toBe(before);
    expect(await notifications(code)).toEqual([]);

    const keyed = await t.query(
      `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode privacyKey } }`,
      {
        input: {
          category: 'COMPLAINT',
          message: 'ขอลบข้อมูลภายหลัง ทดสอบ',
          unitCode: 'FINANCE',
          contact: { email: 'erase.me@mail.example', acceptedNoticeVersion: '2569-1' },
        },
        key: randomUUID(),
      },
    );
    const { caseCode, privacyKey } = keyed.data?.submitFeedback as { caseCode: string; privacyKey: string };
    await eventually(async () => (await notifications(caseCode)).length === 1 || undefined);
    const erased = await t.query(`mutation ($c: String!, $k: String) { eraseMyCase(code: $c, privacyKey: $k) { caseCode } }`, {
      c: caseCode,
      k: privacyKey,
    });
    expect(erased.errors).toBeUndefined();
    expect(await notifications(caseCode)).toEqual([]);
  });
});
