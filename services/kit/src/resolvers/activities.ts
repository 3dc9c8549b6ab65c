import { isUuid } from '@sesao28/platform';
import { activityDraft } from '../activities/activity-input.js';
import { PlatformError } from '../errors.js';
import type { TemplateMutationsResolvers } from './generated-types.js';

/** Staff create activities and move them through their life. */
export const activityMutations: Pick<TemplateMutationsResolvers, 'createActivity' | 'setActivityStatus'> = {
  createActivity: (_m, { input }, ctx) => ctx.repos.activities.create(activityDraft(input)),
  setActivityStatus: (_m, { id, status }, ctx) => {
    if (!isUuid(id)) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'id');
    return ctx.repos.activities.setStatus(id, status);
  },
};
