import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** Petitions of teachers and staff: a confidential channel, apart from the unit's public cases. */
export class PersonnelPetitions1765610001000 implements MigrationInterface {
  name = 'PersonnelPetitions1765610001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.personnel_petition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        subject_th text NOT NULL CHECK (length(subject_th) BETWEEN 1 AND 300),
        body_th text NOT NULL CHECK (length(body_th) BETWEEN 1 AND 5000),
        petitioner_name text NOT NULL CHECK (length(petitioner_name) BETWEEN 1 AND 200),
        contact text NOT NULL CHECK (length(contact) BETWEEN 1 AND 254),
        -- The signed-in petitioner as a pseudonymous key (activities/participants.ts): who may follow it.
        petitioner_key text NOT NULL,
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'ANSWERED', 'CLOSED')),
        note_th text CHECK (length(note_th) <= 2000),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (petitioner_key, idempotency_key)
      )`);
    await queryRunner.query(`CREATE INDEX personnel_petition_page_idx ON ${s}.personnel_petition (received_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.personnel_petition`);
  }
}
