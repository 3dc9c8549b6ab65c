import {
  checkPartner,
  createOnce,
  fiscalYearRange,
  pageRequest,
  partnerParticipantKey,
  perServer,
  sameValues,
  toConnection,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import { partnershipInput, ROLE_TH } from './partnership-input.js';
import { PartnershipRepository, type NewPartnership } from './partnership-repository.js';

const partnershipsOf = perServer((s) => new PartnershipRepository(s.dataSource, s.unit.schemaName));

export const partnershipResolvers = {
  EducationPromotionUnit: {
    scholarshipPartnerships: async (_unit, { fiscalYear, kind, first, after }, ctx) => {
      if (fiscalYear != null) fiscalYearRange(fiscalYear);
      const page = pageRequest(first, after);
      const filter = { fiscalYear, kind };
      const rows = await partnershipsOf(ctx).page(filter, page);
      return { ...toConnection(rows, page.first, (row) => row.recordedAt), totals: () => partnershipsOf(ctx).totals(filter) };
    },
  },
  EducationPromotionMutations: {
    // The activity, the partner named on it (so the partner's history shows it), the partner
    // as a participant and the record itself: one transaction.
    recordScholarshipPartnership: async (_m, { input }, ctx) => {
      const { partnership, activity } = partnershipInput(input);
      await checkPartner(partnership.partnerId, ctx);
      return createOnce(ctx.dataSource, {
        find: () => partnershipsOf(ctx).find(partnership),
        create: async (manager) => {
          const { id } = await ctx.repos.activities.create(activity, manager);
          await ctx.repos.partnerLinks.link(id, partnership.partnerId, ROLE_TH[partnership.kind], manager);
          await ctx.repos.participants.record(id, partnerParticipantKey(ctx.pseudonymKey, partnership.partnerId), manager);
          return partnershipsOf(ctx).insert(partnership, id, manager);
        },
        same: (found) => sameValues<NewPartnership>(found, partnership),
        conflict: () =>
          fail('PARTNERSHIP_ALREADY_RECORDED', { titleTh: partnership.titleTh, fiscalYear: partnership.fiscalYear }, 'titleTh'),
      });
    },
  },
  ScholarshipPartnership: {
    partner: (row) => ({ id: row.partnerId }),
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
  },
  ScholarshipPartnershipConnection: {
    totals: (connection) => connection.totals(),
  },
} satisfies Resolvers;
