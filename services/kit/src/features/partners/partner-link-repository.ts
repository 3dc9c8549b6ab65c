import type { DataSource, EntityManager } from 'typeorm';
import { ActivityEntity, type ActivityRow } from '../../db/entities.js';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';

/** A partner named on one of the unit's activities. */
export interface ActivityPartnerRow {
  activityId: string;
  partnerId: string;
  roleTh: string;
}

/** One of a partner's activities, with the activity's row (read in the same statement). */
export interface PartnerActivityRow extends ActivityPartnerRow {
  activity: ActivityRow;
}

const COLUMNS = `ap.activity_id AS "activityId", ap.partner_id AS "partnerId", ap.role_th AS "roleTh"`;

/** Every query on the partners named on a unit's activities (the partners themselves live in Administration). */
export class PartnerLinkRepository {
  private readonly s: string;
  private columns?: { sql: string; property: string }[];

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The activity's columns as the entity reads them (its metadata, built when the DataSource starts). */
  private get activityColumns() {
    this.columns ??= this.dataSource
      .getMetadata(ActivityEntity)
      .columns.filter((c) => c.isSelect)
      .map((c) => ({ sql: `a.${quoteIdent(c.databaseName)} AS ${quoteIdent(`a.${c.propertyName}`)}`, property: c.propertyName }));
    return this.columns;
  }

  /** Names the partner on the activity, or changes its role there; null when the activity does not exist. */
  async link(activityId: string, partnerId: string, roleTh: string, manager?: EntityManager): Promise<ActivityPartnerRow | null> {
    const rows: ActivityPartnerRow[] = await (manager ?? this.dataSource).query(
      `INSERT INTO ${this.s}.activity_partner AS ap (activity_id, partner_id, role_th)
       SELECT a.id, $2, $3 FROM ${this.s}.activity a WHERE a.id = $1
       ON CONFLICT (activity_id, partner_id) DO UPDATE SET role_th = EXCLUDED.role_th
       RETURNING ${COLUMNS}`,
      [activityId, partnerId, roleTh],
    );
    return rows[0] ?? null;
  }

  /** The partners of each activity, in the order they were named. */
  ofActivities(activityIds: readonly string[]): Promise<ActivityPartnerRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.activity_partner ap WHERE ap.activity_id = ANY($1::uuid[]) ORDER BY ap.ctid`,
      [activityIds],
    );
  }

  /**
   * The activities of each partner, newest start first, with the activities themselves: the join
   * that orders them reads their columns too, so a partner's history is one statement per unit.
   */
  async ofPartners(partnerIds: readonly string[]): Promise<PartnerActivityRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, ${this.activityColumns.map((c) => c.sql).join(', ')}
       FROM ${this.s}.activity_partner ap JOIN ${this.s}.activity a ON a.id = ap.activity_id
       WHERE ap.partner_id = ANY($1::uuid[]) ORDER BY a.starts_at DESC, a.id DESC`,
      [partnerIds],
    );
    return rows.map((row) => ({
      activityId: row.activityId as string,
      partnerId: row.partnerId as string,
      roleTh: row.roleTh as string,
      activity: Object.fromEntries(this.activityColumns.map((c) => [c.property, row[`a.${c.property}`]])) as unknown as ActivityRow,
    }));
  }
}
