import { quoteIdent, type DataSource, type EntityManager } from '@sesao28/kit';

export interface PlanItem {
  unitCode: string;
  topicTh: string;
  quarter: number;
}

export interface PlanRow {
  fiscalYear: number;
  activityId: string;
  items: PlanItem[];
  publishedAt: Date;
  updatedAt: Date;
}

/** The plan with its items, quarter first and then as given, in one statement. */
const PLAN = (s: string) => `SELECT p.fiscal_year AS "fiscalYear", p.activity_id AS "activityId", p.published_at AS "publishedAt",
    p.updated_at AS "updatedAt",
    (SELECT coalesce(json_agg(json_build_object('unitCode', i.unit_code, 'topicTh', i.topic_th, 'quarter', i.quarter)
       ORDER BY i.quarter, i.position), '[]') FROM ${s}.audit_plan_item i WHERE i.fiscal_year = p.fiscal_year) AS items
  FROM ${s}.audit_plan p WHERE p.fiscal_year = $1`;

/** Every query on the published audit plans. */
export class PlanRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  async get(fiscalYear: number, manager?: EntityManager): Promise<PlanRow | undefined> {
    const [row]: PlanRow[] = await (manager ?? this.dataSource).query(PLAN(this.s), [fiscalYear]);
    return row;
  }

  /** Waits for any other publishing of the same year to finish (until the transaction ends). */
  async lockYear(fiscalYear: number, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit_plan'), $1)`, [fiscalYear]);
  }

  async insertPlan(fiscalYear: number, activityId: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${this.s}.audit_plan (fiscal_year, activity_id) VALUES ($1, $2)`, [fiscalYear, activityId]);
  }

  /** The plan's topics become exactly these (in the caller's transaction). */
  async replaceItems(fiscalYear: number, items: readonly PlanItem[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.s}.audit_plan SET updated_at = now() WHERE fiscal_year = $1`, [fiscalYear]);
    await manager.query(`DELETE FROM ${this.s}.audit_plan_item WHERE fiscal_year = $1`, [fiscalYear]);
    await manager.query(
      `INSERT INTO ${this.s}.audit_plan_item (fiscal_year, position, unit_code, topic_th, quarter)
       SELECT $1, i.position, i.unit_code, i.topic_th, i.quarter
       FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS i (unit_code, topic_th, quarter, position)`,
      [fiscalYear, items.map((i) => i.unitCode), items.map((i) => i.topicTh), items.map((i) => i.quarter)],
    );
  }
}
