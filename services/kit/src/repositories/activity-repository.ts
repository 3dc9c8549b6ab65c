import { In, type DataSource, type Repository } from 'typeorm';
import { ActivityEntity, type ActivityRow, type ActivityStatus, type ParticipationLevel } from '../db/entities.js';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import type { PageRequest } from '../pagination.js';
import { applyOneOf, applyTimeWindow, searchPattern } from './filters.js';

export interface ActivityQuery {
  levels?: readonly ParticipationLevel[] | null;
  statuses?: readonly ActivityStatus[] | null;
  search?: string | null;
  startsFrom?: Date | null;
  startsBefore?: Date | null;
  fiscalYear?: number | null;
}

export type NewActivity = Omit<ActivityRow, 'createdAt' | 'updatedAt'> & Partial<Pick<ActivityRow, 'createdAt'>>;

/** Every query on a unit's activities. */
export class ActivityRepository {
  private readonly repo: Repository<ActivityRow>;
  private readonly schema: string;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(ActivityEntity);
    this.schema = quoteIdent(unitSchemaOf(dataSource));
  }

  private filtered(filter: ActivityQuery) {
    const query = this.repo.createQueryBuilder('a');
    applyOneOf(query, 'a.level', filter.levels);
    applyOneOf(query, 'a.status', filter.statuses);
    const pattern = searchPattern(filter.search);
    if (pattern) {
      query.andWhere('(a.title_th ILIKE :pattern OR a.title_en ILIKE :pattern OR a.body_th ILIKE :pattern)', {
        pattern,
      });
    }
    applyTimeWindow(query, 'a.starts_at', {
      from: filter.startsFrom,
      before: filter.startsBefore,
      fiscalYear: filter.fiscalYear,
    });
    return query;
  }

  /** Newest start first; fetches one extra row to know whether a next page exists. */
  async page(filter: ActivityQuery, page: PageRequest): Promise<ActivityRow[]> {
    const query = this.filtered(filter);
    if (page.after) {
      query.andWhere('(a.starts_at, a.id) < (:afterAt, :afterId)', { afterAt: page.after.at, afterId: page.after.id });
    }
    return query.orderBy('a.starts_at', 'DESC').addOrderBy('a.id', 'DESC').limit(page.first + 1).getMany();
  }

  count(filter: ActivityQuery): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** Inserts rows whose ids are not there yet (idempotent: seeds and retries never duplicate). */
  async insertMany(rows: NewActivity[]): Promise<void> {
    if (rows.length === 0) return;
    await this.repo.createQueryBuilder().insert().values(rows).orIgnore().execute();
  }

  byIds(ids: readonly string[]): Promise<ActivityRow[]> {
    return this.repo.find({ where: { id: In([...ids]) } });
  }

  /** Feedback received per activity, for many activities in one statement. */
  async feedbackCounts(activityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { activity_id: string; n: string }[] = await this.repo.query(
      `SELECT activity_id, count(*) AS n FROM ${this.schema}.feedback
       WHERE activity_id = ANY($1::uuid[]) AND transferred_to IS NULL GROUP BY activity_id`,
      [activityIds],
    );
    return new Map(rows.map((r) => [r.activity_id, Number(r.n)]));
  }
}
