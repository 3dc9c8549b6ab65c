import type { Action } from './policy.js';

/** Every field of a unit's own type (FinanceAssetsUnit, …) and who may ask for it. */
export const UNIT_FIELD_RULES: Record<string, Action> = {
  code: 'public',
  slug: 'public',
  nameTh: 'public',
  nameEn: 'public',
  stats: 'public',
  activities: 'public',
  // Reads only public cases for everyone with filter.publicOnly; see participation.ts.
  feedback: 'public',
  case: 'cases:read',
  deadlines: 'public',
  answerTemplates: 'cases:act',
  outcomes: 'public',
  outcome: 'public',
  consultations: 'public',
  consultation: 'public',
  surveys: 'public',
  survey: 'public',
  auditLog: 'audit:read',
  // Reads only what is published: activities that are not drafts, and public answers.
  search: 'public',
};

/** Every mutation of a unit's namespace (FinanceAssetsMutations, …) and who may call it. */
export const MUTATION_RULES: Record<string, Action> = {
  createActivity: 'participation:manage',
  setActivityStatus: 'participation:manage',
  acknowledgeCase: 'cases:act',
  startCase: 'cases:act',
  answerCase: 'cases:act',
  answerCasesFromTemplate: 'cases:act',
  closeCase: 'cases:act',
  rejectCase: 'cases:act',
  transferCase: 'cases:transfer',
  setDeadline: 'unit:configure',
  createAnswerTemplate: 'cases:act',
  recordOutcome: 'participation:manage',
  reportOutcomeProgress: 'participation:manage',
  openConsultation: 'participation:manage',
  closeConsultation: 'participation:manage',
  commentOnConsultation: 'public',
  recordHearingMinutes: 'participation:manage',
  publishConsultationSummary: 'participation:manage',
  createSurvey: 'participation:manage',
  createSatisfactionSurvey: 'participation:manage',
  issueSurveyCodes: 'participation:manage',
  respondToSurvey: 'public',
  linkPartner: 'participation:manage',
};
