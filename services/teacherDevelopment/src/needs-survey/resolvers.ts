import type { Resolvers } from '../__generated__/resolvers-types.js';
import { trainingNeedsSurvey } from './training-needs-template.js';

export const needsSurveyResolvers = {
  TeacherDevelopmentMutations: {
    openTrainingNeedsSurvey: (_m, args, ctx) => ctx.repos.surveys.create(trainingNeedsSurvey(args)),
  },
} satisfies Resolvers;
