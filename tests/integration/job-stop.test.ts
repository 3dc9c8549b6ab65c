import { createUnitServer, loadConfig, type UnitServer } from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import { unitRegistry } from '@sesao28/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startSmtpMailbox, type SmtpMailbox } from '../support/smtp-mailbox.js';

/**
 * A replica that stops (a rolling update, a scale-down) while one of its jobs is at work finishes
 * that work first: a notice whose e-mail went out is marked sent, so no other replica sends it again.
 */
describe('a unit stopping while its notices job sends', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let mailbox: SmtpMailbox;
  let server: UnitServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await startSmtpMailbox();
  });
  afterAll(async () => {
    await mailbox?.close();
    await database?.drop();
  });

  it('marks the notice it was sending as sent before it lets go of the database', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_URL: mailbox.url, NOTIFY_INTERVAL_MS: '50' });
    const unit = unitRegistry.find((u) => u.manifest.code === 'FINANCE')!;
    server = createUnitServer(unit, { config, databaseUrl: database.url });
    await server.start();
    mailbox.delayMs = 1500;
    await server.services.notifications.queue(null, [
      {
        dedupeKey: 'stop-test:1',
        caseId: null,
        kind: 'ANSWERED',
        audience: 'SUBMITTER',
        channel: 'EMAIL',
        recipient: 'person@example.org',
        subject: 'หน่วยงานตอบเรื่องแล้ว / answered',
        body: 'คำตอบ',
      },
    ]);
    await eventually(async () => mailbox.receiving > 0, 15_000, 20);
    await server.stop();
    expect(mailbox.mails).toHaveLength(1);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT status FROM ${unit.manifest.schemaName}.notification WHERE dedupe_key = 'stop-test:1'`);
      expect(rows).toEqual([{ status: 'SENT' }]);
    } finally {
      await db.end();
    }
  });
});
