import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * Measure 5 of the announcement, "empower": activities stakeholder groups propose and run
 * with the unit's support, votes (one per eligible participant, by UNIQUE constraints), and
 * decisions delegated to a group with review dates. Each stands on an activity.
 */
export class Empower1765300000000 implements MigrationInterface {
  name = 'Empower1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        title_en text CHECK (length(title_en) <= 300),
        body_th text NOT NULL CHECK (length(body_th) BETWEEN 1 AND 20000),
        group_name text NOT NULL CHECK (length(group_name) BETWEEN 1 AND 200),
        partner_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz CHECK (ends_at >= starts_at),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'APPROVED', 'DECLINED', 'COMPLETED')),
        -- The activity exists from approval on, never for a proposal or a declined one.
        activity_id uuid UNIQUE REFERENCES ${s}.activity (id),
        decline_reason_th text CHECK (length(decline_reason_th) BETWEEN 1 AND 2000),
        result_th text CHECK (length(result_th) BETWEEN 1 AND 20000),
        participants_count int CHECK (participants_count BETWEEN 0 AND 1000000),
        proposer_key text NOT NULL CHECK (length(proposer_key) BETWEEN 8 AND 100),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        request_hash text NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        completed_at timestamptz,
        CHECK ((activity_id IS NULL) = (status IN ('PROPOSED', 'DECLINED'))),
        CHECK ((decline_reason_th IS NOT NULL) = (status = 'DECLINED')),
        CHECK ((result_th IS NOT NULL AND participants_count IS NOT NULL) = (status = 'COMPLETED'))
      )`);
    await queryRunner.query(`CREATE INDEX initiative_page_idx ON ${s}.initiative (proposed_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.initiative_support (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES ${s}.initiative (id),
        kind text NOT NULL CHECK (kind IN ('BUDGET', 'VENUE', 'EQUIPMENT', 'STAFF_TIME', 'ADVICE', 'PUBLICITY')),
        description_th text NOT NULL CHECK (length(description_th) BETWEEN 1 AND 2000),
        amount_baht numeric(12, 2) CHECK (amount_baht BETWEEN 0 AND 1000000000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'BUDGET' OR amount_baht IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX initiative_support_initiative_idx ON ${s}.initiative_support (initiative_id)`);

    await queryRunner.query(`
      CREATE TABLE ${s}.vote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        title_en text CHECK (length(title_en) <= 300),
        question_th text NOT NULL CHECK (length(question_th) BETWEEN 1 AND 1000),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL CHECK (closes_at > opens_at),
        eligibility text NOT NULL CHECK (eligibility IN ('LISTED', 'SIGNED_IN')),
        level text NOT NULL CHECK (level IN ('INVOLVE', 'EMPOWER')),
        activity_id uuid NOT NULL UNIQUE REFERENCES ${s}.activity (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX vote_page_idx ON ${s}.vote (opens_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.vote_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vote_id uuid NOT NULL REFERENCES ${s}.vote (id),
        position int NOT NULL CHECK (position BETWEEN 1 AND 20),
        label_th text NOT NULL CHECK (length(label_th) BETWEEN 1 AND 200),
        label_en text CHECK (length(label_en) <= 200),
        UNIQUE (vote_id, position),
        UNIQUE (vote_id, id)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX vote_option_label_idx ON ${s}.vote_option (vote_id, lower(label_th))`);
    await queryRunner.query(`
      CREATE TABLE ${s}.vote_code (
        vote_id uuid NOT NULL REFERENCES ${s}.vote (id),
        participant_code text NOT NULL CHECK (participant_code ~ '^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$'),
        issued_at timestamptz NOT NULL DEFAULT now(),
        -- A flag, not a moment: a time of use would match the ballot's cast_at and undo the secret ballot.
        used boolean NOT NULL DEFAULT false,
        PRIMARY KEY (vote_id, participant_code)
      )`);
    // One vote per participant: a keyed code or person, never the ballot's choice.
    await queryRunner.query(`
      CREATE TABLE ${s}.vote_voter (
        vote_id uuid NOT NULL REFERENCES ${s}.vote (id),
        voter_key text NOT NULL CHECK (length(voter_key) BETWEEN 8 AND 100),
        PRIMARY KEY (vote_id, voter_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.vote_ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vote_id uuid NOT NULL,
        option_id uuid NOT NULL,
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        request_hash text NOT NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (vote_id, option_id) REFERENCES ${s}.vote_option (vote_id, id)
      )`);
    await queryRunner.query(`CREATE INDEX vote_ballot_vote_idx ON ${s}.vote_ballot (vote_id, option_id)`);

    await queryRunner.query(`
      CREATE TABLE ${s}.delegation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scope_th text NOT NULL CHECK (length(scope_th) BETWEEN 1 AND 2000),
        scope_en text CHECK (length(scope_en) <= 2000),
        delegate_name text NOT NULL CHECK (length(delegate_name) BETWEEN 1 AND 200),
        partner_id uuid,
        starts_on date NOT NULL,
        review_on date NOT NULL CHECK (review_on > starts_on),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REVOKED')),
        activity_id uuid NOT NULL UNIQUE REFERENCES ${s}.activity (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX delegation_page_idx ON ${s}.delegation (created_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.delegation_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delegation_id uuid NOT NULL REFERENCES ${s}.delegation (id),
        outcome text NOT NULL CHECK (outcome IN ('CONTINUE', 'AMEND', 'REVOKE')),
        note_th text NOT NULL CHECK (length(note_th) BETWEEN 1 AND 2000),
        next_review_on date,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((next_review_on IS NULL) = (outcome = 'REVOKE'))
      )`);
    await queryRunner.query(`CREATE INDEX delegation_review_delegation_idx ON ${s}.delegation_review (delegation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    for (const table of [
      'delegation_review',
      'delegation',
      'vote_ballot',
      'vote_voter',
      'vote_code',
      'vote_option',
      'vote',
      'initiative_support',
      'initiative',
    ]) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
  }
}
