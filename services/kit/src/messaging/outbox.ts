import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import type { Logger } from '@sesao28/platform';
import type { UnitMessage } from './message.js';

export interface OutgoingMessage {
  to: string;
  kind: string;
  payload: unknown;
  /** Give a stable id when the same message may be written twice (it then is written once). */
  id?: string;
}

interface PendingRow {
  id: string;
  destination: string;
  kind: string;
  payload: unknown;
  attempts: number;
}

const BATCH = 200;
/** Messages per request to one receiver. */
const SEND_BATCH = 50;
/** Marks the dispatcher's own statements, which no request causes (see StatementCounter). */
export const BACKGROUND = '/* background */ ';
const MAX_BACKOFF_MS = 30_000;

/**
 * The transactional outbox: a message is written in the same transaction as the
 * change that causes it, so either both happen or neither does; a dispatcher then
 * delivers it until the receiver confirms. Per destination, messages leave in the
 * order they were written, and a failed one holds back the ones behind it.
 */
export class Outbox {
  private readonly table: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitCode: string,
    /** Delivers messages in order; resolves with how many the receiver confirmed (a prefix). */
    private readonly send: (messages: UnitMessage[]) => Promise<number>,
    private readonly options: { intervalMs: number; logger?: Logger },
  ) {
    this.table = `${quoteIdent(unitSchemaOf(dataSource))}.outbox`;
  }

  /** Writes messages inside the caller's transaction. */
  async enqueue(manager: EntityManager, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const values: unknown[] = [];
    const rows = messages.map((m, i) => {
      values.push(m.id ?? randomUUID(), m.to, m.kind, JSON.stringify(m.payload));
      return `($${i * 4 + 1}::uuid, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}::jsonb)`;
    });
    await manager.query(
      `INSERT INTO ${this.table} (id, destination, kind, payload) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`,
      values,
    );
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.intervalMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Delivers what is due now; called after each write and on every tick. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.options.logger?.warn({ err: error }, 'outbox pass failed; will retry'))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * One pass over due messages. Resolves with the number delivered. Several replicas of a unit
   * share its outbox: a session advisory lock on the table lets one pass run at a time across them
   * (the others skip this tick), so no message is sent twice at once or out of its order.
   */
  async drain(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [claim]: { locked: boolean }[] = await runner.query(`${BACKGROUND}SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        this.table,
      ]);
      if (!claim?.locked) return 0;
      try {
        return await this.drainPass();
      } finally {
        await runner.query(`${BACKGROUND}SELECT pg_advisory_unlock(hashtext($1))`, [this.table]);
      }
    } finally {
      await runner.release();
    }
  }

  private async drainPass(): Promise<number> {
    const due: PendingRow[] = await this.dataSource.query(
      `${BACKGROUND}SELECT id, destination, kind, payload, attempts FROM ${this.table}
       WHERE delivered_at IS NULL ORDER BY seq LIMIT ${BATCH}`,
    );
    const byDestination = new Map<string, PendingRow[]>();
    for (const row of due) byDestination.set(row.destination, [...(byDestination.get(row.destination) ?? []), row]);
    const delivered = await Promise.all([...byDestination.values()].map((rows) => this.deliverInOrder(rows)));
    return delivered.reduce((a, b) => a + b, 0);
  }

  /** Number of messages not yet confirmed by their receiver. */
  async pending(): Promise<number> {
    const [row] = await this.dataSource.query(`${BACKGROUND}SELECT count(*)::int AS n FROM ${this.table} WHERE delivered_at IS NULL`);
    return row.n;
  }

  private async deliverInOrder(rows: PendingRow[]): Promise<number> {
    let delivered = 0;
    const [first] = rows;
    // A destination that failed recently waits out its backoff before the next try.
    if (first && first.attempts > 0) {
      const [wait] = await this.dataSource.query(
        `${BACKGROUND}SELECT next_attempt_at > now() AS waiting FROM ${this.table} WHERE id = $1`,
        [first.id],
      );
      if (wait?.waiting) return 0;
    }
    for (let start = 0; start < rows.length && !this.stopped; start += SEND_BATCH) {
      const chunk = rows.slice(start, start + SEND_BATCH);
      let confirmed = 0;
      let failure: unknown = null;
      try {
        confirmed = await this.send(
          chunk.map((row) => ({ id: row.id, kind: row.kind, from: this.unitCode, to: row.destination, payload: row.payload })),
        );
      } catch (error) {
        failure = error;
      }
      // A delivered message keeps no payload: case texts live only with their unit (PDPA).
      if (confirmed > 0) {
        await this.dataSource.query(
          `${BACKGROUND}UPDATE ${this.table} SET delivered_at = now(), last_error = NULL, payload = '{}' WHERE id = ANY($1::uuid[])`,
          [chunk.slice(0, confirmed).map((row) => row.id)],
        );
        delivered += confirmed;
      }
      if (confirmed < chunk.length) {
        const stuck = chunk[confirmed]!;
        const backoff = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(stuck.attempts, 10));
        const reason = failure ? String((failure as Error).message ?? failure) : 'receiver stopped before this message';
        await this.dataSource.query(
          `${BACKGROUND}UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + ($3::int * interval '1 millisecond') WHERE id = $1`,
          [stuck.id, reason.slice(0, 500), backoff],
        );
        break;
      }
    }
    return delivered;
  }
}
