import type { DataSource, Repository } from 'typeorm';
import {
  FeedbackEntity,
  OPEN_FEEDBACK_STATUSES,
  type CaseColumns,
  type FeedbackCategory,
  type FeedbackChannel,
  type FeedbackRow,
  type FeedbackStatus,
} from '../../db/entities.js';
import { isUuid } from '@sesao28/platform';
import { PlatformError } from '../../errors.js';
import { searchText } from '../search/thai-words.js';
import { type PageRequest } from '../../pagination.js';
import { applyOneOf, applyTimeWindow, searchPattern } from '../../repositories/filters.js';

export interface FeedbackQuery {
  categories?: readonly FeedbackCategory[] | null;
  statuses?: readonly FeedbackStatus[] | null;
  channels?: readonly FeedbackChannel[] | null;
  activityId?: string | null;
  openOnly?: boolean | null;
  lateOnly?: boolean | null;
  publicOnly?: boolean | null;
  search?: string | null;
  receivedFrom?: Date | null;
  receivedBefore?: Date | null;
  fiscalYear?: number | null;
  /** NEWEST_FIRST (received_at DESC) unless DUE_FIRST (soonest answer deadline first). */
  orderBy?: FeedbackOrder | null;
}

export type FeedbackOrder = 'NEWEST_FIRST' | 'DUE_FIRST';

/**
 * DUE_FIRST's sort key: the answer deadline, cases without one after all others. The index
 * feedback_due_first_idx is on this very expression (with id), so the page is an index scan.
 */
const DUE_KEY_SQL = `COALESCE(f.due_answer_at, 'infinity'::timestamptz)`;
/** A cursor cannot hold 'infinity' (a JS Date cannot): the latest Date stands for it. */
const NO_DEADLINE = new Date(8.64e15);

/** Where a DUE_FIRST page's cursor points: the row's deadline, or "none" as NO_DEADLINE. */
export const dueSortKey = (row: Pick<FeedbackRow, 'dueAnswerAt'>): Date => row.dueAnswerAt ?? NO_DEADLINE;

export type NewFeedback = Omit<FeedbackRow, 'createdAt' | 'updatedAt' | keyof CaseColumns> & Partial<CaseColumns>;

/** Still waiting for its answer: the only cases the clock alone can make late. */
const WAITING_SQL = (alias: string) => `(${alias}.answered_at IS NULL AND ${alias}.status IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'))`;

/**
 * The late rule of cases/working-days.ts#isLate in SQL: answered after the due moment,
 * or still waiting past it.
 */
export const LATE_SQL = (alias: string) =>
  `(${alias}.due_answer_at IS NOT NULL AND (${alias}.answered_at > ${alias}.due_answer_at OR (${WAITING_SQL(alias)} AND now() > ${alias}.due_answer_at)))`;

/**
 * When LATE_SQL would turn true by the clock alone: a waiting case's due moment, if not yet
 * passed (null otherwise). Until then (that moment included, as `now() >` is strict) no case
 * changes its lateness without a write. The stats cache expires at the earliest of these.
 */
export const TURNS_LATE_AT_SQL = (alias: string) =>
  `(CASE WHEN ${WAITING_SQL(alias)} AND ${alias}.due_answer_at >= now() THEN ${alias}.due_answer_at END)`;

/** Every query on the feedback a unit received. */
export class FeedbackRepository {
  private readonly repo: Repository<FeedbackRow>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(FeedbackEntity);
  }

  private filtered(filter: FeedbackQuery) {
    // A case transferred to another unit is that unit's now.
    const query = this.repo.createQueryBuilder('f').where('f.transferred_to IS NULL');
    applyOneOf(query, 'f.category', filter.categories);
    applyOneOf(query, 'f.status', filter.statuses);
    applyOneOf(query, 'f.channel', filter.channels);
    if (filter.openOnly) applyOneOf(query, 'f.status', OPEN_FEEDBACK_STATUSES);
    if (filter.publicOnly) query.andWhere('f.is_public');
    if (filter.lateOnly) query.andWhere(LATE_SQL('f'));
    if (filter.activityId) {
      if (!isUuid(filter.activityId)) throw new PlatformError('INVALID_ID', {}, 'activityId');
      query.andWhere('f.activity_id = :activityId', { activityId: filter.activityId });
    }
    const pattern = searchPattern(filter.search);
    if (pattern) query.andWhere('(f.message ILIKE :pattern OR f.answer ILIKE :pattern)', { pattern });
    applyTimeWindow(query, 'f.received_at', {
      from: filter.receivedFrom,
      before: filter.receivedBefore,
      fiscalYear: filter.fiscalYear,
    });
    return query;
  }

  /** Newest first (or soonest due first); fetches one extra row to know whether a next page exists. */
  async page(filter: FeedbackQuery, page: PageRequest): Promise<FeedbackRow[]> {
    const query = this.filtered(filter);
    if (filter.orderBy === 'DUE_FIRST') {
      if (page.after) {
        const afterDue = page.after.at.getTime() === NO_DEADLINE.getTime() ? 'infinity' : page.after.at;
        query.andWhere(`(${DUE_KEY_SQL}, f.id) > (:afterDue::timestamptz, :afterId)`, { afterDue, afterId: page.after.id });
      }
      return query
        .orderBy(DUE_KEY_SQL, 'ASC')
        .addOrderBy('f.id', 'ASC')
        .limit(page.first + 1)
        .getMany();
    }
    if (page.after) {
      query.andWhere('(f.received_at, f.id) < (:afterAt, :afterId)', {
        afterAt: page.after.at,
        afterId: page.after.id,
      });
    }
    return query
      .orderBy('f.received_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
  }

  /** Inserts rows whose ids are not there yet (idempotent: seeds and retries never duplicate). */
  async insertMany(rows: NewFeedback[]): Promise<void> {
    if (rows.length === 0) return;
    const withWords = rows.map((row) => ({
      ...row,
      searchText: row.isPublic && row.answer ? searchText(row.message, row.answer, row.answerEn) : null,
    }));
    await this.repo.createQueryBuilder().insert().values(withWords).orIgnore().execute();
  }

  count(filter: FeedbackQuery): Promise<number> {
    return this.filtered(filter).getCount();
  }
}
