import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import { PlatformError } from '../../errors.js';
import type { ContributionKind, ModerationStatus, ReportReason } from './kinds.js';
import { type PageRequest } from '../../pagination.js';

/** Where a contribution stands, for everyone who reads it. */
export interface ModerationState {
  status: ModerationStatus;
  hiddenReason: string | null;
}

export interface ContributionReportRow {
  id: string;
  kind: ContributionKind;
  contributionId: string;
  reason: ReportReason;
  reportedAt: Date;
}

export interface NewReport {
  kind: ContributionKind;
  contributionId: string;
  reason: ReportReason;
  note: string | null;
  /** One per person (signed in) or per retry key (anonymous): a repeated report does not count again. */
  reporterKey: string;
}

/** A contribution in the unit's moderation queue, with its own text. */
export interface ModerationItemRow {
  kind: ContributionKind;
  id: string;
  status: ModerationStatus;
  text: string;
  authorName: string | null;
  contextTh: string | null;
  contextId: string | null;
  contributedAt: Date;
  openReports: number;
  reportsTotal: number;
  reasons: { reason: ReportReason; count: number }[];
  reportNotes: string[];
  hiddenReason: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  updatedAt: Date;
}

/** A decision on a contribution: what it changes, and which contributions it applies to. */
export type ModerationDecision = 'HIDE' | 'RESTORE' | 'APPROVE';

/** The table of each kind, and which of its rows everyone can read (and so report). */
const SOURCES: Record<ContributionKind, { table: string; published: string }> = {
  CONSULTATION_COMMENT: { table: 'consultation_comment', published: 'true' },
  DRAFT_SUGGESTION: { table: 'draft_suggestion', published: 'true' },
  INITIATIVE: { table: 'initiative', published: 'true' },
  PUBLIC_FEEDBACK: { table: 'feedback', published: 'x.is_public AND x.erased_at IS NULL AND x.transferred_to IS NULL' },
};

/** A contribution of `kind` (its id in `idColumn`) is not in this moderation state. */
const notIn = (schema: string, status: ModerationStatus, kind: ContributionKind, idColumn: string) =>
  `NOT EXISTS (SELECT 1 FROM ${schema}.contribution_moderation moderated
    WHERE moderated.kind = '${kind}' AND moderated.contribution_id = ${idColumn} AND moderated.status = '${status}')`;

/** Keeps held contributions out of a public list or count: they show once the unit approves them. */
export const notHeld = (schema: string, kind: ContributionKind, idColumn: string) => notIn(schema, 'HELD', kind, idColumn);

/** Keeps hidden contributions out of what quotes their text beside others' (search). */
export const notHidden = (schema: string, kind: ContributionKind, idColumn: string) => notIn(schema, 'HIDDEN', kind, idColumn);

/** Waiting for a decision: held, or reported since the unit last decided. */
const WAITING = `(m.status = 'HELD' OR (m.status = 'VISIBLE' AND m.open_reports > 0))`;

/** Every public contribution's row in the queue with its own text, whatever its kind. */
const ITEM_COLUMNS = `m.kind, m.contribution_id AS id, m.status, m.hidden_reason AS "hiddenReason",
  m.open_reports AS "openReports", m.reports_total AS "reportsTotal", m.decided_at AS "decidedAt",
  m.decided_by AS "decidedBy", m.updated_at AS "updatedAt",
  COALESCE(k.body, g.body, i.title_th || E'\\n\\n' || i.body_th, f.message, '') AS text,
  COALESCE(k.author_name, g.author_name, i.group_name) AS "authorName",
  COALESCE(c.title_th, d.title_th, i.title_th, f.category) AS "contextTh",
  COALESCE(k.consultation_id, g.draft_id) AS "contextId",
  COALESCE(k.created_at, g.created_at, i.proposed_at, f.received_at, m.updated_at) AS "contributedAt",
  COALESCE((SELECT json_agg(json_build_object('reason', r.reason, 'count', r.n) ORDER BY r.n DESC, r.reason)
    FROM (SELECT reason, count(*)::int AS n FROM %S.contribution_report
          WHERE kind = m.kind AND contribution_id = m.contribution_id GROUP BY reason) r), '[]') AS reasons,
  ARRAY(SELECT note FROM %S.contribution_report
    WHERE kind = m.kind AND contribution_id = m.contribution_id AND note IS NOT NULL
    ORDER BY reported_at DESC LIMIT 20) AS "reportNotes"`;

const itemFrom = (s: string) => `${s}.contribution_moderation m
  LEFT JOIN ${s}.consultation_comment k ON m.kind = 'CONSULTATION_COMMENT' AND k.id = m.contribution_id
  LEFT JOIN ${s}.consultation c ON c.id = k.consultation_id
  LEFT JOIN ${s}.draft_suggestion g ON m.kind = 'DRAFT_SUGGESTION' AND g.id = m.contribution_id
  LEFT JOIN ${s}.draft d ON d.id = g.draft_id
  LEFT JOIN ${s}.initiative i ON m.kind = 'INITIATIVE' AND i.id = m.contribution_id
  LEFT JOIN ${s}.feedback f ON m.kind = 'PUBLIC_FEEDBACK' AND f.id = m.contribution_id`;

/** The change each decision makes, and the state it applies to (anything else is refused). */
const DECISIONS: Record<ModerationDecision, { set: string; from: string }> = {
  HIDE: { set: `status = 'HIDDEN', hidden_reason = $4, open_reports = 0`, from: 'true' },
  RESTORE: { set: `status = 'VISIBLE', hidden_reason = NULL, open_reports = 0`, from: `m.status = 'HIDDEN'` },
  APPROVE: { set: `status = 'VISIBLE', open_reports = 0`, from: WAITING },
};

/** Reports on the unit's public contributions, and the unit's decisions on them. */
export class ModerationRepository {
  private readonly s: string;
  private readonly itemColumns: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
    this.itemColumns = ITEM_COLUMNS.replaceAll('%S', this.s);
  }

  /** Where each contribution stands, keyed "KIND:id"; a contribution nobody reported or held has no entry (VISIBLE). */
  async statesOf(keys: readonly string[]): Promise<Map<string, ModerationState>> {
    const kinds = keys.map((key) => key.slice(0, key.indexOf(':')));
    const ids = keys.map((key) => key.slice(key.indexOf(':') + 1));
    const rows: (ModerationState & { key: string })[] = await this.dataSource.query(
      `SELECT m.kind || ':' || m.contribution_id AS key, m.status, m.hidden_reason AS "hiddenReason"
       FROM ${this.s}.contribution_moderation m
       JOIN unnest($1::text[], $2::uuid[]) AS wanted (kind, id) ON wanted.kind = m.kind AND wanted.id = m.contribution_id`,
      [kinds, ids],
    );
    return new Map(rows.map(({ key, ...state }) => [key, state]));
  }

  /**
   * A report on a contribution everyone can read (a held one is not). The same reporter again
   * gets their first report back and adds nothing: the unit's count is of people, not clicks.
   */
  async report(values: NewReport): Promise<ContributionReportRow> {
    const { kind, contributionId } = values;
    const source = SOURCES[kind];
    const notFound = () => new PlatformError('CONTRIBUTION_NOT_FOUND', {}, 'id');
    if (!isUuid(contributionId)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const [published]: unknown[] = await manager.query(
        `SELECT 1 FROM ${this.s}.${source.table} x WHERE x.id = $1 AND ${source.published} AND ${notHeld(this.s, kind, 'x.id')}`,
        [contributionId],
      );
      if (!published) throw notFound();
      await manager.query(`INSERT INTO ${this.s}.contribution_moderation (kind, contribution_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        kind,
        contributionId,
      ]);
      const columns = `id, kind, contribution_id AS "contributionId", reason, reported_at AS "reportedAt"`;
      const [fresh]: ContributionReportRow[] = await manager.query(
        `INSERT INTO ${this.s}.contribution_report (kind, contribution_id, reason, note, reporter_key) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (kind, contribution_id, reporter_key) DO NOTHING RETURNING ${columns}`,
        [kind, contributionId, values.reason, values.note, values.reporterKey],
      );
      if (fresh) {
        await manager.query(
          `UPDATE ${this.s}.contribution_moderation SET open_reports = open_reports + 1, reports_total = reports_total + 1, updated_at = now()
           WHERE kind = $1 AND contribution_id = $2`,
          [kind, contributionId],
        );
        return fresh;
      }
      const [first]: ContributionReportRow[] = await manager.query(
        `SELECT ${columns} FROM ${this.s}.contribution_report WHERE kind = $1 AND contribution_id = $2 AND reporter_key = $3`,
        [kind, contributionId, values.reporterKey],
      );
      return first!;
    });
  }

  /**
   * Hides, restores or approves a contribution, in the caller's transaction (with its audit row).
   * Hiding needs no report first: the unit may hide anything it publishes.
   */
  async decide(
    manager: EntityManager,
    decision: ModerationDecision,
    kind: ContributionKind,
    id: string,
    decidedBy: string,
    hiddenReason: string | null = null,
  ): Promise<void> {
    const source = SOURCES[kind];
    if (!isUuid(id)) throw new PlatformError('CONTRIBUTION_NOT_FOUND', {}, 'id');
    const [exists]: unknown[] = await manager.query(`SELECT 1 FROM ${this.s}.${source.table} x WHERE x.id = $1 AND ${source.published}`, [
      id,
    ]);
    if (!exists) throw new PlatformError('CONTRIBUTION_NOT_FOUND', {}, 'id');
    if (decision === 'HIDE') {
      await manager.query(`INSERT INTO ${this.s}.contribution_moderation (kind, contribution_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        kind,
        id,
      ]);
    }
    const { set, from } = DECISIONS[decision];
    const [changed]: unknown[] = await manager.query(
      `WITH changed AS (
         UPDATE ${this.s}.contribution_moderation m SET ${set}, decided_at = now(), decided_by = $3, updated_at = now()
         WHERE m.kind = $1 AND m.contribution_id = $2 AND ${from} RETURNING 1
       ) SELECT * FROM changed`,
      decision === 'HIDE' ? [kind, id, decidedBy, hiddenReason] : [kind, id, decidedBy],
    );
    if (!changed) throw new PlatformError(decision === 'RESTORE' ? 'MODERATION_NOT_HIDDEN' : 'MODERATION_NOTHING_TO_APPROVE', {}, 'id');
  }

  /** One contribution as the queue shows it, or null when nobody reported, held or hid it. */
  async item(kind: ContributionKind, id: string, manager: EntityManager | DataSource = this.dataSource): Promise<ModerationItemRow | null> {
    const [row]: ModerationItemRow[] = await manager.query(
      `SELECT ${this.itemColumns} FROM ${itemFrom(this.s)} WHERE m.kind = $1 AND m.contribution_id = $2`,
      [kind, id],
    );
    return row ?? null;
  }

  /**
   * The queue, latest report, hold or decision first: without a status, what waits for a decision
   * (held, or reported since the last one); with one, every contribution in that state.
   */
  queue(status: ModerationStatus | null, page: PageRequest): Promise<ModerationItemRow[]> {
    const which = status ? `m.status = $1` : `($1::text IS NULL AND ${WAITING})`;
    return this.dataSource.query(
      `SELECT ${this.itemColumns} FROM ${itemFrom(this.s)}
       WHERE ${which} AND ($2::timestamptz IS NULL OR (m.updated_at, m.contribution_id) < ($2, $3::uuid))
       ORDER BY m.updated_at DESC, m.contribution_id DESC LIMIT $4`,
      [status, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }
}
