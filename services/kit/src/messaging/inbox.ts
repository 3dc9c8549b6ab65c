import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import type { UnitMessage } from './message.js';

export type MessageHandler = (manager: EntityManager, message: UnitMessage) => Promise<void>;

export class UnknownMessageKind extends Error {}

/**
 * Receives messages exactly once in effect: the message id and the handler's
 * changes commit in one transaction, so a repeated delivery finds the id and
 * changes nothing, and a failed handler leaves no trace (the sender retries).
 */
export class Inbox {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: Record<string, MessageHandler>,
  ) {
    this.table = `${quoteIdent(unitSchemaOf(dataSource))}.inbox`;
  }

  async receive(message: UnitMessage): Promise<'accepted' | 'duplicate'> {
    const handler = this.handlers[message.kind];
    if (!handler) throw new UnknownMessageKind(message.kind);
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO ${this.table} (message_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING message_id`,
        [message.id, message.kind],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(manager, message);
      return 'accepted';
    });
  }
}
