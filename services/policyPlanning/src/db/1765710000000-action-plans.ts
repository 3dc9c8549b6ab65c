import {
  LIMITS,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  quoteIdent,
  sqlList,
  unitSchemaOf,
  type MigrationInterface,
  type QueryRunner,
} from '@sesao28/kit';
import {
  BUDGET_PRECISION,
  MAX_PRIORITY_BAHT,
  PLAN_STATUSES,
  PLAN_SUMMARY_MAX,
  PRIORITY_COUNT,
  PRIORITY_DESCRIPTION_MAX,
  PRIORITY_TITLE_MAX,
} from '../action-plans/plan-rules.js';

/**
 * Annual action plans (one per fiscal year) and their budget priorities. A plan stands on
 * the kit's draft (comments) and vote (priorities) of this unit; each priority is one of
 * the vote's options.
 */
export class ActionPlans1765710000000 implements MigrationInterface {
  name = 'ActionPlans1765710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fiscal_year int NOT NULL UNIQUE CHECK (fiscal_year BETWEEN ${MIN_FISCAL_YEAR} AND ${MAX_FISCAL_YEAR}),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND ${LIMITS.title}),
        summary_th text NOT NULL CHECK (length(summary_th) BETWEEN 1 AND ${PLAN_SUMMARY_MAX}),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        draft_id uuid NOT NULL UNIQUE REFERENCES ${s}.draft (id),
        vote_id uuid NOT NULL UNIQUE REFERENCES ${s}.vote (id),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${sqlList(PLAN_STATUSES)})),
        input_hash text NOT NULL,
        adopted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ADOPTED') = (adopted_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.action_plan_priority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES ${s}.action_plan (id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position BETWEEN 1 AND ${PRIORITY_COUNT.max}),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND ${PRIORITY_TITLE_MAX}),
        description_th text NOT NULL CHECK (length(description_th) BETWEEN 1 AND ${PRIORITY_DESCRIPTION_MAX}),
        budget_baht numeric(${BUDGET_PRECISION}, 2) NOT NULL CHECK (budget_baht BETWEEN 0 AND ${MAX_PRIORITY_BAHT}),
        vote_option_id uuid NOT NULL UNIQUE REFERENCES ${s}.vote_option (id),
        final_rank int CHECK (final_rank BETWEEN 1 AND ${PRIORITY_COUNT.max}),
        UNIQUE (plan_id, position),
        UNIQUE (plan_id, final_rank)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.action_plan_priority`);
    await queryRunner.query(`DROP TABLE ${s}.action_plan`);
  }
}
