import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { actionPlanResolvers } from './action-plans/resolvers.js';
import { ActionPlans1765710000000 } from './db/1765710000000-action-plans.js';

/** Policy and Planning: the annual action plan and its budget priorities, open for comments and a priority vote. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: actionPlanResolvers,
  migrations: [ActionPlans1765710000000],
});
