import { connectAndMigrate, createUnitDataSource, Inbox, Outbox, type UnitDatabase, type UnitMessage } from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The outbox and inbox over a real PostgreSQL, with a transport that fails the way
 * networks do: a receiver that breaks mid-batch, and answers that get lost after the
 * receiver already took the messages.
 */
describe('outbox and inbox: every message takes effect once, in order', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sender: UnitDatabase;
  let receiver: UnitDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    sender = createUnitDataSource({ databaseUrl: database.url, schemaName: 'unit_sender', poolSize: 2 });
    receiver = createUnitDataSource({ databaseUrl: database.url, schemaName: 'unit_receiver', poolSize: 2 });
    await connectAndMigrate(sender);
    await connectAndMigrate(receiver);
  });
  afterAll(async () => {
    await sender?.dataSource.destroy();
    await receiver?.dataSource.destroy();
    await database?.drop();
  });

  it('delivers 120 messages exactly once through failures and lost answers', async () => {
    let failOnce = new Set(['note-17', 'note-80']);
    const inbox = new Inbox(receiver.dataSource, {
      'test.note': async (manager, message) => {
        const { text } = message.payload as { text: string };
        if (failOnce.delete(text)) throw new Error(`receiver broke on ${text}`);
        await manager.query(`INSERT INTO unit_receiver.answer_template (title_th, body_th) VALUES ($1, $2)`, [text, message.id]);
      },
    });
    let sends = 0;
    const transport = async (messages: UnitMessage[]) => {
      sends += 1;
      let confirmed = 0;
      for (const message of messages) {
        try {
          await inbox.receive(message);
          confirmed += 1;
        } catch {
          break;
        }
      }
      // Every third answer is lost on the way back: the sender must send again, the receiver must ignore it.
      if (sends % 3 === 0) throw new Error('connection reset');
      return confirmed;
    };
    const outbox = new Outbox(sender.dataSource, 'SENDER', transport, { intervalMs: 10_000 });
    await sender.dataSource.transaction((manager) =>
      outbox.enqueue(
        manager,
        Array.from({ length: 120 }, (_, i) => ({ to: 'RECEIVER', kind: 'test.note', payload: { text: `note-${i}` } })),
      ),
    );
    outbox.start();
    for (let round = 0; round < 200 && (await outbox.pending()) > 0; round++) {
      await sender.dataSource.query(`UPDATE unit_sender.outbox SET next_attempt_at = now()`); // skip the backoff wait
      await outbox.drain();
    }
    await outbox.stop();
    expect(await outbox.pending()).toBe(0);
    expect(failOnce.size).toBe(0);
    const taken: { title_th: string }[] = await receiver.dataSource.query(
      `SELECT title_th FROM unit_receiver.answer_template ORDER BY created_at, title_th`,
    );
    expect(taken).toHaveLength(120);
    expect(new Set(taken.map((r) => r.title_th)).size).toBe(120);
    const [inboxRows] = await receiver.dataSource.query(`SELECT count(*)::int AS n FROM unit_receiver.inbox`);
    expect(inboxRows.n).toBe(120);
    expect(sends).toBeGreaterThan(3);
    failOnce = new Set();
  });

  it('keeps a message when the change that caused it rolls back, and only then', async () => {
    const outbox = new Outbox(sender.dataSource, 'SENDER', async () => 0, { intervalMs: 10_000 });
    const before = await outbox.pending();
    await expect(
      sender.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, [{ to: 'RECEIVER', kind: 'test.note', payload: { text: 'never' } }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox.pending()).toBe(before);
  });

  it('lets two replicas of a unit share one outbox: each message sent once, never two passes at once', async () => {
    // A second process of the same unit: its own pool on the same schema.
    const replica = createUnitDataSource({ databaseUrl: database.url, schemaName: 'unit_sender', poolSize: 2 });
    await replica.dataSource.initialize();
    const sent = new Map<string, number>();
    let inFlight = 0;
    let mostAtOnce = 0;
    // A slow receiver: a pass takes a while, so the two replicas' passes would overlap without the claim.
    const transport = async (messages: UnitMessage[]) => {
      inFlight += 1;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const m of messages) sent.set(m.id, (sent.get(m.id) ?? 0) + 1);
      inFlight -= 1;
      return messages.length;
    };
    const first = new Outbox(sender.dataSource, 'SENDER', transport, { intervalMs: 10_000 });
    const second = new Outbox(replica.dataSource, 'SENDER', transport, { intervalMs: 10_000 });
    await sender.dataSource.transaction((manager) =>
      first.enqueue(
        manager,
        Array.from({ length: 300 }, (_, i) => ({ to: `RECEIVER_${i % 3}`, kind: 'test.note', payload: { text: `replica-${i}` } })),
      ),
    );
    first.start();
    second.start();
    for (let round = 0; round < 50 && (await first.pending()) > 0; round++) {
      const passes = await Promise.all([first.drain(), second.drain(), first.drain(), second.drain()]);
      expect(passes.filter((n) => n > 0).length).toBeLessThanOrEqual(1);
    }
    await first.stop();
    await second.stop();
    await replica.dataSource.destroy();
    expect(await first.pending()).toBe(0);
    expect(sent.size).toBe(300);
    expect([...sent.values()].every((n) => n === 1)).toBe(true);
    // Three destinations are sent to side by side within one pass, never by two passes at once.
    expect(mostAtOnce).toBeLessThanOrEqual(3);
  });
});
