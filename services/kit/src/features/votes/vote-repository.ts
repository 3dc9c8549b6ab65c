import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { windowParams } from '../consultations/window.js';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import type { NewVote, VoteCounts, VoteOptionRow, VoteReceiptRow, VoteRow } from './types.js';
import { PlatformError } from '../../errors.js';
import { type PageRequest } from '../../pagination.js';
import { issueUniqueCodes } from '../consultations/participant-codes.js';

const COLUMNS = `v.id, v.title_th AS "titleTh", v.title_en AS "titleEn", v.question_th AS "questionTh",
  v.opens_at AS "opensAt", v.closes_at AS "closesAt", v.eligibility, v.level, v.activity_id AS "activityId",
  v.created_at AS "createdAt",
  CASE WHEN now() < v.opens_at THEN 'UPCOMING' WHEN now() < v.closes_at THEN 'OPEN' ELSE 'CLOSED' END AS status`;

const OPTION_COLUMNS = `o.id, o.vote_id AS "voteId", o.position, o.label_th AS "labelTh", o.label_en AS "labelEn"`;

const RECEIPT_COLUMNS = `b.id, b.vote_id AS "voteId", b.cast_at AS "castAt"`;

export interface NewBallot {
  vote: VoteRow;
  optionId: string;
  /** The participant, keyed: one vote each (vote_voter's primary key). */
  voterKey: string;
  /** LISTED votes: the canonical code, spent by this vote. */
  participantCode: string | null;
  idempotencyKey: string;
  requestHash: string;
  /** Writes what else the vote records (its participant) in the same transaction. */
  alsoRecord: (manager: EntityManager) => Promise<void>;
}

/** Thrown inside the ballot transaction to roll it back and find out why outside it. */
class LookAgain extends Error {}

/** Every query on a unit's votes, their options, codes and ballots. */
export class VoteRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The vote and its options, in the caller's transaction (which also wrote its activity). */
  async insert(values: NewVote, activityId: string, manager: EntityManager): Promise<VoteRow> {
    const [vote]: VoteRow[] = await manager.query(
      `INSERT INTO ${this.s}.vote AS v (title_th, title_en, question_th, opens_at, closes_at, eligibility, level, activity_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [values.titleTh, values.titleEn, values.questionTh, values.opensAt, values.closesAt, values.eligibility, values.level, activityId],
    );
    await manager.query(
      `INSERT INTO ${this.s}.vote_option (vote_id, position, label_th, label_en)
       SELECT $1, o.position, o."labelTh", o."labelEn"
       FROM jsonb_to_recordset($2::jsonb) AS o(position int, "labelTh" text, "labelEn" text)`,
      [vote!.id, JSON.stringify(values.options.map((option, i) => ({ ...option, position: i + 1 })))],
    );
    return vote!;
  }

  /** The vote, or VOTE_NOT_FOUND. */
  async get(id: string, field = 'id'): Promise<VoteRow> {
    const row = isUuid(id) ? (await this.byIds([id]))[0] : undefined;
    if (!row) throw new PlatformError('VOTE_NOT_FOUND', {}, field);
    return row;
  }

  byIds(ids: readonly string[]): Promise<VoteRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.vote v WHERE v.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest opening first; one extra row tells whether a next page exists. */
  page(page: PageRequest): Promise<VoteRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.vote v
       WHERE $1::timestamptz IS NULL OR (v.opens_at, v.id) < ($1, $2::uuid)
       ORDER BY v.opens_at DESC, v.id DESC LIMIT $3`,
      [page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  async count(): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.s}.vote`);
    return row!.n;
  }

  /** Options of many votes in one statement, in order; in the caller's transaction when given one (a vote it just opened). */
  async optionsOf(voteIds: readonly string[], manager?: EntityManager): Promise<Map<string, VoteOptionRow[]>> {
    const rows: VoteOptionRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${OPTION_COLUMNS} FROM ${this.s}.vote_option o WHERE o.vote_id = ANY($1::uuid[]) ORDER BY o.vote_id, o.position`,
      [voteIds],
    );
    const out = new Map<string, VoteOptionRow[]>();
    for (const row of rows) out.set(row.voteId, [...(out.get(row.voteId) ?? []), row]);
    return out;
  }

  /** Random codes for a LISTED vote. */
  async issueCodes(voteId: string, count: number): Promise<string[]> {
    const vote = await this.get(voteId, 'voteId');
    if (vote.eligibility !== 'LISTED') throw new PlatformError('VOTE_NOT_LISTED', {}, 'voteId');
    return issueUniqueCodes(count, async (batch) => {
      const rows: { code: string }[] = await this.dataSource.query(
        `INSERT INTO ${this.s}.vote_code (vote_id, participant_code) SELECT $1, code FROM unnest($2::text[]) AS code
         ON CONFLICT DO NOTHING RETURNING participant_code AS code`,
        [voteId, batch],
      );
      return rows.map((r) => r.code);
    });
  }

  /**
   * One ballot, or nothing: inside the window (checked under a share lock, so closeVote waits
   * for it or it sees the close), a LISTED code spent once, the participant once per vote
   * (vote_voter's primary key), the ballot once per idempotency key. The ballot keeps no voter.
   */
  async cast(ballot: NewBallot): Promise<VoteReceiptRow> {
    const { vote, optionId, voterKey, participantCode, idempotencyKey, requestHash } = ballot;
    const replay = () => this.replay(idempotencyKey, vote.id, requestHash);
    const first = await replay();
    if (first) return first;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [open]: { open: boolean }[] = await manager.query(
          `SELECT now() >= v.opens_at AND now() < v.closes_at AS open FROM ${this.s}.vote v WHERE v.id = $1 FOR SHARE`,
          [vote.id],
        );
        if (!open?.open) throw new PlatformError('VOTE_NOT_OPEN', windowParams(vote), 'voteId');
        if (participantCode) {
          const [spent]: [unknown[], number] = await manager.query(
            `UPDATE ${this.s}.vote_code SET used = true WHERE vote_id = $1 AND participant_code = $2 AND NOT used RETURNING 1`,
            [vote.id, participantCode],
          );
          if (spent.length === 0) throw new LookAgain();
        }
        const voter: unknown[] = await manager.query(
          `INSERT INTO ${this.s}.vote_voter (vote_id, voter_key) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
          [vote.id, voterKey],
        );
        if (voter.length === 0) throw new LookAgain();
        const [receipt]: VoteReceiptRow[] = await manager.query(
          `INSERT INTO ${this.s}.vote_ballot AS b (vote_id, option_id, idempotency_key, request_hash) VALUES ($1, $2, $3, $4)
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${RECEIPT_COLUMNS}`,
          [vote.id, optionId, idempotencyKey, requestHash],
        );
        if (!receipt) throw new LookAgain();
        await ballot.alsoRecord(manager);
        return receipt;
      });
    } catch (error) {
      if (!(error instanceof LookAgain)) throw error;
      // A retry that raced the first attempt finds it now; otherwise this participant voted, or may not.
      const raced = await replay();
      if (raced) return raced;
      if (participantCode && !(await this.codeIssued(vote.id, participantCode))) {
        throw new PlatformError('VOTE_NOT_ELIGIBLE', {}, 'participantCode');
      }
      throw new PlatformError('VOTE_ALREADY_CAST', {}, participantCode ? 'participantCode' : 'voteId');
    }
  }

  private async codeIssued(voteId: string, code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM ${this.s}.vote_code WHERE vote_id = $1 AND participant_code = $2`, [
      voteId,
      code,
    ]);
    return rows.length > 0;
  }

  /** The first receipt sent with this key, or IDEMPOTENCY_KEY_REUSED when it was for another ballot. */
  private async replay(key: string, voteId: string, requestHash: string): Promise<VoteReceiptRow | null> {
    const [row]: (VoteReceiptRow & { requestHash: string })[] = await this.dataSource.query(
      `SELECT ${RECEIPT_COLUMNS}, b.request_hash AS "requestHash" FROM ${this.s}.vote_ballot b WHERE b.idempotency_key = $1`,
      [key],
    );
    if (!row) return null;
    if (row.voteId !== voteId || row.requestHash !== requestHash) {
      throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
    }
    const { requestHash: _hash, ...receipt } = row;
    return receipt;
  }

  /** Ends an OPEN vote now, in the caller's transaction; null when the vote is not open. */
  async closeNow(id: string, manager: EntityManager): Promise<VoteRow | null> {
    const [rows]: [VoteRow[], number] = await manager.query(
      `UPDATE ${this.s}.vote AS v SET closes_at = now() WHERE v.id = $1 AND now() > v.opens_at AND now() < v.closes_at
       RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Ballots per option and codes issued, of many votes in one statement, for CLOSED votes
   * only: the condition is here too, so no caller can count an open vote by mistake.
   */
  async closedCounts(voteIds: readonly string[]): Promise<Map<string, VoteCounts>> {
    const rows: { id: string; codes: number; byOption: Record<string, number> }[] = await this.dataSource.query(
      `SELECT v.id,
         (SELECT count(*)::int FROM ${this.s}.vote_code c WHERE c.vote_id = v.id) AS codes,
         (SELECT coalesce(jsonb_object_agg(t.option_id, t.n), '{}'::jsonb) FROM (
            SELECT b.option_id, count(*)::int AS n FROM ${this.s}.vote_ballot b WHERE b.vote_id = v.id GROUP BY b.option_id
          ) t) AS "byOption"
       FROM ${this.s}.vote v WHERE v.id = ANY($1::uuid[]) AND now() >= v.closes_at`,
      [voteIds],
    );
    return new Map(rows.map((r) => [r.id, { codesIssued: r.codes, byOption: new Map(Object.entries(r.byOption)) }]));
  }
}
