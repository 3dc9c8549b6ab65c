import {
  activityDraft,
  dateOnlyCursorAt,
  quoteIdent,
  unitSchemaOf,
  type Connection,
  type DataSource,
  type PageRequest,
  type StoredSubmission,
  type UnitRepositories,
} from '@sesao28/kit';
import { DISCLOSURE_KINDS, type DisclosureKind, type ProcurementMethod } from './disclosure-rules.js';

export interface DisclosureRow {
  id: string;
  activityId: string;
  kind: DisclosureKind;
  titleTh: string;
  projectTh: string;
  amountBaht: number;
  method: ProcurementMethod;
  vendorName: string | null;
  fiscalYear: number;
  /** YYYY-MM-DD. */
  publishedOn: string;
}

export interface QuestionRow {
  id: string;
  disclosureId: string;
  question: string;
  askedAt: Date;
  answerTh: string | null;
  answeredAt: Date | null;
}

export type NewDisclosure = Omit<DisclosureRow, 'id' | 'activityId'>;
export type DisclosureConnectionModel = Connection<DisclosureRow>;
export interface DisclosureTotalRow {
  kind: DisclosureKind;
  count: number;
  amountBaht: number;
}

const COLUMNS = `d.id, d.activity_id AS "activityId", d.kind, d.title_th AS "titleTh", d.project_th AS "projectTh",
  d.amount_baht::float8 AS "amountBaht", d.method, d.vendor_name AS "vendorName", d.fiscal_year AS "fiscalYear",
  to_char(d.published_on, 'YYYY-MM-DD') AS "publishedOn"`;
const QUESTION_COLUMNS = `q.id, q.disclosure_id AS "disclosureId", q.question, q.asked_at AS "askedAt", q.answer_th AS "answerTh",
  q.answered_at AS "answeredAt"`;

export const disclosureCursorAt = (row: DisclosureRow) => dateOnlyCursorAt(row.publishedOn);

/** Disclosures and the questions asked on them. */
export class DisclosureRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repos: Pick<UnitRepositories, 'activities' | 'participants'>,
  ) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The disclosure and its INFORM activity: one transaction. Amounts go to SQL as exact decimals. */
  publish(values: NewDisclosure): Promise<DisclosureRow> {
    const draft = activityDraft({
      level: 'INFORM',
      titleTh: values.titleTh,
      bodyTh: [values.projectTh, values.vendorName].filter(Boolean).join(' — '),
      startsAt: `${values.publishedOn}T00:00:00+07:00`,
    });
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.repos.activities.create(draft, manager);
      const [row]: DisclosureRow[] = await manager.query(
        `INSERT INTO ${this.s}.disclosure AS d (activity_id, kind, title_th, project_th, amount_baht, method, vendor_name,
           fiscal_year, published_on)
         VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8, $9::date) RETURNING ${COLUMNS}`,
        [
          activity.id,
          values.kind,
          values.titleTh,
          values.projectTh,
          values.amountBaht.toFixed(2),
          values.method,
          values.vendorName,
          values.fiscalYear,
          values.publishedOn,
        ],
      );
      return row!;
    });
  }

  byIds(ids: readonly string[]): Promise<DisclosureRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.disclosure d WHERE d.id = ANY($1::uuid[])`, [ids]);
  }

  /** Latest publication first; one extra row tells whether a next page exists. */
  page(filter: { fiscalYear?: number | null; kind?: DisclosureKind | null }, page: PageRequest): Promise<DisclosureRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.disclosure d
       WHERE ($1::int IS NULL OR d.fiscal_year = $1) AND ($2::text IS NULL OR d.kind = $2)
         AND ($3::timestamptz IS NULL OR (d.published_on, d.id) < (($3::timestamptz AT TIME ZONE 'UTC')::date, $4::uuid))
       ORDER BY d.published_on DESC, d.id DESC LIMIT $5`,
      [filter.fiscalYear ?? null, filter.kind ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** Count and sum of each kind in a fiscal year, zeros included; summed exactly in SQL. */
  async totals(fiscalYear: number): Promise<DisclosureTotalRow[]> {
    const rows: DisclosureTotalRow[] = await this.dataSource.query(
      `SELECT kind, count(*)::int AS count, sum(amount_baht)::float8 AS "amountBaht"
       FROM ${this.s}.disclosure WHERE fiscal_year = $1 GROUP BY kind`,
      [fiscalYear],
    );
    return DISCLOSURE_KINDS.map((kind) => rows.find((r) => r.kind === kind) ?? { kind, count: 0, amountBaht: 0 });
  }

  /**
   * The question and its asker on the disclosure's activity, in one transaction; nothing
   * when the disclosure does not exist or the key is taken.
   */
  ask(values: { disclosureId: string; question: string; idempotencyKey: string; requestHash: string; participantKey: string }) {
    return this.dataSource.transaction(async (manager): Promise<QuestionRow | undefined> => {
      const [row]: (QuestionRow & { activityId: string })[] = await manager.query(
        `INSERT INTO ${this.s}.disclosure_question AS q (disclosure_id, question, idempotency_key, request_hash)
         SELECT d.id, $2, $3, $4 FROM ${this.s}.disclosure d WHERE d.id = $1
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING ${QUESTION_COLUMNS}, (SELECT activity_id FROM ${this.s}.disclosure WHERE id = q.disclosure_id) AS "activityId"`,
        [values.disclosureId, values.question, values.idempotencyKey, values.requestHash],
      );
      if (!row) return undefined;
      const { activityId, ...question } = row;
      await this.repos.participants.record(activityId, values.participantKey, manager);
      return question;
    });
  }

  async questionByKey(key: string): Promise<StoredSubmission<QuestionRow> | undefined> {
    const [found]: (QuestionRow & { requestHash: string })[] = await this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS}, q.request_hash AS "requestHash" FROM ${this.s}.disclosure_question q WHERE q.idempotency_key = $1`,
      [key],
    );
    if (!found) return undefined;
    const { requestHash, ...row } = found;
    return { row, requestHash };
  }

  /** The answer, once: the updated question, or why not (missing or already answered). */
  async answer(questionId: string, answerTh: string): Promise<QuestionRow | 'missing' | 'answered'> {
    const [rows]: [QuestionRow[], number] = await this.dataSource.query(
      `UPDATE ${this.s}.disclosure_question q SET answer_th = $2, answered_at = now()
       WHERE q.id = $1 AND q.answer_th IS NULL RETURNING ${QUESTION_COLUMNS}`,
      [questionId, answerTh],
    );
    if (rows[0]) return rows[0];
    const [exists]: unknown[] = await this.dataSource.query(`SELECT 1 FROM ${this.s}.disclosure_question WHERE id = $1`, [questionId]);
    return exists ? 'answered' : 'missing';
  }

  /** Questions of many disclosures in one statement, oldest first. */
  questionsOf(disclosureIds: readonly string[]): Promise<QuestionRow[]> {
    return this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS} FROM ${this.s}.disclosure_question q WHERE q.disclosure_id = ANY($1::uuid[]) ORDER BY q.asked_at, q.id`,
      [disclosureIds],
    );
  }
}
