import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdent } from '../../db/sql.js';
import type { UnitManifest } from '../../unit-manifest.js';
import type { UnitMessage } from '../../messaging/message.js';
import type { Outbox } from '../../messaging/outbox.js';

/** A data subject asked for erasure (PDPA): the case's text goes, its facts stay. */
export const CASE_ERASE = 'case.erase';

export interface CaseErasePayload {
  caseId: string;
}

/** What stands where a person's words were. */
export const ERASED_TEXT = '[ลบตามคำขอของเจ้าของข้อมูล — erased at the data subject’s request]';

/**
 * Anonymises a case's text wherever this unit holds it (its own case, or the copy it
 * kept when it transferred the case), and passes the request on to every earlier
 * holder. Category, channel, status and timestamps stay, so statistics do not change.
 */
export function erasureHandler(unit: UnitManifest, outbox: Outbox) {
  return async (manager: EntityManager, message: UnitMessage): Promise<void> => {
    const { caseId } = message.payload as CaseErasePayload;
    await eraseHere(manager, unit, outbox, caseId);
  };
}

/**
 * Erases a case here and tells its earlier holders. A case that has not arrived yet (its
 * transfer still on the way) leaves a tombstone, so the delivery that brings it erases it then.
 */
async function eraseHere(manager: EntityManager, unit: UnitManifest, outbox: Outbox, caseId: string): Promise<void> {
  const s = quoteIdent(unit.schemaName);
  const [held] = await manager.query(`SELECT 1 FROM ${s}.feedback WHERE id = $1`, [caseId]);
  if (!held) {
    await manager.query(`INSERT INTO ${s}.erased_case (case_id) VALUES ($1) ON CONFLICT DO NOTHING`, [caseId]);
    return;
  }
  // Already erased here: the request has been passed on before, so it stops (no ping-pong).
  if ((await anonymise(manager, s, 'id = $1', [caseId])) === 0) return;
  await scrubMessagesInFlight(manager, s, caseId);
  const earlier: { unit_code: string }[] = await manager.query(
    `SELECT DISTINCT unit_code FROM ${s}.case_event WHERE feedback_id = $1 AND unit_code <> $2`,
    [caseId, unit.code],
  );
  await outbox.enqueue(
    manager,
    earlier.map(({ unit_code }) => ({ to: unit_code, kind: CASE_ERASE, payload: { caseId } })),
  );
}

/**
 * Messages about the case still waiting in this unit's outbox (a tracking update, a transfer) carry
 * its texts: they leave without them, and no longer public, so nothing erased is written anew elsewhere.
 */
async function scrubMessagesInFlight(manager: EntityManager, s: string, caseId: string): Promise<void> {
  const keep = (key: string, value: string) =>
    `CASE WHEN payload ? '${key}' THEN jsonb_build_object('${key}', ${value}) ELSE '{}'::jsonb END`;
  await manager.query(
    `WITH scrubbed AS (
       UPDATE ${s}.outbox SET payload = payload
         || ${keep('message', '$2::text')} || ${keep('note', 'null')} || ${keep('answer', 'null')}
         || ${keep('answerEn', 'null')} || ${keep('rejectedReason', 'null')} || ${keep('isPublic', 'false')}
         || ${keep('history', `(SELECT coalesce(jsonb_agg(CASE WHEN h ? 'note' THEN h || '{"note": null}'::jsonb ELSE h END), '[]'::jsonb) FROM jsonb_array_elements(payload->'history') h)`)}
       WHERE delivered_at IS NULL AND kind <> $3 AND payload->>'caseId' = $1 RETURNING 1
     ) SELECT count(*) FROM scrubbed`,
    [caseId, ERASED_TEXT, CASE_ERASE],
  );
}

/** On a case's delivery: erased before it arrived, it is erased now (and so are its earlier holders' copies). */
export async function eraseIfErasedBefore(manager: EntityManager, unit: UnitManifest, outbox: Outbox, caseId: string): Promise<void> {
  const s = quoteIdent(unit.schemaName);
  const tombstone: unknown[] = await manager.query(
    `WITH gone AS (DELETE FROM ${s}.erased_case WHERE case_id = $1 RETURNING 1) SELECT * FROM gone`,
    [caseId],
  );
  if (tombstone.length > 0) await eraseHere(manager, unit, outbox, caseId);
}

async function anonymise(manager: EntityManager | DataSource, s: string, where: string, params: unknown[]): Promise<number> {
  const rows: unknown[] = await manager.query(
    `WITH gone AS (
       UPDATE ${s}.feedback SET message = $${params.length + 1}, answer = NULL, answer_en = NULL, rejected_reason = NULL,
         is_public = false, search_text = NULL, erased_at = now(), updated_at = now()
       WHERE ${where} AND erased_at IS NULL RETURNING id
     ), notes AS (
       UPDATE ${s}.case_event SET note = NULL WHERE feedback_id IN (SELECT id FROM gone)
     )
     SELECT id FROM gone`,
    [...params, ERASED_TEXT],
  );
  return rows.length;
}

/**
 * Retention: a case's text is kept for `days` after the case ended (answered, closed or
 * rejected), or, in a unit that handed it on, after it left (the copy it keeps ends there),
 * then anonymised like an erasure. Returns how many cases were anonymised.
 */
export function anonymiseExpiredCases(dataSource: DataSource, unit: UnitManifest, days: number, now = new Date()): Promise<number> {
  const s = quoteIdent(unit.schemaName);
  const cutoff = `$1::timestamptz - ($2::int * interval '1 day')`;
  return anonymise(
    dataSource,
    s,
    `(coalesce(closed_at, answered_at) < ${cutoff}
      OR (transferred_to IS NOT NULL
          AND (SELECT max(e.at) FROM ${s}.case_event e WHERE e.feedback_id = feedback.id AND e.kind = 'TRANSFERRED_OUT') < ${cutoff}))`,
    [now, days],
  );
}
