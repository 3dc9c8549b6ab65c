// What the gateway shares with the units (settings, observability, tokens and keys, the request's
// error codes, the directory, signed peer calls) lives in @sesao28/platform; units get it from here.
export * from '@sesao28/platform';
export { defineManifest, type BackgroundJob, type UnitManifest, type UnitManifestData, type UnitModule } from './manifest.js';
export { defineUnitModule } from './unit-module.js';
export * from './unit-support.js';
export { ChannelRecords, channelReads, type ChannelRow } from './confidential-channel.js';
export { createUnitServer, type UnitServer, type UnitServerOptions } from './server.js';
export { runUnitMain } from './main.js';
export { PlatformError, ERROR_MESSAGES, type ErrorCode } from './errors.js';
export { activityDraft, type ActivityInputFields } from './features/activities/activity-input.js';
export { participantKey, partnerParticipantKey, personKey } from './features/activities/participants.js';
export { searchText, thaiWords } from './features/search/thai-words.js';
export { fiscalYearOf, fiscalYearRange, MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, type DateRange } from './fiscal-year.js';
export {
  dateOnly,
  bangkokToday,
  addYears,
  bangkokMidnight,
  fiscalYearOfDate,
  fiscalYearDates,
  dateOnlyCursorAt,
} from './calendar-dates.js';
export { surveyInput, type SurveyInputData } from './features/consultations/survey-input.js';
export type { NewSurvey } from './features/consultations/survey-types.js';
export { codeCount, newParticipantCode, normaliseParticipantCode } from './features/consultations/participant-codes.js';
export {
  createUnitDataSource,
  connectAndMigrate,
  migrateUnitSchema,
  pendingMigrations,
  KIT_APPEND_ONLY_TABLES,
  typeormPool,
  type UnitDatabase,
} from './db/data-source.js';
export { schemaNameOf, unitRoleNames } from './unit-manifest.js';
export { unitDatabaseAccess, provisionUnitRoles, roleOf, type UnitDatabaseAccess } from './db/roles.js';
export * from './db/entities.js';
export { quoteIdent, sqlList } from './db/sql.js';
export type { UnitContext } from './context.js';
export type {
  UnitRef,
  UnitStatsModel,
  ConnectionModel,
  ActivityConnectionModel,
  FeedbackConnectionModel,
  OutcomeConnectionModel,
  AccessAuditRow,
  AccessAuditConnectionModel,
  OutcomeRow,
  OutcomeProgressRow,
  LinkedRecordRow,
  PartnerRef,
  ActivityPartnerRow,
  SearchHitModel,
  ActivitySnapshot,
} from './models.js';
export { selectedPaths } from './selection.js';
export { searchQuery } from './features/search/search-query.js';
export { fillActivityWords, fillAnswerWords } from './features/search/backfill.js';
export { PARTICIPANT_FIELDS } from './features/search/resolvers.js';
export { mergeLadders, sharesOf, type LadderStepRow } from './stats/ladder.js';
export { STATS_SOURCE_TABLES, statsCacheKey } from './stats/cache.js';
export { statsStatement } from './repositories/stats-repository.js';
export type { UnitResolvers } from './resolvers/types.js';
export {
  createRepositories,
  DEFAULT_DEADLINE,
  type UnitRepositories,
  type NewActivity,
  type ActivityDraft,
  type NewFeedback,
  type UnitStatsRow,
} from './repositories/index.js';
export type { UnitServices } from './context.js';
export { unitSubgraphSdl } from './sdl/subgraph-sdl.js';
export { Outbox, Inbox, httpTransport, type OutgoingMessage, type MessageHandler, type UnitMessage } from './messaging/index.js';
export { CaseDesk, type AnswerInput } from './features/cases/case-desk.js';
export {
  CASE_DELIVER,
  CASE_TRACK,
  type CaseDeliveryPayload,
  type CaseTrackPayload,
  type CaseEventPayload,
} from './features/cases/messages.js';
export { CASE_TRANSITIONS, canMove, assertMove } from './features/cases/lifecycle.js';
export { dueAfterWorkingDays, isLate, isWorkingDay, bangkokDate, remindBefore } from './features/cases/working-days.js';
export { pageRequest, toConnection, encodeCursor, type Connection, type Cursor, type PageRequest } from './pagination.js';
export { NOTICE_KINDS, type NoticeKind } from './features/notices/notice-input.js';
export { MAX_UNIT_FEED_LIMIT, type UnitFeedAnswer } from './features/notices/unit-feed.js';
export { MAX_ATTACHMENT_BYTES } from './features/notices/attachment-input.js';
export {
  newCaseCode,
  newTrackingCode,
  normaliseCaseCode,
  normaliseTrackingCode,
  trackingCodePattern,
  CASE_CODE_PATTERN,
} from './features/cases/case-code.js';
export { submitOnce, submissionHash, type StoredSubmission, type SubmitOnceSteps } from './submissions/submit-once.js';
export { perRequest, rowsById, rowsGroupedBy } from './unit-loaders.js';
export { createRatedByCodeTables, dropRatedByCodeTables, requireRatings, type RatedByCodeSpec } from './ratings/rated-by-code.js';
export { RatedByCodeRepository, type NewRating, type RatingAverages, type RatingRow } from './ratings/rated-by-code-repository.js';
export { requireText, optionalText, requireIdempotencyKey, textLength, LIMITS, EMAIL_ADDRESS } from './text.js';
export { default as DataLoader } from 'dataloader';
export { unitSchemaOf } from './db/sql.js';
// Units write migrations and handlers against these without depending on TypeORM themselves.
export type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
export type {
  ConsultationRow,
  ConsultationCommentRow,
  ConsultationConnectionModel,
  ConsultationCommentConnectionModel,
  SurveyRow,
  SurveyQuestionRow,
  SurveyResponseRow,
  SurveyTextRow,
  SurveyQuestionResultRow,
  SurveyConnectionModel,
  SurveyTextConnectionModel,
  DraftRow,
  DraftSuggestionRow,
  DecisionParticipantRow,
  DraftSuggestionTally,
  DraftConnectionModel,
  DraftSuggestionConnectionModel,
  DraftDecisionModel,
} from './models.js';
export type {
  InitiativeRow,
  InitiativeSupportRow,
  InitiativeConnectionModel,
  VoteRow,
  VoteOptionRow,
  VoteReceiptRow,
  VoteResultsModel,
  VoteOptionResultModel,
  VoteConnectionModel,
  DelegationRow,
  DelegationReviewRow,
  DelegationConnectionModel,
  NoticeRow,
  AttachmentRow,
  NoticeConnectionModel,
} from './models.js';
export { mergeUnitStats, type UnitStatsReport, type OfficeStatsRow } from './stats/office-stats.js';
export { allows, authorize, type Action } from './auth/policy.js';
export { CASE_ERASE, ERASED_TEXT, anonymiseExpiredCases, erasureHandler, type CaseErasePayload } from './features/cases/erasure.js';
export { createMailer, type Mailer, type MailMessage } from './notify/mailer.js';
export { NOTIFY_CHANNELS, DeliveryFailure, type NotifyChannel, type Delivery, type Sender } from './notify/delivery.js';
export { createSenders, type Senders } from './notify/senders.js';
export { thaiMsisdn } from './notify/sms.js';
export { lineUserIdOf } from './notify/line.js';
export { clearExpiredPersonalData, EXPIRED_TEXT, IDEMPOTENCY_KEEP_HOURS, type PersonalColumns } from './retention.js';
export { stopToken, readStopToken } from './notify/stop-token.js';
export { FollowDesk, type FollowReceipt } from './features/follow/follow-desk.js';
export {
  NotificationRepository,
  MAX_ATTEMPTS,
  backoffSeconds,
  NOTICE_COLUMNS,
  type Notice,
  type NoticeAudience,
  type NotificationRow,
} from './notify/notification-repository.js';
