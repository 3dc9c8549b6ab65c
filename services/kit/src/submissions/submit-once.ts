import { createHash } from 'node:crypto';
import { PlatformError } from '../errors.js';

/** What a submission says, hashed: kept beside its idempotency key to tell a retry from a reused key. */
export const submissionHash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The first submission stored under a key, with the hash of what it said. */
export interface StoredSubmission<T> {
  row: T;
  requestHash: string;
}

export interface SubmitOnceSteps<T> {
  /** The submission already stored under the key, if any. */
  first: () => Promise<StoredSubmission<T> | undefined>;
  /**
   * Writes the submission (one transaction; the key's UNIQUE column with ON CONFLICT DO NOTHING).
   * Nothing back means another request holds the key, or a condition of the write failed.
   */
  insert: () => Promise<T | undefined>;
  /** Why nothing was written when no submission holds the key either (e.g. a code already spent). */
  refused?: () => Promise<Error>;
}

/**
 * A public submission written at most once per idempotency key: a retry of the same
 * submission gets the first result back; the same key with something else is refused
 * (IDEMPOTENCY_KEY_REUSED). Races end the same way: the loser reads the winner's row.
 */
export async function submitOnce<T>(requestHash: string, steps: SubmitOnceSteps<T>): Promise<T> {
  const replay = (stored: StoredSubmission<T>) => {
    if (stored.requestHash !== requestHash) throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
    return stored.row;
  };
  const prior = await steps.first();
  if (prior) return replay(prior);
  const row = await steps.insert();
  if (row !== undefined) return row;
  const raced = await steps.first();
  if (raced) return replay(raced);
  throw steps.refused ? await steps.refused() : new Error('submitOnce: nothing was written and no submission holds the key');
}
