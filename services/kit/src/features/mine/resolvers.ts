import { personKey } from '../activities/participants.js';
import type { KitResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

/** The most each of a person's lists holds per unit, newest first (the SDL says so). */
export const MY_LIST_LIMIT = 100;

export const myParticipationUnitFields: Pick<TemplateUnitResolvers, 'myParticipation'> = {
  // @access signed-in: the person has a subject, so the key is theirs (not a one-off anonymous key).
  myParticipation: (_unit, _args, ctx) => ({ participantKey: personKey(ctx)! }),
};

export const myParticipationValueTypes: Pick<KitResolvers, 'MyParticipation' | 'MyActivity'> = {
  MyParticipation: {
    activities: (mine, _args, ctx) => ctx.repos.participants.ofParticipant(mine.participantKey, MY_LIST_LIMIT),
    initiatives: (mine, _args, ctx) => ctx.repos.initiatives.proposedBy(mine.participantKey, MY_LIST_LIMIT),
  },
  MyActivity: {
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
  },
};
