/**
 * The data shapes resolvers pass around, named in graphql-codegen's mappers
 * (schema/src/codegen-config.ts), and the per-request context.
 */
import type { ActivityRow, FeedbackRow } from './db/entities.js';
import type { Connection } from './pagination.js';
import type { UnitStatsRow } from './repositories/stats-repository.js';

export type { ActivityRow, FeedbackRow, CaseEventRow, DeadlinePolicyRow, AnswerTemplateRow } from './db/entities.js';
export type { UnitContext } from './context.js';

/** A unit as an entity: its key. */
export interface UnitRef {
  code: string;
}

export interface UnitStatsModel extends UnitStatsRow {
  fiscalYear: number | null;
}

/** A page of rows; `totalCount` runs its SQL only when a client asks for it. */
export interface ConnectionModel<T> extends Connection<T> {
  totalCount: () => Promise<number>;
}
export type ActivityConnectionModel = ConnectionModel<ActivityRow>;
export type FeedbackConnectionModel = ConnectionModel<FeedbackRow>;
