import {
  createRatedByCodeTables,
  dropRatedByCodeTables,
  LIMITS,
  quoteIdent,
  unitSchemaOf,
  type MigrationInterface,
  type QueryRunner,
} from '@sesao28/kit';
import { MAX_HOURS, MAX_PARTICIPANTS, TRAINING_EVALUATIONS } from '../trainings/training-rules.js';

/** Trainings, the one-time codes their participants evaluate them with, and the evaluations. */
export class TeacherTrainings1765540000000 implements MigrationInterface {
  name = 'TeacherTrainings1765540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.teacher_training (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND ${LIMITS.title}),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        hours numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= ${MAX_HOURS} AND hours * 2 = trunc(hours * 2)),
        participants_count int NOT NULL CHECK (participants_count BETWEEN 1 AND ${MAX_PARTICIPANTS}),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX teacher_training_page_idx ON ${s}.teacher_training (starts_on DESC, id DESC)`);
    await createRatedByCodeTables(queryRunner, TRAINING_EVALUATIONS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await dropRatedByCodeTables(queryRunner, TRAINING_EVALUATIONS);
    await queryRunner.query(`DROP TABLE ${s}.teacher_training`);
  }
}
