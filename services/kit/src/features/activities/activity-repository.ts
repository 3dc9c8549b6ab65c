import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { ACTIVITY_TRANSITIONS, canMoveActivity } from './activity-status.js';
import { PlatformError } from '../../errors.js';
import { searchText } from '../search/thai-words.js';
import { ActivityEntity, type ActivityRow, type ActivityStatus, type ParticipationLevel } from '../../db/entities.js';
import { quoteIdent, sqlList, unitSchemaOf } from '../../db/sql.js';
import type { PageRequest } from '../../pagination.js';
import { applyOneOf, applyTimeWindow, searchPattern } from '../../repositories/filters.js';

export interface ActivityQuery {
  levels?: readonly ParticipationLevel[] | null;
  statuses?: readonly ActivityStatus[] | null;
  search?: string | null;
  startsFrom?: Date | null;
  startsBefore?: Date | null;
  fiscalYear?: number | null;
  /** Leave out DRAFT activities (everyone but the unit's own staff: a draft is not published yet). */
  hideDrafts?: boolean;
}

export type NewActivity = Omit<ActivityRow, 'createdAt' | 'updatedAt' | 'searchText'> & Partial<Pick<ActivityRow, 'createdAt'>>;

/** What staff give to create an activity (checked by activities/activity-input.ts). */
export type ActivityDraft = Omit<NewActivity, 'id' | 'createdAt'>;

const withWords = <T extends Omit<NewActivity, 'id'>>(row: T) => ({
  ...row,
  searchText: searchText(row.titleTh, row.titleEn, row.bodyTh, row.bodyEn),
});

/** The statuses from which an activity may move to CLOSED. */
const CLOSABLE = (Object.keys(ACTIVITY_TRANSITIONS) as ActivityStatus[]).filter((from) => canMoveActivity(from, 'CLOSED'));

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
    if (filter.hideDrafts) query.andWhere(`a.status <> 'DRAFT'`);
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
    return query
      .orderBy('a.starts_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
  }

  count(filter: ActivityQuery): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** Inserts rows whose ids are not there yet (idempotent: seeds and retries never duplicate). */
  async insertMany(rows: NewActivity[]): Promise<void> {
    if (rows.length === 0) return;
    await this.repo.createQueryBuilder().insert().values(rows.map(withWords)).orIgnore().execute();
  }

  /**
   * One new activity, in the caller's transaction when given: every record of the
   * participation spectrum (news, drafts, votes, …) stands on one, which carries its level.
   */
  async create(draft: ActivityDraft, manager?: EntityManager): Promise<ActivityRow> {
    const repo = manager ? manager.getRepository(ActivityEntity) : this.repo;
    const saved = await repo.save(repo.create(withWords(draft)));
    const { searchText: _words, ...row } = saved;
    return row;
  }

  /** Moves an activity along DRAFT → PUBLISHED/OPEN → CLOSED → ARCHIVED; refuses any other move. */
  async setStatus(id: string, to: ActivityStatus, manager?: EntityManager): Promise<ActivityRow> {
    const run = async (m: EntityManager) => {
      const repo = m.getRepository(ActivityEntity);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'id');
      if (!canMoveActivity(row.status, to)) throw new PlatformError('ACTIVITY_STATUS_MOVE', { from: row.status, to }, 'status');
      row.status = to;
      row.updatedAt = new Date();
      return repo.save(row);
    };
    return manager ? run(manager) : this.repo.manager.transaction(run);
  }

  /** Closes the activity when it may close; one already closed (or archived) by staff stays as it is. */
  async closeIfOpen(id: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.schema}.activity SET status = 'CLOSED', updated_at = now() WHERE id = $1 AND status IN (${sqlList(CLOSABLE)})`,
      [id],
    );
  }

  /** New title and body (and their words for search), in the caller's transaction: a record on the activity was revised. */
  async reviseText(
    id: string,
    text: Pick<ActivityRow, 'titleTh' | 'titleEn' | 'bodyTh' | 'bodyEn'>,
    manager: EntityManager,
  ): Promise<void> {
    const { titleTh, titleEn, bodyTh, bodyEn } = text;
    const words = searchText(titleTh, titleEn, bodyTh, bodyEn);
    await manager
      .getRepository(ActivityEntity)
      .update({ id }, { titleTh, titleEn, bodyTh, bodyEn, searchText: words, updatedAt: new Date() });
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
