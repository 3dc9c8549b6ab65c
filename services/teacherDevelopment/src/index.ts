import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { TeacherTrainings1765540000000 } from './db/1765540000000-teacher-trainings.js';
import { needsSurveyResolvers } from './needs-survey/resolvers.js';
import { trainingResolvers } from './trainings/resolvers.js';

/** Teacher Development: training-needs surveys and participants' evaluations of trainings. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: {
    ...trainingResolvers,
    TeacherDevelopmentMutations: { ...trainingResolvers.TeacherDevelopmentMutations, ...needsSurveyResolvers.TeacherDevelopmentMutations },
  },
  fieldRules: { trainings: 'public' },
  mutationRules: {
    openTrainingNeedsSurvey: 'participation:manage',
    recordTraining: 'participation:manage',
    issueEvaluationCodes: 'participation:manage',
    evaluateTraining: 'public',
  },
  migrations: [TeacherTrainings1765540000000],
});
