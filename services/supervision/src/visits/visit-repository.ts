import {
  activityDraft,
  dateOnlyCursorAt,
  fiscalYearDates,
  quoteIdent,
  RatedByCodeRepository,
  unitSchemaOf,
  type Connection,
  type DataSource,
  type PageRequest,
  type RatingAverages,
  type RatingRow,
  type UnitRepositories,
} from '@sesao28/kit';
import { VISIT_RATINGS, type SupervisionCriterion } from './visit-ratings.js';

export interface VisitRow {
  id: string;
  activityId: string;
  schoolName: string;
  /** YYYY-MM-DD. */
  visitedOn: string;
  topicTh: string;
  supervisors: string[];
}

export type NewVisit = Omit<VisitRow, 'id' | 'activityId'>;
export type VisitConnectionModel = Connection<VisitRow>;
export interface RecordedVisitModel {
  visit: VisitRow;
  feedbackCode: string;
}
export type VisitRatingRow = RatingRow<SupervisionCriterion>;
export interface YearSummaryModel {
  fiscalYear: number;
  visits: number;
  averages: RatingAverages<SupervisionCriterion>;
}

const COLUMNS = `v.id, v.activity_id AS "activityId", v.school_name AS "schoolName", to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn",
  v.topic_th AS "topicTh", v.supervisors`;

/** Sort position of a visit for its page cursor. */
export const visitCursorAt = (visit: VisitRow) => dateOnlyCursorAt(visit.visitedOn);

/** Supervision visits; their codes and ratings go through the kit's rated-by-code repository. */
export class VisitRepository {
  private readonly s: string;
  readonly ratings: RatedByCodeRepository<SupervisionCriterion>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: UnitRepositories['activities'],
  ) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
    this.ratings = new RatedByCodeRepository(dataSource, VISIT_RATINGS);
  }

  /** The visit's CONSULT activity, the visit and the school's one code: one transaction. */
  record(values: NewVisit): Promise<RecordedVisitModel> {
    const draft = activityDraft({
      level: 'CONSULT',
      titleTh: values.topicTh,
      bodyTh: `${values.schoolName} — ผู้นิเทศ: ${values.supervisors.join(', ')}`,
      startsAt: `${values.visitedOn}T00:00:00+07:00`,
    });
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.activities.create(draft, manager);
      const [visit]: VisitRow[] = await manager.query(
        `INSERT INTO ${this.s}.supervision_visit AS v (activity_id, school_name, visited_on, topic_th, supervisors)
         VALUES ($1, $2, $3::date, $4, $5::text[]) RETURNING ${COLUMNS}`,
        [activity.id, values.schoolName, values.visitedOn, values.topicTh, values.supervisors],
      );
      const [feedbackCode] = await this.ratings.issueCodes(visit!.id, 1, manager);
      return { visit: visit!, feedbackCode: feedbackCode! };
    });
  }

  byIds(ids: readonly string[]): Promise<VisitRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.supervision_visit v WHERE v.id = ANY($1::uuid[])`, [ids]);
  }

  /** Latest visit first, within a fiscal year when given; one extra row tells whether a next page exists. */
  page(fiscalYear: number | null | undefined, page: PageRequest): Promise<VisitRow[]> {
    const year = fiscalYear == null ? null : fiscalYearDates(fiscalYear);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.supervision_visit v
       WHERE ($1::date IS NULL OR v.visited_on BETWEEN $1::date AND $2::date)
         AND ($3::timestamptz IS NULL OR (v.visited_on, v.id) < (($3::timestamptz AT TIME ZONE 'UTC')::date, $4::uuid))
       ORDER BY v.visited_on DESC, v.id DESC LIMIT $5`,
      [year?.from ?? null, year?.to ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** A fiscal year's visits and the mean of their ratings. */
  async yearSummary(fiscalYear: number): Promise<YearSummaryModel> {
    const { from, to } = fiscalYearDates(fiscalYear);
    const [row]: { visits: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS visits FROM ${this.s}.supervision_visit WHERE visited_on BETWEEN $1::date AND $2::date`,
      [from, to],
    );
    return { fiscalYear, visits: row!.visits, averages: await this.ratings.averagesWithin(from, to) };
  }
}
