import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { windowParams } from './window.js';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import { PlatformError } from '../../errors.js';
import { type PageRequest } from '../../pagination.js';
import { issueUniqueCodes } from './participant-codes.js';
import type { ParticipantRepository } from '../activities/participant-repository.js';
import type {
  NewSurvey,
  SurveyOptionModel,
  SurveyQuestionResultRow,
  SurveyQuestionRow,
  SurveyResponseRow,
  SurveyRow,
  SurveyTextRow,
  ValidAnswer,
} from './survey-types.js';

const COLUMNS = `v.id, v.title_th AS "titleTh", v.title_en AS "titleEn", v.description_th AS "descriptionTh",
  v.description_en AS "descriptionEn", v.opens_at AS "opensAt", v.closes_at AS "closesAt", v.anonymous,
  v.eligibility, v.template, v.activity_id AS "activityId", v.created_at AS "createdAt",
  CASE WHEN now() < v.opens_at THEN 'UPCOMING' WHEN now() < v.closes_at THEN 'OPEN' ELSE 'CLOSED' END AS status`;

const QUESTION_COLUMNS = `q.id, q.survey_id AS "surveyId", q.position, q.kind, q.text_th AS "textTh", q.text_en AS "textEn",
  q.required, q.options`;

const RESPONSE_COLUMNS = `r.id, r.survey_id AS "surveyId", r.participant_code AS "participantCode", r.submitted_at AS "submittedAt"`;

type StoredOption = { th: string; en: string | null };
type RawQuestion = Omit<SurveyQuestionRow, 'options'> & { options: StoredOption[] };

const questionOf = ({ options, ...row }: RawQuestion): SurveyQuestionRow => ({
  ...row,
  options: options.map((o, index): SurveyOptionModel => ({ index, labelTh: o.th, labelEn: o.en ?? null })),
});

export interface NewResponse {
  survey: SurveyRow;
  /** Canonical code for LISTED surveys; null for OPEN ones. */
  participantCode: string | null;
  answers: ValidAnswer[];
  idempotencyKey: string;
  /** Who responded (activities/participants.ts), counted on the survey's activity when it has one. */
  participantKey: string;
}

/** Thrown inside the response transaction to roll it back and look again outside it. */
class LookAgain extends Error {}

/** Every query on a unit's surveys, their codes, responses and results. */
export class SurveyRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly participants: ParticipantRepository,
  ) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The survey and its questions: one transaction; UNKNOWN_ACTIVITY when it names no activity of the unit. */
  async create(values: NewSurvey): Promise<SurveyRow> {
    try {
      return await this.insert(values);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
      }
      throw error;
    }
  }

  private insert(values: NewSurvey): Promise<SurveyRow> {
    return this.dataSource.transaction(async (manager) => {
      const [survey]: SurveyRow[] = await manager.query(
        `INSERT INTO ${this.s}.survey AS v (title_th, title_en, description_th, description_en, opens_at, closes_at,
           anonymous, eligibility, template, activity_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
        [
          values.titleTh,
          values.titleEn,
          values.descriptionTh,
          values.descriptionEn,
          values.opensAt,
          values.closesAt,
          values.anonymous,
          values.eligibility,
          values.template,
          values.activityId ?? null,
        ],
      );
      const questions = values.questions.map((q) => ({
        position: q.position,
        kind: q.kind,
        text_th: q.textTh,
        text_en: q.textEn,
        required: q.required,
        options: q.options.map((o): StoredOption => ({ th: o.labelTh, en: o.labelEn })),
      }));
      await manager.query(
        `INSERT INTO ${this.s}.survey_question (survey_id, position, kind, text_th, text_en, required, options)
         SELECT $1, q.position, q.kind, q.text_th, q.text_en, q.required, q.options
         FROM jsonb_to_recordset($2::jsonb) AS q(position int, kind text, text_th text, text_en text, required boolean, options jsonb)`,
        [survey!.id, JSON.stringify(questions)],
      );
      return survey!;
    });
  }

  /** The survey, or SURVEY_NOT_FOUND. */
  async get(id: string, field = 'id'): Promise<SurveyRow> {
    const row = isUuid(id) ? (await this.byIds([id]))[0] : undefined;
    if (!row) throw new PlatformError('SURVEY_NOT_FOUND', {}, field);
    return row;
  }

  byIds(ids: readonly string[]): Promise<SurveyRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.survey v WHERE v.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest opening first; one extra row tells whether a next page exists. */
  page(page: PageRequest): Promise<SurveyRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.survey v
       WHERE $1::timestamptz IS NULL OR (v.opens_at, v.id) < ($1, $2::uuid)
       ORDER BY v.opens_at DESC, v.id DESC LIMIT $3`,
      [page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  async count(): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.s}.survey`);
    return row!.n;
  }

  /** Questions of many surveys in one statement, in order. */
  async questionsOf(surveyIds: readonly string[]): Promise<Map<string, SurveyQuestionRow[]>> {
    const rows: RawQuestion[] = await this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS} FROM ${this.s}.survey_question q WHERE q.survey_id = ANY($1::uuid[]) ORDER BY q.survey_id, q.position`,
      [surveyIds],
    );
    const out = new Map<string, SurveyQuestionRow[]>();
    for (const row of rows) out.set(row.surveyId, [...(out.get(row.surveyId) ?? []), questionOf(row)]);
    return out;
  }

  /** Responses and issued codes of many surveys in one statement. */
  async counts(surveyIds: readonly string[]): Promise<Map<string, { responses: number; codesIssued: number }>> {
    const rows: { id: string; responses: number; codes: number }[] = await this.dataSource.query(
      `SELECT v.id,
         (SELECT count(*)::int FROM ${this.s}.survey_response r WHERE r.survey_id = v.id) AS responses,
         (SELECT count(*)::int FROM ${this.s}.survey_participant p WHERE p.survey_id = v.id) AS codes
       FROM ${this.s}.survey v WHERE v.id = ANY($1::uuid[])`,
      [surveyIds],
    );
    return new Map(rows.map((r) => [r.id, { responses: r.responses, codesIssued: r.codes }]));
  }

  /** Random codes for a LISTED survey; a (very unlikely) clash is drawn again. */
  async issueCodes(surveyId: string, count: number): Promise<string[]> {
    const survey = await this.get(surveyId, 'surveyId');
    if (survey.eligibility !== 'LISTED') throw new PlatformError('SURVEY_NOT_LISTED', {}, 'surveyId');
    return issueUniqueCodes(count, async (batch) => {
      const rows: { code: string }[] = await this.dataSource.query(
        `INSERT INTO ${this.s}.survey_participant (survey_id, participant_code)
         SELECT $1, code FROM unnest($2::text[]) AS code
         ON CONFLICT DO NOTHING RETURNING participant_code AS code`,
        [surveyId, batch],
      );
      return rows.map((r) => r.code);
    });
  }

  /**
   * One response and all its answers, in one transaction, or nothing. A LISTED survey
   * spends the participant's code (one response per code); an anonymous one keeps the
   * code away from the response. A retry with the same key returns the first response.
   */
  async respond(input: NewResponse): Promise<SurveyResponseRow> {
    const { survey, participantCode, answers, idempotencyKey } = input;
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ surveyId: survey.id, participantCode, answers }))
      .digest('hex');
    const replay = () => this.replay(idempotencyKey, survey.id, requestHash);
    const first = await replay();
    if (first) return first;
    if (survey.status !== 'OPEN') throw new PlatformError('SURVEY_NOT_OPEN', windowParams(survey), 'surveyId');
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (survey.eligibility === 'LISTED') {
          const [spent]: [unknown[], number] = await manager.query(
            `UPDATE ${this.s}.survey_participant SET used_at = now()
             WHERE survey_id = $1 AND participant_code = $2 AND used_at IS NULL RETURNING 1`,
            [survey.id, participantCode],
          );
          if (spent.length === 0) throw new LookAgain();
        }
        const [response]: SurveyResponseRow[] = await manager.query(
          `INSERT INTO ${this.s}.survey_response AS r (survey_id, participant_code, idempotency_key, request_hash)
           VALUES ($1, $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${RESPONSE_COLUMNS}`,
          [survey.id, survey.anonymous ? null : participantCode, idempotencyKey, requestHash],
        );
        if (!response) throw new LookAgain();
        await manager.query(
          `INSERT INTO ${this.s}.survey_answer (response_id, question_id, choices, scale, text)
           SELECT $1, a."questionId", a.choices, a.scale, a.text
           FROM jsonb_to_recordset($2::jsonb) AS a("questionId" uuid, choices int[], scale int, text text)`,
          [response.id, JSON.stringify(answers)],
        );
        if (survey.activityId) await this.participants.record(survey.activityId, input.participantKey, manager);
        return response;
      });
    } catch (error) {
      if (!(error instanceof LookAgain)) throw error;
      // A retry that raced the first attempt finds it now; otherwise the code was spent or never issued.
      const raced = await replay();
      if (raced) return raced;
      const [code]: { used: boolean }[] = await this.dataSource.query(
        `SELECT used_at IS NOT NULL AS used FROM ${this.s}.survey_participant WHERE survey_id = $1 AND participant_code = $2`,
        [survey.id, participantCode],
      );
      if (code?.used) throw new PlatformError('SURVEY_ALREADY_ANSWERED', {}, 'participantCode');
      throw new PlatformError('SURVEY_CODE_INVALID', {}, 'participantCode');
    }
  }

  /** The first response sent with this key, or IDEMPOTENCY_KEY_REUSED when it was for something else. */
  private async replay(key: string, surveyId: string, requestHash: string): Promise<SurveyResponseRow | null> {
    const [row]: (SurveyResponseRow & { requestHash: string })[] = await this.dataSource.query(
      `SELECT ${RESPONSE_COLUMNS}, r.request_hash AS "requestHash" FROM ${this.s}.survey_response r WHERE r.idempotency_key = $1`,
      [key],
    );
    if (!row) return null;
    if (row.surveyId !== surveyId || row.requestHash !== requestHash) {
      throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
    }
    const { requestHash: _hash, ...response } = row;
    return response;
  }

  /**
   * Results of many surveys in one statement: per question the responses that answered
   * it, the count of every option (zeros included), the mean and the 1..5 distribution.
   */
  async results(surveyIds: readonly string[]): Promise<Map<string, SurveyQuestionResultRow[]>> {
    const rows: (RawQuestion & {
      answered: number;
      average: number | null;
      optionCounts: number[] | null;
      distribution: number[] | null;
    })[] = await this.dataSource.query(
      `WITH q AS (
           SELECT ${QUESTION_COLUMNS} FROM ${this.s}.survey_question q WHERE q.survey_id = ANY($1::uuid[])
         ), a AS (
           SELECT a.* FROM ${this.s}.survey_answer a JOIN q ON q.id = a.question_id
         ), chosen AS (
           SELECT a.question_id, c AS option, count(*)::int AS n FROM a, unnest(a.choices) AS c GROUP BY a.question_id, c
         ), scaled AS (
           SELECT a.question_id, a.scale, count(*)::int AS n FROM a WHERE a.scale IS NOT NULL GROUP BY a.question_id, a.scale
         )
         SELECT q.*,
           (SELECT count(*)::int FROM a WHERE a.question_id = q.id) AS answered,
           (SELECT avg(a.scale)::float8 FROM a WHERE a.question_id = q.id) AS average,
           CASE WHEN q.kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') THEN ARRAY(
             SELECT coalesce(chosen.n, 0) FROM generate_series(0, jsonb_array_length(q.options) - 1) AS i
             LEFT JOIN chosen ON chosen.question_id = q.id AND chosen.option = i ORDER BY i) END AS "optionCounts",
           CASE WHEN q.kind = 'SCALE_1_5' THEN ARRAY(
             SELECT coalesce(scaled.n, 0) FROM generate_series(1, 5) AS v
             LEFT JOIN scaled ON scaled.question_id = q.id AND scaled.scale = v ORDER BY v) END AS distribution
         FROM q ORDER BY q."surveyId", q.position`,
      [surveyIds],
    );
    const out = new Map<string, SurveyQuestionResultRow[]>();
    for (const { answered, average, optionCounts, distribution, ...question } of rows) {
      const result = { question: questionOf(question), answered, average, optionCounts, distribution };
      out.set(question.surveyId, [...(out.get(question.surveyId) ?? []), result]);
    }
    return out;
  }

  /** The same page of free-text answers (newest first) of many questions, in one statement. */
  async textPages(questionIds: readonly string[], page: PageRequest): Promise<Map<string, SurveyTextRow[]>> {
    const rows: SurveyTextRow[] = await this.dataSource.query(
      `SELECT id, "questionId", text, "submittedAt", "participantCode" FROM (
         SELECT r.id, a.question_id AS "questionId", a.text, r.submitted_at AS "submittedAt",
           r.participant_code AS "participantCode",
           row_number() OVER (PARTITION BY a.question_id ORDER BY r.submitted_at DESC, r.id DESC) AS rn
         FROM ${this.s}.survey_answer a JOIN ${this.s}.survey_response r ON r.id = a.response_id
         WHERE a.question_id = ANY($1::uuid[]) AND a.text IS NOT NULL
           AND ($2::timestamptz IS NULL OR (r.submitted_at, r.id) < ($2, $3::uuid))
       ) page WHERE rn <= $4 ORDER BY "submittedAt" DESC, id DESC`,
      [questionIds, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
    const out = new Map<string, SurveyTextRow[]>();
    for (const row of rows) out.set(row.questionId, [...(out.get(row.questionId) ?? []), row]);
    return out;
  }
}
