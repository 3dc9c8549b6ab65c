/**
 * The data shapes resolvers pass around, named in graphql-codegen's mappers
 * (schema/src/codegen-config.ts), and the per-request context.
 */
import type { ActivityRow, FeedbackRow } from './db/entities.js';
import type { Connection } from './pagination.js';

export type { ActivityRow, FeedbackRow, CaseEventRow, DeadlinePolicyRow, AnswerTemplateRow } from './db/entities.js';
export type { UnitContext } from './context.js';
export type { ActivityPartnerRow } from './features/partners/partner-link-repository.js';

export type { SearchHitModel, ActivitySnapshot } from './features/search/unit-search.js';

/** A partner as the units know it: its key in Administration's register. */
export interface PartnerRef {
  id: string;
}

/** A unit as an entity: its key. */
export interface UnitRef {
  code: string;
}

export type { UnitStatsModel } from './repositories/stats-repository.js';

/** A page of rows; `totalCount` runs its SQL only when a client asks for it. */
export interface ConnectionModel<T> extends Connection<T> {
  totalCount: () => Promise<number>;
}
export type { OutcomeRow, OutcomeProgressRow, LinkedRecordRow } from './features/outcomes/outcome-repository.js';
export type { AccessAuditRow } from './features/cases/audit-repository.js';
export type AccessAuditConnectionModel = Connection<import('./features/cases/audit-repository.js').AccessAuditRow>;
export type OutcomeConnectionModel = Connection<import('./features/outcomes/outcome-repository.js').OutcomeRow>;
export type ActivityConnectionModel = ConnectionModel<ActivityRow>;
export type FeedbackConnectionModel = ConnectionModel<FeedbackRow>;

// Consultations and surveys (measure 2, "consult").
export type { ConsultationRow, ConsultationCommentRow } from './features/consultations/consultation-repository.js';
export type {
  SurveyRow,
  SurveyQuestionRow,
  SurveyResponseRow,
  SurveyTextRow,
  SurveyQuestionResultRow,
} from './features/consultations/survey-types.js';
export type ConsultationConnectionModel = ConnectionModel<import('./features/consultations/consultation-repository.js').ConsultationRow>;
export type ConsultationCommentConnectionModel = Connection<
  import('./features/consultations/consultation-repository.js').ConsultationCommentRow
>;
export type SurveyConnectionModel = ConnectionModel<import('./features/consultations/survey-types.js').SurveyRow>;
export type SurveyTextConnectionModel = Connection<import('./features/consultations/survey-types.js').SurveyTextRow>;

// Drafts, suggestions and joint decisions (measure 3, "involve").
export type { DraftRow, DraftSuggestionRow, DecisionParticipantRow, DraftSuggestionTally } from './features/involve/draft-repository.js';
export type DraftConnectionModel = ConnectionModel<import('./features/involve/draft-repository.js').DraftRow>;
export type DraftSuggestionConnectionModel = Connection<import('./features/involve/draft-repository.js').DraftSuggestionRow>;
/** A decided draft's decision; `decidedBy` reaches staff of the unit only. */
export interface DraftDecisionModel {
  draftId: string;
  decisionTh: string;
  decisionEn: string | null;
  finalTextTh: string;
  decidedAt: Date;
  decidedBy: string;
}
// Initiatives, votes and delegations (measure 5, "empower").
export type { InitiativeRow, InitiativeSupportRow } from './features/initiatives/types.js';
export type { VoteRow, VoteOptionRow, VoteReceiptRow } from './features/votes/types.js';
export type { DelegationRow, DelegationReviewRow } from './features/delegations/types.js';
export type { VoteResults as VoteResultsModel, VoteOptionResult as VoteOptionResultModel } from './features/votes/tally.js';
export type InitiativeConnectionModel = ConnectionModel<import('./features/initiatives/types.js').InitiativeRow>;
export type VoteConnectionModel = ConnectionModel<import('./features/votes/types.js').VoteRow>;
export type DelegationConnectionModel = ConnectionModel<import('./features/delegations/types.js').DelegationRow>;
// Notices (measure 1, "inform").
export type { NoticeRow, AttachmentRow } from './features/notices/notice-repository.js';
export type NoticeConnectionModel = ConnectionModel<import('./features/notices/notice-repository.js').NoticeRow>;

// Moderation of public contributions.
export type { ContributionReportRow, ModerationItemRow } from './features/moderation/moderation-repository.js';
export type ModerationItemConnectionModel = Connection<import('./features/moderation/moderation-repository.js').ModerationItemRow>;

// "Where I took part" (mine/).
/** The signed-in person's part in a unit, by the participant key every unit computes alike for them. */
export interface MyParticipationModel {
  participantKey: string;
}
export interface MyActivityRow {
  activityId: string;
  firstAt: Date;
}
