import type { TemplateMutationsResolvers } from '../../resolvers/generated-types.js';

/** Following a unit's consultations, drafts and votes (anyone; LINE needs a LINE sign-in). */
export const followMutations: TemplateMutationsResolvers = {
  follow: (_m, { kind, id, email, line }, ctx) => ctx.follows.follow(kind, id, ctx.identity, { email, line }),
  stopFollowing: (_m, { token }, ctx) => ctx.follows.stop(token),
};
