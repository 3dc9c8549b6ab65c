import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';

/** The pseudonymous list of who took part in each activity (activities/participants.ts makes the keys). */
export class ParticipantRepository {
  private readonly schema: string;

  constructor(private readonly dataSource: DataSource) {
    this.schema = quoteIdent(unitSchemaOf(dataSource));
  }

  /** Records a participant once per activity; in the caller's transaction when given. */
  async record(activityId: string, participantKey: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO ${this.schema}.activity_participant (activity_id, participant_key) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [activityId, participantKey],
    );
  }

  /** The activities one participant took part in, latest first (the key index answers it). */
  ofParticipant(participantKey: string, limit: number): Promise<{ activityId: string; firstAt: Date }[]> {
    return this.dataSource.query(
      `SELECT activity_id AS "activityId", first_at AS "firstAt" FROM ${this.schema}.activity_participant
       WHERE participant_key = $1 ORDER BY first_at DESC, activity_id LIMIT $2`,
      [participantKey, limit],
    );
  }

  /** Distinct participants per activity, for many activities in one statement (the primary key answers it). */
  async counts(activityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; n: number }[] = await this.dataSource.query(
      `SELECT activity_id AS id, count(*)::int AS n FROM ${this.schema}.activity_participant
       WHERE activity_id = ANY($1::uuid[]) GROUP BY activity_id`,
      [activityIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
