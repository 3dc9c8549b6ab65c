import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@sesao28/platform';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import type { PageRequest } from '../../pagination.js';

export interface AccessAuditRow {
  id: string;
  at: Date;
  actor: string;
  role: string;
  actorUnit: string | null;
  action: string;
  recordIds: string[];
  requestId: string | null;
}

/** The append-only log of staff reads of personal data (PDPA) and of their moderation acts. */
export class AuditRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** One row; in the caller's transaction when it gives its manager (a moderation act and its trace stand or fall together). */
  async record(
    who: Identity,
    action: string,
    recordIds: readonly string[],
    requestId: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<void> {
    if (recordIds.length === 0) return;
    await manager.query(
      `INSERT INTO ${this.s}.access_audit (actor, role, actor_unit, action, record_ids, request_id) VALUES ($1, $2, $3, $4, $5::uuid[], $6)`,
      [who.subject ?? 'unknown', who.role, who.unitCode, action, recordIds, requestId],
    );
  }

  page(page: PageRequest): Promise<AccessAuditRow[]> {
    return this.dataSource.query(
      `SELECT id, at, actor, role, actor_unit AS "actorUnit", action, record_ids AS "recordIds", request_id AS "requestId"
       FROM ${this.s}.access_audit
       WHERE $1::timestamptz IS NULL OR (at, id) < ($1, $2::uuid)
       ORDER BY at DESC, id DESC LIMIT $3`,
      [page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }
}
