import {
  fiscalYearOf,
  fiscalYearRange,
  quoteIdent,
  unitSchemaOf,
  type Connection,
  type DataSource,
  type EntityManager,
  type PageRequest,
} from '@sesao28/kit';
import type { NewPlan } from './plan-text.js';
import type { PlanStatus } from './plan-rules.js';

export interface PlanRow {
  id: string;
  fiscalYear: number;
  titleTh: string;
  summaryTh: string;
  status: PlanStatus;
  activityId: string;
  draftId: string;
  voteId: string;
  inputHash: string;
  /** Added up in SQL, exactly. */
  budgetTotalBaht: number;
  adoptedAt: Date | null;
  createdAt: Date;
}

export interface PriorityRow {
  id: string;
  planId: string;
  position: number;
  titleTh: string;
  descriptionTh: string;
  budgetBaht: number;
  voteOptionId: string;
  finalRank: number | null;
}

export interface PriorityRankModel {
  rank: number;
  priority: PriorityRow;
  votes: number;
  share: number;
}

export type PlanConnectionModel = Connection<PlanRow>;

/** What the plan stands on, written just before it in the same transaction. */
export interface PlanLinks {
  activityId: string;
  draftId: string;
  voteId: string;
  /** The vote's options, in the priorities' order. */
  optionIds: string[];
}

/** A plan's columns, its budget total summed in SQL (`s`: the unit's schema). */
const planColumns = (s: string) => `p.id, p.fiscal_year AS "fiscalYear", p.title_th AS "titleTh", p.summary_th AS "summaryTh", p.status,
  p.activity_id AS "activityId", p.draft_id AS "draftId", p.vote_id AS "voteId", p.input_hash AS "inputHash",
  (SELECT coalesce(sum(x.budget_baht), 0)::float8 FROM ${s}.action_plan_priority x WHERE x.plan_id = p.id) AS "budgetTotalBaht",
  p.adopted_at AS "adoptedAt", p.created_at AS "createdAt"`;

const PRIORITY_COLUMNS = `r.id, r.plan_id AS "planId", r.position, r.title_th AS "titleTh", r.description_th AS "descriptionTh",
  r.budget_baht::float8 AS "budgetBaht", r.vote_option_id AS "voteOptionId", r.final_rank AS "finalRank"`;

/** A page cursor's moment for a plan: the start of its fiscal year (years are unique, so they order the pages). */
export const planCursorAt = (row: PlanRow) => fiscalYearRange(row.fiscalYear).from;

/** Annual action plans and their budget priorities. */
export class PlanRepository {
  private readonly s: string;
  private readonly columns: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
    this.columns = planColumns(this.s);
  }

  /** The plan and its priorities (each on its vote option), in the caller's transaction. */
  async insert(plan: NewPlan, links: PlanLinks, manager: EntityManager): Promise<PlanRow> {
    const [created]: { id: string }[] = await manager.query(
      `INSERT INTO ${this.s}.action_plan (fiscal_year, title_th, summary_th, activity_id, draft_id, vote_id, input_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [plan.fiscalYear, plan.titleTh, plan.summaryTh, links.activityId, links.draftId, links.voteId, plan.inputHash],
    );
    const priorities = plan.priorities.map((p, i) => ({
      ...p,
      budgetBaht: p.budgetBaht.toFixed(2),
      position: i + 1,
      optionId: links.optionIds[i],
    }));
    await manager.query(
      `INSERT INTO ${this.s}.action_plan_priority (plan_id, position, title_th, description_th, budget_baht, vote_option_id)
       SELECT $1, r.position, r."titleTh", r."descriptionTh", r."budgetBaht"::numeric, r."optionId"
       FROM jsonb_to_recordset($2::jsonb) AS r(position int, "titleTh" text, "descriptionTh" text, "budgetBaht" text, "optionId" uuid)`,
      [created!.id, JSON.stringify(priorities)],
    );
    return (await this.where('p.id = $1', [created!.id], manager))[0]!;
  }

  async byYear(fiscalYear: number): Promise<PlanRow | undefined> {
    return (await this.where('p.fiscal_year = $1', [fiscalYear]))[0];
  }

  /** Latest fiscal year first; one extra row tells whether a next page exists. */
  page(page: PageRequest): Promise<PlanRow[]> {
    const before = page.after ? fiscalYearOf(page.after.at) : null;
    return this.dataSource.query(
      `SELECT ${this.columns} FROM ${this.s}.action_plan p WHERE $1::int IS NULL OR p.fiscal_year < $1
       ORDER BY p.fiscal_year DESC LIMIT $2`,
      [before, page.first + 1],
    );
  }

  /** Priorities of many plans in one statement, in each plan's order. */
  prioritiesOf(planIds: readonly string[]): Promise<PriorityRow[]> {
    return this.dataSource.query(
      `SELECT ${PRIORITY_COLUMNS} FROM ${this.s}.action_plan_priority r WHERE r.plan_id = ANY($1::uuid[]) ORDER BY r.plan_id, r.position`,
      [planIds],
    );
  }

  /** The plan locked for its adoption: whether it is still OPEN (a plan is adopted once). */
  async lockOpen(id: string, manager: EntityManager): Promise<boolean> {
    const [row]: { status: PlanStatus }[] = await manager.query(`SELECT status FROM ${this.s}.action_plan WHERE id = $1 FOR UPDATE`, [id]);
    return row?.status === 'OPEN';
  }

  /** ADOPTED, with each priority's final place (given in order), in the caller's transaction (which holds the lock). */
  async adopt(id: string, priorityIdsInOrder: readonly string[], manager: EntityManager): Promise<PlanRow> {
    await manager.query(
      `UPDATE ${this.s}.action_plan_priority r SET final_rank = o.rank
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, rank) WHERE r.id = o.id AND r.plan_id = $1`,
      [id, priorityIdsInOrder],
    );
    await manager.query(`UPDATE ${this.s}.action_plan SET status = 'ADOPTED', adopted_at = now() WHERE id = $1`, [id]);
    return (await this.where('p.id = $1', [id], manager))[0]!;
  }

  private where(condition: string, params: unknown[], manager?: EntityManager): Promise<PlanRow[]> {
    return (manager ?? this.dataSource).query(`SELECT ${this.columns} FROM ${this.s}.action_plan p WHERE ${condition}`, params);
  }
}
