import type { DataSource, EntityManager } from 'typeorm';
import type { UnitContext, UnitServices } from './context.js';
import type { UnitResolvers } from './resolvers/types.js';
import { mergeResolvers } from './schema.js';

// What units' own features (services/<slug>/src) share: one place instead of a copy per unit.
export { requireIdempotencyKey } from './text.js';
export { checkPartner } from './features/partners/resolvers.js';
export { bahtAmount } from './baht.js';
// Drafts and votes a unit's own feature opens and decides inside a transaction of its own.
export { draftInput, type DraftInputData, type DraftDecisionData, type NewDecision } from './features/involve/draft-input.js';
export { createDraft, checkedDecision, recordDecision } from './features/involve/resolvers.js';
export { voteInput, hasDuplicateLabels, VOTE_OPTION_LIMITS, type VoteInputData } from './features/votes/vote-input.js';
export { createVote } from './features/votes/resolvers.js';
export { tally, ranked, type VoteResults, type VoteOptionResult } from './features/votes/tally.js';
export type { NewVote, VoteEligibility, VoteStatus } from './features/votes/types.js';
export { openWindow, windowParams } from './features/consultations/window.js';

/** A unit's resolver maps of several features as one, type by type (each feature adds fields to the unit's types). */
export const combineResolvers = (...maps: UnitResolvers[]): UnitResolvers => mergeResolvers(...maps) as UnitResolvers;

/**
 * One instance per running server (keyed by its DataSource), e.g. a unit's own repository:
 * `const ordersOf = perServer((s) => new OrderRepository(s.dataSource, s.unit.schemaName))`.
 */
export function perServer<T>(make: (services: UnitServices) => T): (services: UnitServices) => T {
  const made = new WeakMap<object, T>();
  return (services) => {
    let value = made.get(services.dataSource);
    if (value === undefined) {
      value = make(services);
      made.set(services.dataSource, value);
    }
    return value;
  };
}

const isUniqueViolation = (error: unknown) =>
  ((error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code) === '23505';

export interface CreateOnce<T> {
  /** The record already there for this key (retry key or natural key), if any. */
  find: () => Promise<T | undefined>;
  /** Writes the record and everything that goes with it (its activity, links), in one transaction. */
  create: (manager: EntityManager) => Promise<T>;
  /** Whether the record found is the same submission (a retry) rather than a different one. */
  same: (found: T) => boolean;
  /** The refusal when the key already names a different record. */
  conflict: () => Error;
}

/**
 * Creates a record once per key: a retry gets the first record back, the same key with
 * different content is refused, and two racing requests end with one record (the loser
 * of the UNIQUE constraint reads the winner's).
 */
export async function createOnce<T>(dataSource: DataSource, steps: CreateOnce<T>): Promise<T> {
  const settle = (found: T) => {
    if (!steps.same(found)) throw steps.conflict();
    return found;
  };
  const existing = await steps.find();
  if (existing) return settle(existing);
  try {
    return await dataSource.transaction(steps.create);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await steps.find();
    if (!winner) throw error;
    return settle(winner);
  }
}

/** Whether a record found by its key holds every value given again (a retry), for `createOnce`'s `same`. */
export const sameValues = <T extends object>(found: T, given: T): boolean =>
  (Object.keys(given) as (keyof T)[]).every((key) => JSON.stringify(found[key]) === JSON.stringify(given[key]));

/** Records a staff read of a confidential channel's records in the unit's access log (PDPA), then hands them on. */
export async function auditedRead<T extends { id: string }>(ctx: UnitContext, action: string, rows: T[]): Promise<T[]> {
  await ctx.repos.audit.record(
    ctx.identity,
    action,
    rows.map((row) => row.id),
    ctx.requestId,
  );
  return rows;
}
