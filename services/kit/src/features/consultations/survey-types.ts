export const SURVEY_QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'FREE_TEXT'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];
export type SurveyEligibility = 'OPEN' | 'LISTED';
export type SurveyTemplate = 'SERVICE_SATISFACTION';
export type SurveyStatus = 'UPCOMING' | 'OPEN' | 'CLOSED';

export interface SurveyRow {
  id: string;
  titleTh: string;
  titleEn: string | null;
  descriptionTh: string | null;
  descriptionEn: string | null;
  opensAt: Date;
  closesAt: Date;
  anonymous: boolean;
  eligibility: SurveyEligibility;
  template: SurveyTemplate | null;
  /** The activity it stands on (its respondents are that activity's participants). */
  activityId: string | null;
  createdAt: Date;
  /** By the database clock at the time of the query. */
  status: SurveyStatus;
}

export interface SurveyOptionModel {
  index: number;
  labelTh: string;
  labelEn: string | null;
}

export interface SurveyQuestionRow {
  id: string;
  surveyId: string;
  position: number;
  kind: SurveyQuestionKind;
  textTh: string;
  textEn: string | null;
  required: boolean;
  options: SurveyOptionModel[];
}

/** A question as it is written into a new survey. */
export type NewSurveyQuestion = Omit<SurveyQuestionRow, 'id' | 'surveyId'>;

export type NewSurvey = Omit<SurveyRow, 'id' | 'createdAt' | 'status'> & { questions: NewSurveyQuestion[] };

/** One validated answer, exactly one of its values set. */
export interface ValidAnswer {
  questionId: string;
  choices: number[] | null;
  scale: number | null;
  text: string | null;
}

export interface SurveyResponseRow {
  id: string;
  surveyId: string;
  /** Kept only for LISTED surveys that are not anonymous. */
  participantCode: string | null;
  submittedAt: Date;
}

export interface SurveyQuestionResultRow {
  question: SurveyQuestionRow;
  answered: number;
  average: number | null;
  /** Choice questions: count per option index, zeros included. */
  optionCounts: number[] | null;
  /** Scale questions: counts of 1..5. */
  distribution: number[] | null;
}

export interface SurveyTextRow {
  /** The response's id (the page's keyset tie-breaker). */
  id: string;
  questionId: string;
  text: string;
  submittedAt: Date;
  participantCode: string | null;
}
