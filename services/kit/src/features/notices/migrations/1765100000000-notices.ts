import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MAX_ALT_TEXT_LENGTH, MAX_ATTACHMENT_BYTES, MAX_FILE_NAME_LENGTH, ATTACHMENT_TYPES } from '../attachment-input.js';
import { NOTICE_KINDS } from '../notice-input.js';
import { DEFAULT_REVIEW_INTERVAL_DAYS, MAX_REVIEW_INTERVAL_DAYS, MIN_REVIEW_INTERVAL_DAYS } from '../review.js';
import { quoteIdent, sqlList, unitSchemaOf } from '../../../db/sql.js';

/**
 * Measure 1, "inform": notices (announcements, news, documents) on INFORM activities, the
 * unit's review interval that says when one is stale, and files attached to notices (their
 * bytes in a table of their own, so lists of notices never read them).
 */
export class Notices1765100000000 implements MigrationInterface {
  name = 'Notices1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    // One row: the unit's settings that are not per case category.
    await queryRunner.query(`
      CREATE TABLE ${s}.unit_setting (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        review_interval_days int NOT NULL DEFAULT ${DEFAULT_REVIEW_INTERVAL_DAYS}
          CHECK (review_interval_days BETWEEN ${MIN_REVIEW_INTERVAL_DAYS} AND ${MAX_REVIEW_INTERVAL_DAYS})
      )`);
    await queryRunner.query(`INSERT INTO ${s}.unit_setting DEFAULT VALUES`);
    await queryRunner.query(`
      CREATE TABLE ${s}.notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        kind text NOT NULL CHECK (kind IN (${sqlList(NOTICE_KINDS)})),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        title_en text CHECK (length(title_en) BETWEEN 1 AND 300),
        body_th text NOT NULL CHECK (length(body_th) BETWEEN 1 AND 20000),
        body_en text CHECK (length(body_en) BETWEEN 1 AND 20000),
        published_at timestamptz NOT NULL,
        last_reviewed_at timestamptz NOT NULL,
        CHECK (last_reviewed_at >= published_at)
      )`);
    await queryRunner.query(`CREATE INDEX notice_published_idx ON ${s}.notice (published_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.notice_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notice_id uuid NOT NULL REFERENCES ${s}.notice (id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND ${MAX_FILE_NAME_LENGTH}),
        mime_type text NOT NULL CHECK (mime_type IN (${sqlList(Object.keys(ATTACHMENT_TYPES))})),
        size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND ${MAX_ATTACHMENT_BYTES}),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        alt_text_th text CHECK (length(alt_text_th) BETWEEN 1 AND ${MAX_ALT_TEXT_LENGTH}),
        alt_text_en text CHECK (length(alt_text_en) BETWEEN 1 AND ${MAX_ALT_TEXT_LENGTH}),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (octet_length(content) = size_bytes)
      )`);
    await queryRunner.query(`CREATE INDEX notice_attachment_notice_idx ON ${s}.notice_attachment (notice_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.notice_attachment`);
    await queryRunner.query(`DROP TABLE ${s}.notice`);
    await queryRunner.query(`DROP TABLE ${s}.unit_setting`);
  }
}
