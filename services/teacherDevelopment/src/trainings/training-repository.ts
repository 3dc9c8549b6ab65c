import {
  activityDraft,
  dateOnlyCursorAt,
  quoteIdent,
  RatedByCodeRepository,
  unitSchemaOf,
  type Connection,
  type DataSource,
  type PageRequest,
  type RatingRow,
  type UnitRepositories,
} from '@sesao28/kit';
import { TRAINING_EVALUATIONS, type TrainingCriterion } from './training-rules.js';

export interface TrainingRow {
  id: string;
  activityId: string;
  titleTh: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  hours: number;
  participantsCount: number;
}

export type NewTraining = Omit<TrainingRow, 'id' | 'activityId'>;
export type TrainingConnectionModel = Connection<TrainingRow>;
export type EvaluationRow = RatingRow<TrainingCriterion>;

const COLUMNS = `t.id, t.activity_id AS "activityId", t.title_th AS "titleTh", to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn", t.hours::float8 AS hours, t.participants_count AS "participantsCount"`;

export const trainingCursorAt = (training: TrainingRow) => dateOnlyCursorAt(training.startsOn);

/** What issuing codes found: the codes, or why none were issued. */
export type IssueResult = { codes: string[] } | { missing: true } | { remaining: number };

/** Trainings; their codes and evaluations go through the kit's rated-by-code repository. */
export class TrainingRepository {
  private readonly s: string;
  readonly evaluations: RatedByCodeRepository<TrainingCriterion>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: UnitRepositories['activities'],
  ) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
    this.evaluations = new RatedByCodeRepository(dataSource, TRAINING_EVALUATIONS);
  }

  /** The training and its CONSULT activity: one transaction. */
  record(values: NewTraining): Promise<TrainingRow> {
    const draft = activityDraft({
      level: 'CONSULT',
      titleTh: values.titleTh,
      bodyTh: `อบรม ${values.hours} ชั่วโมง ผู้เข้าร่วม ${values.participantsCount} คน`,
      startsAt: `${values.startsOn}T00:00:00+07:00`,
      endsAt: `${values.endsOn}T23:59:59+07:00`,
    });
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.activities.create(draft, manager);
      const [row]: TrainingRow[] = await manager.query(
        `INSERT INTO ${this.s}.teacher_training AS t (activity_id, title_th, starts_on, ends_on, hours, participants_count)
         VALUES ($1, $2, $3::date, $4::date, $5, $6) RETURNING ${COLUMNS}`,
        [activity.id, values.titleTh, values.startsOn, values.endsOn, values.hours, values.participantsCount],
      );
      return row!;
    });
  }

  /** Codes for a training, never more in all than its participants (the training row is locked meanwhile). */
  issueCodes(trainingId: string, count: number): Promise<IssueResult> {
    return this.dataSource.transaction(async (manager) => {
      const [training]: { remaining: number }[] = await manager.query(
        `SELECT t.participants_count - (SELECT count(*)::int FROM ${this.s}.teacher_training_code c WHERE c.subject_id = t.id) AS remaining
         FROM ${this.s}.teacher_training t WHERE t.id = $1 FOR UPDATE`,
        [trainingId],
      );
      if (!training) return { missing: true };
      if (count > training.remaining) return { remaining: training.remaining };
      return { codes: await this.evaluations.issueCodes(trainingId, count, manager) };
    });
  }

  byIds(ids: readonly string[]): Promise<TrainingRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.teacher_training t WHERE t.id = ANY($1::uuid[])`, [ids]);
  }

  /** Latest start first; one extra row tells whether a next page exists. */
  page(page: PageRequest): Promise<TrainingRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.teacher_training t
       WHERE $1::timestamptz IS NULL OR (t.starts_on, t.id) < (($1::timestamptz AT TIME ZONE 'UTC')::date, $2::uuid)
       ORDER BY t.starts_on DESC, t.id DESC LIMIT $3`,
      [page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }
}
