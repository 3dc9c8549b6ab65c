import { createHash, randomUUID } from 'node:crypto';
import {
  connectAndMigrate,
  createSenders,
  createUnitDataSource,
  MAX_ATTEMPTS,
  NotificationRepository,
  type Notice,
  type UnitDatabase,
} from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLineApi, startThaiBulkSms, type LinePush, type ProviderDouble, type SmsSent } from '../support/provider-doubles.js';

const SCHEMA = 'unit_notify';
const lineUser = (i: number) => `U${i.toString(16).padStart(32, '0')}`;
/** A stable number from a text (which failures a message meets). */
const hash = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0);

/**
 * A unit's notices over a real PostgreSQL, sent to local doubles of LINE and ThaiBulkSMS that
 * check every request as the providers document it and fail the ways they do. Two replicas of
 * the unit (two connection pools, one database) send at once.
 */
describe('notices on LINE and SMS: each taken once by its provider, through failures', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const replicas: UnitDatabase[] = [];
  let line: ProviderDouble<LinePush>;
  let sms: ProviderDouble<SmsSent>;
  let senders: ReturnType<typeof createSenders>;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 2; i++) replicas.push(createUnitDataSource({ databaseUrl: database.url, schemaName: SCHEMA, poolSize: 3 }));
    await connectAndMigrate(replicas[0]!);
    await connectAndMigrate(replicas[1]!);
    line = await startLineApi('line-channel-token');
    sms = await startThaiBulkSms('sms-key', 'sms-secret', 'SESAO28');
    senders = createSenders({
      smtpUrl: undefined,
      mailFrom: 'x',
      subgraphTimeoutMs: 100,
      lineChannelAccessToken: 'line-channel-token',
      lineApiUrl: line.url,
      sms: { apiUrl: `${sms.url}/sms`, apiKey: 'sms-key', apiSecret: 'sms-secret', sender: 'SESAO28' },
    });
  });
  afterAll(async () => {
    for (const r of replicas) await r.dataSource.destroy();
    await line?.close();
    await sms?.close();
    await database?.drop();
  });

  // No waiting between tries: the test's clock is the loop, not the wall.
  const repositories = () => replicas.map((r) => new NotificationRepository(r.dataSource, SCHEMA, () => 0));
  const db = () => replicas[0]!.dataSource;
  const notice = (over: Partial<Notice> & Pick<Notice, 'channel' | 'recipient'>): Notice => ({
    dedupeKey: `test:${randomUUID()}`,
    caseId: randomUUID(),
    kind: 'ANSWERED',
    audience: 'SUBMITTER',
    subject: 'หน่วยงานตอบเรื่องแล้ว / answered',
    body: 'คำตอบ',
    ...over,
  });
  /** Both replicas send until nothing is due. */
  async function drain(): Promise<void> {
    const due = async () => Number((await db().query(`SELECT count(*) AS n FROM ${SCHEMA}.notification WHERE status = 'PENDING'`))[0].n);
    await Promise.all(
      repositories().map(async (repo) => {
        while ((await due()) > 0) await repo.sendDue(senders, 25);
      }),
    );
  }

  it('1,000 cases with LINE failing half the time (500, 429, timeouts, answers lost after delivery): each taken exactly once', async () => {
    const notices = Array.from({ length: 1000 }, (_, i) =>
      notice({ channel: 'LINE', recipient: lineUser(i), body: `คำตอบของเรื่องที่ ${i}`, dedupeKey: `case:${i}:ANSWERED:LINE` }),
    );
    const [repo] = repositories();
    for (let i = 0; i < notices.length; i += 250) await repo!.queue(null, notices.slice(i, i + 250));
    // Queued again (a retried step, another replica): nothing more.
    expect(await repo!.queue(null, notices.slice(0, 100))).toBe(0);
    // Half the messages meet one or two failures before they get through; every 40th a timeout.
    line.plan = (_n, attempt, key) => {
      const h = hash(key);
      if (attempt > h % 3) return 'ok';
      if (h % 40 === 0) return 'timeout';
      return ([500, 429, 'lost-answer'] as const)[(h >>> 3) % 3]!;
    };
    await drain();

    expect(line.violations).toEqual([]);
    const rows: { status: string; n: number }[] = await db().query(
      `SELECT status, count(*)::int AS n FROM ${SCHEMA}.notification WHERE channel = 'LINE' GROUP BY status`,
    );
    expect(rows).toEqual([{ status: 'SENT', n: 1000 }]);
    // Each message taken once, to its own person, even those whose first answer was lost (LINE's 409 on the retry key).
    expect(line.accepted).toHaveLength(1000);
    expect(new Set(line.accepted.map((m) => m.retryKey)).size).toBe(1000);
    expect(new Set(line.accepted.map((m) => m.to)).size).toBe(1000);
    expect(line.accepted.find((m) => m.to === lineUser(7))?.text).toContain('คำตอบของเรื่องที่ 7');
    // The failures did happen: about half of all requests failed (a third of the messages once, a third twice).
    const [{ retried }] = await db().query(`SELECT count(*)::int AS retried FROM ${SCHEMA}.notification WHERE attempts > 1`);
    expect(retried).toBeGreaterThan(550);
    expect(line.requests).toBeGreaterThan(1800);
  });

  it('sends SMS as ThaiBulkSMS documents it, and gives up at once on a number it refuses', async () => {
    line.plan = () => 'ok';
    sms.plan = (_n, attempt) => (attempt === 1 ? 500 : 'ok');
    const [repo] = repositories();
    const good = notice({
      channel: 'SMS',
      recipient: '+66 81 234 5678',
      subject: `ได้รับเรื่องของท่านแล้ว (SESAO-TEST) / We have received your case`.repeat(3),
    });
    const bad = notice({ channel: 'SMS', recipient: '000 000 0000' });
    await repo!.queue(null, [good, bad]);
    await drain();

    expect(sms.violations).toEqual([]);
    const sent = sms.accepted.filter((m) => m.msisdn === '0812345678');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.message.length).toBeLessThanOrEqual(140);
    expect(sent[0]!.message).toContain('SESAO-TEST');
    const states: { recipient: string; status: string; attempts: number; lastError: string | null }[] = await db().query(
      `SELECT recipient, status, attempts, last_error AS "lastError" FROM ${SCHEMA}.notification WHERE channel = 'SMS' ORDER BY recipient`,
    );
    expect(states.map((s) => [s.recipient, s.status, s.attempts])).toEqual([
      ['+66 81 234 5678', 'SENT', 2],
      ['000 000 0000', 'DEAD', 2],
    ]);
    expect(states[1]!.lastError).toMatch(/refused/);
  });

  it('puts a notice the provider keeps refusing on the dead-letter list after its last try, with the reason', async () => {
    line.plan = () => 500;
    const [repo] = repositories();
    const n = notice({ channel: 'LINE', recipient: lineUser(5000) });
    await repo!.queue(null, [n]);
    await drain();
    const [row] = await db().query(`SELECT status, attempts, last_error AS "lastError" FROM ${SCHEMA}.notification WHERE dedupe_key = $1`, [
      n.dedupeKey,
    ]);
    expect(row).toEqual({ status: 'DEAD', attempts: MAX_ATTEMPTS, lastError: expect.stringMatching(/LINE answered 500/) });
    expect(line.accepted.some((m) => m.to === lineUser(5000))).toBe(false);
  });
});
