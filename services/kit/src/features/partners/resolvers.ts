import { partnerParticipantKey } from '../activities/participants.js';
import { LIMITS, requireText } from '../../text.js';
import type { UnitContext } from '../../context.js';
import { INTAKE_UNIT_CODE, isUuid, peerHas } from '@sesao28/platform';
import { PlatformError } from '../../errors.js';
import type { PartnerRef } from '../../models.js';
import type { ActivityPartnerRow } from './partner-link-repository.js';
import type { KitResolvers, TemplateMutationsResolvers } from '../../resolvers/generated-types.js';

/** Refuses a partner the register does not have; with Administration unreachable, the link is kept. */
export async function checkPartner(partnerId: string, ctx: UnitContext): Promise<void> {
  const unknown = () => new PlatformError('UNKNOWN_PARTNER', {}, 'partnerId');
  if (!isUuid(partnerId)) throw unknown();
  if ((await peerHas(ctx, INTAKE_UNIT_CODE, `partners/${partnerId}`)) === false) throw unknown();
}

export const partnerMutations: Pick<TemplateMutationsResolvers, 'linkPartner'> = {
  linkPartner: async (_m, { activityId, partnerId, roleTh }, ctx) => {
    const role = requireText(roleTh, 'roleTh', LIMITS.title);
    if (!isUuid(activityId) || !(await ctx.loaders.activityById.load(activityId))) {
      throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
    }
    await checkPartner(partnerId, ctx);
    const partner = partnerId.toLowerCase();
    // The partner takes part in the activity: link and participant in one transaction.
    return ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.partnerLinks.link(activityId, partner, role, manager);
      if (!row) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
      await ctx.repos.participants.record(activityId, partnerParticipantKey(ctx.pseudonymKey, partner), manager);
      return row;
    });
  },
};

export const partnerValueTypes: Pick<KitResolvers, 'ActivityPartner' | 'PartnerActivity' | 'PartnerInUnit'> = {
  ActivityPartner: {
    partner: (row: ActivityPartnerRow) => ({ id: row.partnerId }),
  },
  PartnerActivity: {
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
  },
  PartnerInUnit: {
    activities: (partner: PartnerRef, _args, ctx) => ctx.loaders.activitiesByPartner.load(partner.id),
  },
};

/**
 * The unit's part of the Partner entity: a reference is its key (Administration knows
 * the rest), and the field named by the unit's slug holds its joint activities here.
 */
export function partnerResolvers(slug: string) {
  return {
    __resolveReference: (ref: PartnerRef) => (isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null),
    [slug]: (partner: PartnerRef): PartnerRef => ({ id: partner.id }),
  };
}
