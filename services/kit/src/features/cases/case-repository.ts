import type { DataSource, EntityManager } from 'typeorm';
import {
  AnswerTemplateEntity,
  CaseEventEntity,
  DeadlinePolicyEntity,
  FeedbackEntity,
  FEEDBACK_CATEGORIES,
  type AnswerTemplateRow,
  type CaseEventRow,
  type DeadlinePolicyRow,
  type FeedbackCategory,
  type FeedbackRow,
} from '../../db/entities.js';
import { isUuid } from '@sesao28/platform';
import { PlatformError } from '../../errors.js';

/** Deadlines when a unit has set none: acknowledge in 3 working days, answer in 15. */
export const DEFAULT_DEADLINE = { acknowledgeDays: 3, answerDays: 15 } as const;

export type NewCaseEvent = Omit<CaseEventRow, 'id'>;

/** Every query on cases, their history, deadlines and answer templates. */
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The unit's own case, locked for the rest of the transaction. */
  async lockOwn(manager: EntityManager, id: string): Promise<FeedbackRow> {
    if (!isUuid(id)) throw new PlatformError('INVALID_ID', {}, 'id');
    const row = await manager
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :id AND f.transferred_to IS NULL', { id })
      .getOne();
    if (!row) throw new PlatformError('CASE_NOT_FOUND', {}, 'id');
    return row;
  }

  /** Locks many of the unit's cases; all must exist. */
  async lockManyOwn(manager: EntityManager, ids: readonly string[]): Promise<FeedbackRow[]> {
    if (ids.some((id) => !isUuid(id))) throw new PlatformError('INVALID_ID', {}, 'ids');
    const rows = await manager
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id IN (:...ids) AND f.transferred_to IS NULL', { ids })
      .orderBy('f.id')
      .getMany();
    if (rows.length !== new Set(ids).size) throw new PlatformError('CASE_NOT_FOUND', {}, 'ids');
    return rows;
  }

  get(manager: EntityManager, id: string): Promise<FeedbackRow> {
    return manager.getRepository(FeedbackEntity).findOneByOrFail({ id });
  }

  async update(manager: EntityManager, id: string, patch: Partial<FeedbackRow>): Promise<FeedbackRow> {
    await manager.getRepository(FeedbackEntity).update({ id }, patch);
    return this.get(manager, id);
  }

  /** Inserts a delivered case unless it is already here (deliveries may repeat). */
  async insertIfMissing(manager: EntityManager, row: Omit<FeedbackRow, 'createdAt' | 'updatedAt'>): Promise<boolean> {
    const result = await manager.getRepository(FeedbackEntity).createQueryBuilder().insert().values(row).orIgnore().execute();
    return (result.raw as unknown[]).length > 0;
  }

  async addEvents(manager: EntityManager, events: NewCaseEvent[]): Promise<void> {
    if (events.length) await manager.getRepository(CaseEventEntity).insert(events);
  }

  historyOf(manager: EntityManager, id: string): Promise<CaseEventRow[]> {
    return manager.getRepository(CaseEventEntity).find({ where: { feedbackId: id }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** Histories of many cases in one statement. */
  async histories(ids: readonly string[]): Promise<Map<string, CaseEventRow[]>> {
    const rows = await this.dataSource
      .getRepository(CaseEventEntity)
      .createQueryBuilder('e')
      .where('e.feedback_id IN (:...ids)', { ids })
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const out = new Map<string, CaseEventRow[]>();
    for (const row of rows) out.set(row.feedbackId, [...(out.get(row.feedbackId) ?? []), row]);
    return out;
  }

  async byIds(ids: readonly string[]): Promise<FeedbackRow[]> {
    return this.dataSource.getRepository(FeedbackEntity).createQueryBuilder('f').where('f.id IN (:...ids)', { ids }).getMany();
  }

  /** Every category's deadlines, the unit's own where set and the defaults elsewhere. */
  async deadlines(manager: EntityManager = this.dataSource.manager): Promise<DeadlinePolicyRow[]> {
    const rows = await manager.getRepository(DeadlinePolicyEntity).find();
    const set = new Map(rows.map((r) => [r.category, r]));
    return FEEDBACK_CATEGORIES.map((category) => {
      const own = set.get(category);
      return own ? { category, acknowledgeDays: own.acknowledgeDays, answerDays: own.answerDays } : { category, ...DEFAULT_DEADLINE };
    });
  }

  async deadlineFor(manager: EntityManager, category: FeedbackCategory): Promise<DeadlinePolicyRow> {
    return (await this.deadlines(manager)).find((d) => d.category === category)!;
  }

  async setDeadline(policy: DeadlinePolicyRow): Promise<DeadlinePolicyRow> {
    await this.dataSource.getRepository(DeadlinePolicyEntity).upsert(policy, ['category']);
    return policy;
  }

  templates(): Promise<AnswerTemplateRow[]> {
    return this.dataSource.getRepository(AnswerTemplateEntity).find({ order: { createdAt: 'ASC' } });
  }

  async template(id: string): Promise<AnswerTemplateRow> {
    const row = isUuid(id) ? await this.dataSource.getRepository(AnswerTemplateEntity).findOneBy({ id }) : null;
    if (!row) throw new PlatformError('TEMPLATE_NOT_FOUND', {}, 'templateId');
    return row;
  }

  async createTemplate(values: Pick<AnswerTemplateRow, 'titleTh' | 'bodyTh' | 'bodyEn'>): Promise<AnswerTemplateRow> {
    const [row] = (
      await this.dataSource.getRepository(AnswerTemplateEntity).createQueryBuilder().insert().values(values).returning('*').execute()
    ).generatedMaps as AnswerTemplateRow[];
    return this.template(row!.id);
  }
}
