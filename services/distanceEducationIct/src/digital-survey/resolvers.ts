import type { Resolvers } from '../__generated__/resolvers-types.js';
import { digitalServiceSurvey } from './digital-service-template.js';

export const digitalSurveyResolvers = {
  DistanceEducationIctMutations: {
    createDigitalServiceSurvey: (_m, args, ctx) => ctx.repos.surveys.create(digitalServiceSurvey(args)),
  },
} satisfies Resolvers;
