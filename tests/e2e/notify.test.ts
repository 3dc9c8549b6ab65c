import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startLineApi, startThaiBulkSms, type LinePush, type ProviderDouble, type SmsSent } from '../support/provider-doubles.js';
import { startSmtpMailbox, type SmtpMailbox } from '../support/smtp-mailbox.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;

describe('people are told: e-mail through a real SMTP server, LINE and SMS through doubles of their APIs', () => {
  let t: TestStack;
  let mailbox: SmtpMailbox;
  let line: ProviderDouble<LinePush>;
  let sms: ProviderDouble<SmsSent>;
  beforeAll(async () => {
    mailbox = await startSmtpMailbox();
    line = await startLineApi('line-channel-token');
    sms = await startThaiBulkSms('sms-key', 'sms-secret', 'SESAO28');
    t = await startTestStack({
      SMTP_URL: mailbox.url,
      NOTIFY_INTERVAL_MS: '100',
      OUTBOX_INTERVAL_MS: '100',
      MAIL_FROM: 'สพม.28 <no-reply@sesao28.example>',
      LINE_CHANNEL_ACCESS_TOKEN: 'line-channel-token',
      LINE_API_URL: line.url,
      SMS_API_URL: `${sms.url}/sms`,
      SMS_API_KEY: 'sms-key',
      SMS_API_SECRET: 'sms-secret',
      SMS_SENDER: 'SESAO28',
      // LINE Login configured (never reached here): who signed in with it is known by their subject.
      LINE_LOGIN_CLIENT_ID: '2000000000',
      LINE_LOGIN_CLIENT_SECRET: 'line-login-secret',
      LATE_ESCALATION_THRESHOLD: '1',
    });
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
    await line?.close();
    await sms?.close();
  });
  const admin = () => t.stack.units.get('administration')!.server.db.dataSource;

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
    expect(answered.subject).toBe(`หน่วยงานตอบเรื่อง ${code} แล้ว / Your case ${code} has been answered`);
    expect(answered.text).toContain('ตรวจสอบแล้ว จะคืนเงินส่วนที่เก็บซ้ำภายใน 7 วัน');
    expect(answered.text).toContain('กลุ่มบริหารการเงินและสินทรัพย์');
    // Sent once each: the rows say so, and the mailbox still has three after more sweeps have run.
    await eventually(
      async () => ((await notifications(code)).length === 3 && (await notifications(code)).every((n) => n.status === 'SENT')) || undefined,
    );
    await t.afterJobRuns();
    expect(mailsTo(email).map((m) => m.subject.split(' / ')[1])).toEqual([
      `We have received your case (${code})`,
      `Your case ${code} is being looked at`,
      `Your case ${code} has been answered`,
    ]);
    expect(await notifications(code)).toEqual([
      { kind: 'ACKNOWLEDGED', status: 'SENT', attempts: 1 },
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
      ['ACKNOWLEDGED', 'SENT', null],
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
    // The mail server has it before the sender's transaction marks it sent: wait for the mark, then check it all.
    await eventually(async () => ((await notifications(code))[0]?.status === 'SENT' ? true : undefined));
    expect(await notifications(code)).toEqual([{ kind: 'RECEIVED', status: 'SENT', attempts: 2 }]);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('sends nothing to a case without an e-mail, and erases a case’s notices with it', async () => {
    const before = mailbox.mails.length;
    const res = await t.query(SUBMIT, {
      input: { category: 'QUESTION', message: 'ถามแบบไม่ระบุชื่อ ทดสอบการแจ้ง', unitCode: 'FINANCE' },
      key: randomUUID(),
    });
    const code = res.data?.submitFeedback.caseCode as string;
    await t.afterJobRuns();
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

  it('tells on the channels the person chose (LINE after signing in with LINE, SMS), and stops a channel they turn off', async () => {
    const lineUserId = `U${randomUUID().replace(/-/g, '')}`;
    const signedInWithLine = t.as('STAKEHOLDER', undefined, { subject: `https://access.line.me|${lineUserId}` });
    const submit = (who: typeof t.query, contact: Record<string, unknown>) =>
      who(`mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode privacyKey } }`, {
        input: {
          category: 'COMPLAINT',
          message: `รถรับส่งนักเรียนมาสายทุกวัน ${randomUUID().slice(0, 6)}`,
          unitCode: 'FINANCE',
          contact: { acceptedNoticeVersion: '2569-1', ...contact },
        },
        key: randomUUID(),
      });
    // LINE needs a LINE sign-in; SMS needs a number: said before anything is stored.
    const noLine = await submit(t.query, { phone: '0812345678', notifyBy: ['LINE'] });
    expect(noLine.errors?.[0]?.extensions).toMatchObject({ code: 'NOTIFY_LINE_SIGN_IN', field: 'notifyBy' });
    const noPhone = await submit(signedInWithLine, { email: 'x@mail.example', notifyBy: ['SMS'] });
    expect(noPhone.errors?.[0]?.extensions?.code).toBe('NOTIFY_NEEDS_ADDRESS');

    const res = await submit(signedInWithLine, { phone: '+66 81 234 5678', notifyBy: ['LINE', 'SMS'] });
    expect(res.errors).toBeUndefined();
    const { caseCode: code, privacyKey } = res.data?.submitFeedback as { caseCode: string; privacyKey: string };
    const linesTo = () => line.accepted.filter((m) => m.to === lineUserId);
    const received = await eventually(async () => linesTo()[0]);
    expect(received.text).toContain(`รหัสติดตามเรื่อง ${code}`);
    const text = await eventually(async () => sms.accepted.find((m) => m.message.includes(code)));
    expect(text.msisdn).toBe('0812345678');
    expect([line.violations, sms.violations]).toEqual([[], []]);

    // The person keeps LINE and turns SMS off (the privacy key proves it is theirs).
    const setNotices = `mutation ($c: String!, $k: String, $n: [NotifyChannel!]!) { setCaseNotices(code: $c, privacyKey: $k, notifyBy: $n) }`;
    expect((await t.query(setNotices, { c: code, k: 'KEY-WRONG-WRONG', n: [] })).errors?.[0]?.extensions?.code).toBe('PRIVACY_KEY_INVALID');
    expect((await t.query(setNotices, { c: code, k: privacyKey, n: ['LINE'] })).data?.setCaseNotices).toEqual(['LINE']);

    // Finance takes it up and hands it to Personnel: told on LINE, both steps, with the new unit's name; no more SMS.
    const id = await eventually(async () => {
      const found = await t.staff(`{ financeAssets { feedback(filter: { search: "รถรับส่งนักเรียนมาสายทุกวัน" }) { nodes { id code } } } }`);
      return found.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
    });
    await t.staff(`mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { id } } }`, { id });
    const moved = await t.staff(`mutation ($id: ID!) { financeAssets { transferCase(id: $id, toUnit: "PERSONNEL") { id } } }`, { id });
    expect(moved.errors).toBeUndefined();
    const transferred = await eventually(async () => linesTo().find((m) => m.text.includes('ส่งต่อ')));
    expect(transferred.text).toContain('กลุ่มบริหารงานบุคคล');
    expect(linesTo().map((m) => m.text.split('\n')[0])).toEqual([
      expect.stringContaining('ได้รับเรื่องของท่านแล้ว'),
      expect.stringContaining('รับเรื่อง'),
      expect.stringContaining('ส่งต่อไปยัง กลุ่มบริหารงานบุคคล'),
    ]);
    await t.afterJobRuns();
    expect(sms.accepted.filter((m) => m.message.includes(code))).toHaveLength(1);
    // And when they turn LINE off too, what waits is not sent.
    expect((await t.query(setNotices, { c: code, k: privacyKey, n: [] })).data?.setCaseNotices).toEqual([]);
    const data = await t.query(
      `query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { contact { notifyBy lineLinked } } }`,
      {
        c: code,
        k: privacyKey,
      },
    );
    expect(data.data?.myCaseData.contact).toEqual({ notifyBy: [], lineLinked: true });
  });

  it('reminds a unit on the case clock: staff when a case arrives and two working days before it is due, staff and head when late, the director past the threshold; once each', async () => {
    const tag = randomUUID().slice(0, 6);
    const people = {
      staff: `fin.staff.${tag}@sesao28.example`,
      head: `fin.head.${tag}@sesao28.example`,
      director: `director.${tag}@sesao28.example`,
    };
    await admin().query(
      `INSERT INTO unit_administration.staff_member (email, role, unit_code) VALUES ($1, 'UNIT_STAFF', 'FINANCE'), ($2, 'UNIT_HEAD', 'FINANCE'), ($3, 'DIRECTOR', NULL)`,
      [people.staff, people.head, people.director],
    );
    const { code } = await complain(`clock.${tag}@mail.example`, `ขอคืนเงินค่าชุดพละ ทดสอบนาฬิกา ${tag}`);
    const about = (address: string) => mailsTo(address).filter((m) => m.subject.includes(code) || m.subject.includes('เกินกำหนด'));
    const arrived = await eventually(async () => about(people.staff)[0]);
    expect(arrived.subject).toBe(`เรื่องใหม่ ${code} ถึง กลุ่มบริหารการเงินและสินทรัพย์ / New case ${code} for Finance and Asset Management`);

    // The test's clock: the case's reminder moment, then its deadline, are moved into the past in SQL.
    const move = (set: string) => admin().query(`UPDATE unit_administration.case_tracking SET ${set} WHERE case_code = $1`, [code]);
    const [{ remindAt, due }] = await admin().query(
      `SELECT remind_at AS "remindAt", due_answer_at AS due FROM unit_administration.case_tracking WHERE case_code = $1`,
      [code],
    );
    expect(new Date(remindAt).getTime()).toBeLessThan(new Date(due).getTime());
    await move(`remind_at = now() - interval '1 minute'`);
    const dueSoon = await eventually(async () => about(people.staff).find((m) => m.subject.includes('2 วันทำการ')));
    expect(dueSoon.subject).toContain(code);
    await move(`remind_at = now() - interval '2 days', due_answer_at = now() - interval '1 minute'`);
    await eventually(async () => (about(people.head).length === 1 && about(people.director).length === 1) || undefined);
    await t.afterJobRuns();

    expect(about(people.staff).map((m) => m.subject.split(' / ')[1])).toEqual([
      `New case ${code} for Finance and Asset Management`,
      expect.stringMatching(new RegExp(`^Case ${code} is due in two working days \\(\\d+ \\w+ \\d{4}\\)$`)),
      expect.stringMatching(new RegExp(`^Case ${code} is late \\(`)),
    ]);
    expect(about(people.head).map((m) => m.subject.split(' / ')[1])).toEqual([expect.stringMatching(new RegExp(`^Case ${code} is late`))]);
    expect(about(people.director)[0]!.subject).toMatch(/^กลุ่มบริหารการเงินและสินทรัพย์ มีเรื่องเกินกำหนดตอบ \d+ เรื่อง/);
    // Staff never see the submitter's address in what they are sent.
    expect(JSON.stringify(about(people.staff))).not.toContain(`clock.${tag}`);

    // Every reminder carries the link that stops them: used, the next new case is not mailed to that person.
    const token = /Stop these reminders: (\S+)/.exec(about(people.staff)[0]!.text)?.[1];
    const stopReminders = `mutation ($t: String!, $on: Boolean!) { setStaffReminders(token: $t, on: $on) }`;
    expect((await t.query(stopReminders, { t: `${token}x`, on: false })).errors?.[0]?.extensions?.code).toBe('STAFF_TOKEN_INVALID');
    expect((await t.query(stopReminders, { t: token, on: false })).data?.setStaffReminders).toBe(false);
    const next = await t.query(SUBMIT, {
      input: { category: 'COMPLAINT', message: `ขอใบเสร็จค่าชุดพละ ${tag}`, unitCode: 'FINANCE' },
      key: randomUUID(),
    });
    const nextCode: string = next.data?.submitFeedback.caseCode;
    // Finance has it (its deadline is tracked), and several sweeps have run since.
    await eventually(async () =>
      (
        await admin().query(`SELECT 1 FROM unit_administration.case_tracking WHERE case_code = $1 AND due_answer_at IS NOT NULL`, [
          nextCode,
        ])
      ).length === 1
        ? true
        : undefined,
    );
    await t.afterJobRuns();
    expect(await admin().query(`SELECT email_reminders FROM unit_administration.staff_member WHERE email = $1`, [people.staff])).toEqual([
      { email_reminders: false },
    ]);
    expect(mailsTo(people.staff).some((m) => m.subject.includes(nextCode))).toBe(false);
  });

  it('tells followers of a consultation when it opens, closes and publishes its summary, once each, until they stop', async () => {
    const tag = randomUUID().slice(0, 6);
    const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const opened = await t.staff(`mutation ($input: ConsultationInput!) { financeAssets { openConsultation(input: $input) { id } } }`, {
      input: {
        titleTh: `รับฟังความเห็นระเบียบการเบิกจ่าย ${tag}`,
        titleEn: `Payment rules ${tag}`,
        kind: 'ONLINE_COMMENTS',
        opensAt: later(1),
        closesAt: later(8),
      },
    });
    const id: string = opened.data?.financeAssets.openConsultation.id;
    const follow = `mutation ($id: ID!, $email: String, $line: Boolean) { financeAssets { follow(kind: CONSULTATION, id: $id, email: $email, line: $line) { kind id channels } } }`;
    const email = `follower.${tag}@mail.example`;
    const lineUserId = `U${randomUUID().replace(/-/g, '')}`;
    const withLine = t.as('STAKEHOLDER', undefined, { subject: `https://access.line.me|${lineUserId}` });
    // Wrong ways say what to do, and store nothing.
    expect((await t.query(follow, { id, email: 'not-an-address' })).errors?.[0]?.extensions).toMatchObject({
      code: 'FOLLOW_NEEDS_CHANNEL',
      field: 'email',
    });
    expect((await t.query(follow, { id, line: true })).errors?.[0]?.extensions?.code).toBe('FOLLOW_NEEDS_CHANNEL');
    expect((await t.query(follow, { id: randomUUID(), email })).errors?.[0]?.extensions?.code).toBe('FOLLOW_TARGET_NOT_FOUND');
    // Following twice is following once.
    for (let i = 0; i < 2; i++) {
      expect((await t.query(follow, { id, email })).data?.financeAssets.follow).toEqual({ kind: 'CONSULTATION', id, channels: ['EMAIL'] });
    }
    expect((await withLine(follow, { id, line: true })).data?.financeAssets.follow.channels).toEqual(['LINE']);
    const finance = t.stack.units.get('financeAssets')!.server.db.dataSource;
    expect(await finance.query(`SELECT channel FROM unit_finance_assets.follower WHERE target_id = $1 ORDER BY channel`, [id])).toEqual([
      { channel: 'EMAIL' },
      { channel: 'LINE' },
    ]);

    // The test's clock: the day passes (the follows were made an hour ago, it opened a minute ago).
    await finance.query(`UPDATE unit_finance_assets.follower SET created_at = now() - interval '1 hour' WHERE target_id = $1`, [id]);
    await finance.query(`UPDATE unit_finance_assets.consultation SET opens_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const openedMail = await eventually(async () => mailsTo(email).find((m) => m.subject.includes(tag)));
    expect(openedMail.subject).toBe(
      `การรับฟังความคิดเห็น "รับฟังความเห็นระเบียบการเบิกจ่าย ${tag}" เปิดรับความคิดเห็นแล้ว / The consultation "Payment rules ${tag}" is open for comments`,
    );
    const linesTo = () => line.accepted.filter((m) => m.to === lineUserId);
    await eventually(async () => linesTo().length === 1 || undefined);

    // The e-mail follower stops with the link in the message; the LINE follower hears the rest.
    const token = /Stop following: (\S+)/.exec(openedMail.text)?.[1];
    const stop = `mutation ($t: String!) { financeAssets { stopFollowing(token: $t) } }`;
    expect((await t.query(stop, { t: `${token}x` })).errors?.[0]?.extensions?.code).toBe('FOLLOW_TOKEN_INVALID');
    expect((await t.query(stop, { t: token })).data?.financeAssets.stopFollowing).toBe(true);
    await t.staff(`mutation ($id: ID!) { financeAssets { closeConsultation(id: $id) { id } } }`, { id });
    await t.staff(
      `mutation ($id: ID!) { financeAssets { publishConsultationSummary(id: $id, summaryTh: "ปรับแบบฟอร์มตามข้อเสนอแล้ว") { id } } }`,
      { id },
    );
    await eventually(async () => linesTo().length === 3 || undefined);
    await t.afterJobRuns();
    expect(linesTo().map((m) => m.text.split('\n')[0])).toEqual([
      expect.stringContaining('เปิดรับความคิดเห็นแล้ว'),
      expect.stringContaining('ปิดรับความคิดเห็นแล้ว'),
      expect.stringContaining('เผยแพร่สรุปผลแล้ว'),
    ]);
    expect(mailsTo(email)).toHaveLength(1);
  });
});
