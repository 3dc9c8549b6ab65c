import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DRAFT_KINDS, MAX_DECISION_PARTICIPANTS, SUGGESTION_RESPONSES } from '../draft-input.js';
import { quoteIdent, sqlList, unitSchemaOf } from '../../../db/sql.js';

/**
 * Measure 3 of the announcement, "involve": drafts a unit publishes for suggestions (each
 * on its INVOLVE activity), the unit's response to every suggestion, and the joint decision
 * with the people who took part in it.
 */
export class InvolveDrafts1765200000000 implements MigrationInterface {
  name = 'InvolveDrafts1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.draft (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        kind text NOT NULL CHECK (kind IN (${sqlList(DRAFT_KINDS)})),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        title_en text CHECK (length(title_en) <= 300),
        body_th text NOT NULL CHECK (length(body_th) BETWEEN 1 AND 20000),
        body_en text CHECK (length(body_en) <= 20000),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        decision_th text CHECK (length(decision_th) BETWEEN 1 AND 10000),
        decision_en text CHECK (length(decision_en) <= 10000),
        final_text_th text CHECK (length(final_text_th) BETWEEN 1 AND 20000),
        decided_at timestamptz,
        decided_by text CHECK (length(decided_by) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at),
        CHECK (num_nulls(decision_th, final_text_th, decided_at, decided_by) IN (0, 4)),
        CHECK (decided_at IS NULL OR decided_at >= closes_at)
      )`);
    await queryRunner.query(`CREATE INDEX draft_page_idx ON ${s}.draft (opens_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX draft_activity_idx ON ${s}.draft (activity_id)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.draft_suggestion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        draft_id uuid NOT NULL REFERENCES ${s}.draft (id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        author_name text CHECK (length(author_name) BETWEEN 1 AND 200),
        organisation text CHECK (length(organisation) BETWEEN 1 AND 300),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        response text CHECK (response IN (${sqlList(SUGGESTION_RESPONSES)})),
        reason_th text CHECK (length(reason_th) BETWEEN 1 AND 2000),
        reason_en text CHECK (length(reason_en) <= 2000),
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((response IS NULL) = (responded_at IS NULL)),
        CHECK (response IS NULL OR response = 'ADOPTED' OR reason_th IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX draft_suggestion_page_idx ON ${s}.draft_suggestion (draft_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.draft_decision_participant (
        draft_id uuid NOT NULL REFERENCES ${s}.draft (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position BETWEEN 1 AND ${MAX_DECISION_PARTICIPANTS}),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (length(role) BETWEEN 1 AND 300),
        partner_id uuid,
        PRIMARY KEY (draft_id, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    for (const table of ['draft_decision_participant', 'draft_suggestion', 'draft']) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
  }
}
