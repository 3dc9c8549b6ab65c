import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTRIBUTION_KINDS, HOLDABLE_KINDS, MAX_HIDE_REASON, MAX_REPORT_NOTE, MODERATION_STATUSES, REPORT_REASONS } from '../kinds.js';
import { quoteIdent, sqlList, unitSchemaOf } from '../../../db/sql.js';

/** The table each holdable kind of contribution lives in. */
const HOLDABLE_TABLES: Record<(typeof HOLDABLE_KINDS)[number], string> = {
  CONSULTATION_COMMENT: 'consultation_comment',
  DRAFT_SUGGESTION: 'draft_suggestion',
};

/**
 * Moderation of public contributions: a row per contribution the unit held, or someone reported,
 * with where it stands (shown, held, hidden with its reason) and the reports themselves, one per
 * reporter. The unit's setting to hold anonymous contributions holds them as they are inserted
 * (a trigger, so every way of inserting one is held, in the same transaction).
 */
export class Moderation1767800000000 implements MigrationInterface {
  name = 'Moderation1767800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.unit_setting ADD COLUMN hold_contributions boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE ${s}.contribution_moderation (
        kind text NOT NULL CHECK (kind IN (${sqlList(CONTRIBUTION_KINDS)})),
        contribution_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'VISIBLE' CHECK (status IN (${sqlList(MODERATION_STATUSES)})),
        hidden_reason text CHECK (length(hidden_reason) BETWEEN 1 AND ${MAX_HIDE_REASON}),
        open_reports int NOT NULL DEFAULT 0 CHECK (open_reports >= 0),
        reports_total int NOT NULL DEFAULT 0 CHECK (reports_total >= open_reports),
        decided_at timestamptz,
        decided_by text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, contribution_id),
        CHECK ((hidden_reason IS NOT NULL) = (status = 'HIDDEN'))
      )`);
    // The queue: what waits for a decision, newest first.
    await queryRunner.query(
      `CREATE INDEX contribution_moderation_queue_idx ON ${s}.contribution_moderation (updated_at DESC, contribution_id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${s}.contribution_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        contribution_id uuid NOT NULL,
        reason text NOT NULL CHECK (reason IN (${sqlList(REPORT_REASONS)})),
        note text CHECK (length(note) BETWEEN 1 AND ${MAX_REPORT_NOTE}),
        reporter_key text NOT NULL CHECK (length(reporter_key) BETWEEN 8 AND 100),
        reported_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (kind, contribution_id) REFERENCES ${s}.contribution_moderation (kind, contribution_id) ON DELETE CASCADE,
        UNIQUE (kind, contribution_id, reporter_key),
        CHECK (reason <> 'OTHER' OR note IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION ${s}.hold_contribution() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT hold_contributions FROM ${s}.unit_setting) THEN
          INSERT INTO ${s}.contribution_moderation (kind, contribution_id, status) VALUES (TG_ARGV[0], NEW.id, 'HELD');
        END IF;
        RETURN NULL;
      END $$`);
    for (const [kind, table] of Object.entries(HOLDABLE_TABLES)) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_hold AFTER INSERT ON ${s}.${table}
        FOR EACH ROW EXECUTE FUNCTION ${s}.hold_contribution('${kind}')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    for (const table of Object.values(HOLDABLE_TABLES)) await queryRunner.query(`DROP TRIGGER ${table}_hold ON ${s}.${table}`);
    await queryRunner.query(`DROP FUNCTION ${s}.hold_contribution()`);
    await queryRunner.query(`DROP TABLE ${s}.contribution_report`);
    await queryRunner.query(`DROP TABLE ${s}.contribution_moderation`);
    await queryRunner.query(`ALTER TABLE ${s}.unit_setting DROP COLUMN hold_contributions`);
  }
}
