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
  migrations: [TeacherTrainings1765540000000],
});
