// The kit's resolver types, generated for a stand-in unit type (TemplateUnit).
export type {
  ActivityFilter,
  FeedbackFilter,
  Resolvers as KitResolvers,
  TemplateUnitResolvers,
  TemplateMutationsResolvers,
  ConsultationFilter,
  ConsultationInput,
  SurveyInput,
  SurveyAnswerInput,
} from '../__generated__/resolvers-types.js';
