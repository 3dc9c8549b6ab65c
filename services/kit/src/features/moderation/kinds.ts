/** The public contributions a unit moderates, as the API names them (ContributionKind). */
export const CONTRIBUTION_KINDS = ['CONSULTATION_COMMENT', 'DRAFT_SUGGESTION', 'INITIATIVE', 'PUBLIC_FEEDBACK'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Anonymous contributions (nothing about the person is kept): the ones a unit may hold for approval. */
export const HOLDABLE_KINDS = ['CONSULTATION_COMMENT', 'DRAFT_SUGGESTION'] as const satisfies readonly ContributionKind[];

export const REPORT_REASONS = ['SPAM', 'ABUSIVE', 'PERSONAL_DATA', 'MISLEADING', 'OFF_TOPIC', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const MODERATION_STATUSES = ['VISIBLE', 'HELD', 'HIDDEN'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** The longest reason a unit gives for hiding, and the longest note a reporter adds. */
export const MAX_HIDE_REASON = 500;
export const MAX_REPORT_NOTE = 2000;

/** What everyone sees in place of a hidden contribution's text: Thai first, then English. */
export const hiddenNotice = (reason: string) => `ซ่อนโดยหน่วยงาน: ${reason} (hidden by the unit: ${reason})`;
