export { loadConfig, type PlatformConfig, type RuntimeMode } from './config.js';
export { defineManifest, type UnitManifest, type UnitManifestData, type UnitModule } from './manifest.js';
export { defineUnitModule } from './unit-module.js';
export { createUnitServer, type UnitServer, type UnitServerOptions } from './server.js';
export { runUnitMain } from './main.js';
export { describeListenError } from './listen-error.js';
export { createLogger, type Logger } from './logger.js';
export { PlatformError, ERROR_MESSAGES, type ErrorCode } from './errors.js';
export { fiscalYearOf, fiscalYearRange, type DateRange } from './fiscal-year.js';
export { createUnitDataSource, connectAndMigrate, type UnitDatabase } from './db/data-source.js';
export * from './db/entities.js';
export { quoteIdent } from './db/sql.js';
export type { UnitContext } from './context.js';
export type {
  UnitRef,
  UnitStatsModel,
  ConnectionModel,
  ActivityConnectionModel,
  FeedbackConnectionModel,
} from './models.js';
export type { UnitResolvers } from './resolvers/types.js';
export {
  createRepositories,
  type UnitRepositories,
  type NewActivity,
  type NewFeedback,
  type UnitStatsRow,
} from './repositories/index.js';
