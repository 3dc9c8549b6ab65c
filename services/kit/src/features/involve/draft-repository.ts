import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { windowParams } from '../consultations/window.js';
import { notHeld } from '../moderation/moderation-repository.js';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import { PlatformError } from '../../errors.js';
import type { DecisionParticipant, DecisionState, NewDecision, NewDraft, SuggestionAnswer, SuggestionResponse } from './draft-input.js';
import { type PageRequest } from '../../pagination.js';

export interface DraftRow extends NewDraft {
  id: string;
  activityId: string;
  /** Taking suggestions, by the database clock at the time of the query. */
  open: boolean;
  decisionTh: string | null;
  decisionEn: string | null;
  finalTextTh: string | null;
  decidedAt: Date | null;
  /** The staff identity's subject that recorded the decision. */
  decidedBy: string | null;
  createdAt: Date;
}

export interface DraftSuggestionRow {
  id: string;
  draftId: string;
  body: string;
  authorName: string | null;
  organisation: string | null;
  createdAt: Date;
  response: SuggestionResponse | null;
  reasonTh: string | null;
  reasonEn: string | null;
  respondedAt: Date | null;
}

export interface DecisionParticipantRow extends DecisionParticipant {
  draftId: string;
}

/** Suggestions of one draft by the unit's response. */
export interface DraftSuggestionTally {
  total: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  unanswered: number;
}

export interface NewSuggestion {
  draftId: string;
  body: string;
  authorName: string | null;
  organisation: string | null;
  idempotencyKey: string;
}

export interface DraftQuery {
  openOnly?: boolean | null;
}

/** Open while now() is in [opens_at, closes_at): the one rule, in SQL, by the database clock. */
const OPEN_NOW = 'now() >= d.opens_at AND now() < d.closes_at';

const COLUMNS = `d.id, d.activity_id AS "activityId", d.kind, d.title_th AS "titleTh", d.title_en AS "titleEn",
  d.body_th AS "bodyTh", d.body_en AS "bodyEn", d.opens_at AS "opensAt", d.closes_at AS "closesAt", (${OPEN_NOW}) AS open,
  d.decision_th AS "decisionTh", d.decision_en AS "decisionEn", d.final_text_th AS "finalTextTh",
  d.decided_at AS "decidedAt", d.decided_by AS "decidedBy", d.created_at AS "createdAt"`;

const SUGGESTION_COLUMNS = `s.id, s.draft_id AS "draftId", s.body, s.author_name AS "authorName", s.organisation,
  s.created_at AS "createdAt", s.response, s.reason_th AS "reasonTh", s.reason_en AS "reasonEn", s.responded_at AS "respondedAt"`;

const EMPTY_TALLY: DraftSuggestionTally = { total: 0, adopted: 0, partlyAdopted: 0, notAdopted: 0, unanswered: 0 };
export const emptyTally = (): DraftSuggestionTally => ({ ...EMPTY_TALLY });

const groupBy = <T extends { draftId: string }>(rows: T[]) => {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(row.draftId, [...(out.get(row.draftId) ?? []), row]);
  return out;
};

/** Every query on a unit's drafts, their suggestions and joint decisions. */
export class DraftRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The draft on its activity, in the caller's transaction (which created the activity). */
  async create(values: NewDraft, activityId: string, manager: EntityManager): Promise<DraftRow> {
    const [row]: DraftRow[] = await manager.query(
      `INSERT INTO ${this.s}.draft AS d (activity_id, kind, title_th, title_en, body_th, body_en, opens_at, closes_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [activityId, values.kind, values.titleTh, values.titleEn, values.bodyTh, values.bodyEn, values.opensAt, values.closesAt],
    );
    return row!;
  }

  /** The draft, or DRAFT_NOT_FOUND. */
  async get(id: string, field = 'id'): Promise<DraftRow> {
    const row = isUuid(id) ? (await this.byIds([id]))[0] : undefined;
    if (!row) throw new PlatformError('DRAFT_NOT_FOUND', {}, field);
    return row;
  }

  byIds(ids: readonly string[]): Promise<DraftRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.draft d WHERE d.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest opening first; one extra row tells whether a next page exists. */
  page(filter: DraftQuery, page: PageRequest): Promise<DraftRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.draft d
       WHERE ${filter.openOnly ? OPEN_NOW : 'true'} AND ($1::timestamptz IS NULL OR (d.opens_at, d.id) < ($1, $2::uuid))
       ORDER BY d.opens_at DESC, d.id DESC LIMIT $3`,
      [page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  async count(filter: DraftQuery): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${this.s}.draft d WHERE ${filter.openOnly ? OPEN_NOW : 'true'}`,
    );
    return row!.n;
  }

  /**
   * A suggestion, in one statement that checks the window by the database clock and
   * shares the draft's lock with a decision being made. Null when nothing was inserted
   * (a retry, or the draft is not open): see `firstSuggestion` and `notOpen`.
   */
  async suggest(values: NewSuggestion, manager: EntityManager): Promise<(DraftSuggestionRow & { activityId: string }) | null> {
    const [row]: (DraftSuggestionRow & { activityId: string })[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO ${this.s}.draft_suggestion AS s (draft_id, body, author_name, organisation, idempotency_key)
         SELECT d.id, $2, $3, $4, $5 FROM ${this.s}.draft d
         WHERE d.id = $1 AND ${OPEN_NOW} AND d.decided_at IS NULL FOR SHARE OF d
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING ${SUGGESTION_COLUMNS}
       )
       SELECT inserted.*, d.activity_id AS "activityId" FROM inserted JOIN ${this.s}.draft d ON d.id = inserted."draftId"`,
      [values.draftId, values.body, values.authorName, values.organisation, values.idempotencyKey],
    );
    return row ?? null;
  }

  /** The suggestion first sent with this key, or IDEMPOTENCY_KEY_REUSED when it was another suggestion. */
  async firstSuggestion(values: NewSuggestion): Promise<DraftSuggestionRow | null> {
    const [first]: DraftSuggestionRow[] = await this.dataSource.query(
      `SELECT ${SUGGESTION_COLUMNS} FROM ${this.s}.draft_suggestion s WHERE s.idempotency_key = $1`,
      [values.idempotencyKey],
    );
    if (!first) return null;
    const same =
      first.draftId === values.draftId &&
      first.body === values.body &&
      first.authorName === values.authorName &&
      first.organisation === values.organisation;
    if (!same) throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
    return first;
  }

  /** Why a suggestion was not taken: no such draft, or outside its window. */
  async notOpen(draftId: string): Promise<PlatformError> {
    return new PlatformError('DRAFT_NOT_OPEN', windowParams(await this.get(draftId, 'draftId')), 'draftId');
  }

  /**
   * Sets (or changes) the unit's response, in one statement that waits for a decision
   * being made on the draft and refuses once the draft is decided.
   */
  async respond(suggestionId: string, answer: SuggestionAnswer): Promise<DraftSuggestionRow> {
    if (!isUuid(suggestionId)) throw new PlatformError('SUGGESTION_NOT_FOUND', {}, 'suggestionId');
    const [rows]: [DraftSuggestionRow[], number] = await this.dataSource.query(
      `WITH undecided AS (
         SELECT d.id FROM ${this.s}.draft d JOIN ${this.s}.draft_suggestion x ON x.draft_id = d.id
         WHERE x.id = $1 AND d.decided_at IS NULL FOR SHARE OF d
       )
       UPDATE ${this.s}.draft_suggestion AS s
       SET response = $2, reason_th = $3, reason_en = $4, responded_at = now()
       WHERE s.id = $1 AND s.draft_id IN (SELECT id FROM undecided)
       RETURNING ${SUGGESTION_COLUMNS}`,
      [suggestionId, answer.response, answer.reasonTh, answer.reasonEn],
    );
    if (rows[0]) return rows[0];
    const [found]: { decided: boolean }[] = await this.dataSource.query(
      `SELECT d.decided_at IS NOT NULL AS decided FROM ${this.s}.draft_suggestion s JOIN ${this.s}.draft d ON d.id = s.draft_id
       WHERE s.id = $1`,
      [suggestionId],
    );
    if (!found) throw new PlatformError('SUGGESTION_NOT_FOUND', {}, 'suggestionId');
    throw new PlatformError('DRAFT_ALREADY_DECIDED', {}, 'suggestionId');
  }

  /**
   * The draft locked for its decision, with the database clock and the suggestions still
   * unanswered (counted after the lock, so a suggestion committed meanwhile is counted).
   */
  async lockForDecision(id: string, manager: EntityManager): Promise<{ state: DecisionState; activityId: string; now: Date }> {
    if (!isUuid(id)) throw new PlatformError('DRAFT_NOT_FOUND', {}, 'draftId');
    const [row]: { opensAt: Date; closesAt: Date; decidedAt: Date | null; activityId: string; now: Date }[] = await manager.query(
      `SELECT d.opens_at AS "opensAt", d.closes_at AS "closesAt", d.decided_at AS "decidedAt", d.activity_id AS "activityId",
         now() AS now
       FROM ${this.s}.draft d WHERE d.id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw new PlatformError('DRAFT_NOT_FOUND', {}, 'draftId');
    const [count]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM ${this.s}.draft_suggestion WHERE draft_id = $1 AND response IS NULL`,
      [id],
    );
    const { activityId, now, ...window } = row;
    return { state: { ...window, unanswered: count!.n }, activityId, now };
  }

  /** Writes the decision and the people who made it, in the caller's transaction (which holds the lock). */
  async decide(id: string, decision: NewDecision, decidedBy: string, manager: EntityManager): Promise<DraftRow> {
    const [rows]: [DraftRow[], number] = await manager.query(
      `UPDATE ${this.s}.draft AS d SET decision_th = $2, decision_en = $3, final_text_th = $4, decided_by = $5, decided_at = now()
       WHERE d.id = $1 RETURNING ${COLUMNS}`,
      [id, decision.decisionTh, decision.decisionEn, decision.finalTextTh, decidedBy],
    );
    await manager.query(
      `INSERT INTO ${this.s}.draft_decision_participant (draft_id, position, name, role, partner_id)
       SELECT $1, p.position, p.name, p.role, p."partnerId"
       FROM jsonb_to_recordset($2::jsonb) AS p(position int, name text, role text, "partnerId" uuid)`,
      [id, JSON.stringify(decision.decidedWith.map((person, i) => ({ position: i + 1, ...person })))],
    );
    return rows[0]!;
  }

  /** Suggestions of many drafts by response, in one statement (those the unit holds for approval not yet). */
  async tallies(ids: readonly string[]): Promise<Map<string, DraftSuggestionTally>> {
    const rows: (DraftSuggestionTally & { id: string })[] = await this.dataSource.query(
      `SELECT draft_id AS id, count(*)::int AS total,
         count(*) FILTER (WHERE response = 'ADOPTED')::int AS adopted,
         count(*) FILTER (WHERE response = 'PARTLY_ADOPTED')::int AS "partlyAdopted",
         count(*) FILTER (WHERE response = 'NOT_ADOPTED')::int AS "notAdopted",
         count(*) FILTER (WHERE response IS NULL)::int AS unanswered
       FROM ${this.s}.draft_suggestion x WHERE draft_id = ANY($1::uuid[]) AND ${notHeld(this.s, 'DRAFT_SUGGESTION', 'x.id')}
       GROUP BY draft_id`,
      [ids],
    );
    return new Map(rows.map(({ id, ...tally }) => [id, tally]));
  }

  /** The same page of suggestions (oldest first) of many drafts, in one statement; held ones show once approved. */
  async suggestionPages(ids: readonly string[], page: PageRequest): Promise<Map<string, DraftSuggestionRow[]>> {
    const rows: DraftSuggestionRow[] = await this.dataSource.query(
      `SELECT id, "draftId", body, "authorName", organisation, "createdAt", response, "reasonTh", "reasonEn", "respondedAt" FROM (
         SELECT ${SUGGESTION_COLUMNS}, row_number() OVER (PARTITION BY s.draft_id ORDER BY s.created_at, s.id) AS rn
         FROM ${this.s}.draft_suggestion s
         WHERE s.draft_id = ANY($1::uuid[]) AND ($2::timestamptz IS NULL OR (s.created_at, s.id) > ($2, $3::uuid))
           AND ${notHeld(this.s, 'DRAFT_SUGGESTION', 's.id')}
       ) page WHERE rn <= $4 ORDER BY "createdAt", id`,
      [ids, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
    return groupBy(rows);
  }

  /** The people of the decisions on many drafts, in the order given, in one statement. */
  async participantsOf(ids: readonly string[]): Promise<Map<string, DecisionParticipantRow[]>> {
    const rows: DecisionParticipantRow[] = await this.dataSource.query(
      `SELECT draft_id AS "draftId", name, role, partner_id AS "partnerId" FROM ${this.s}.draft_decision_participant
       WHERE draft_id = ANY($1::uuid[]) ORDER BY draft_id, position`,
      [ids],
    );
    return groupBy(rows);
  }
}
