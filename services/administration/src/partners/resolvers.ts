import {
  authorize,
  bangkokToday,
  dateOnly,
  DataLoader,
  isUuid,
  LIMITS,
  optionalText,
  pageRequest,
  perRequest,
  perServer,
  PlatformError,
  requireText,
  rowsById,
  rowsGroupedBy,
  toConnection,
  type ActivityPartnerRow,
  type Identity,
  type UnitContext,
  type UnitServices,
} from '@sesao28/kit';
import type { ActivityPartnerResolvers } from '@sesao28/kit/schema-types';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { PartnerRepository, type AgreementRow, type PartnerRow } from './partner-repository.js';

/** One register per running server. */
export const partnersOf = perServer((services: UnitServices) => new PartnerRepository(services.dataSource, services.unit.schemaName));

/** Per-request loaders: one statement per batch. */
const loadersOf = perRequest((ctx) => {
  const repo = partnersOf(ctx);
  return {
    partnerById: new DataLoader<string, PartnerRow | null>(async (ids) => rowsById(ids, await repo.byIds(ids))),
    agreementsByPartner: new DataLoader<string, AgreementRow[]>(async (ids) =>
      rowsGroupedBy(ids, await repo.agreementsOf(ids), (r) => r.partnerId),
    ),
  };
});

export const loadPartner = (id: string, ctx: UnitContext) =>
  isUuid(id) ? loadersOf(ctx).partnerById.load(id.toLowerCase()) : Promise.resolve(null);

/** Staff of any unit (and admins) keep the register: 'participation:manage' in their own unit. */
export function authorizeRegister(who: Identity): void {
  if (who.role === 'ADMIN') return;
  authorize(who, { code: who.unitCode ?? '', confidential: false }, 'participation:manage');
}

export const partnerResolvers = {
  Query: {
    partners: async (_root, { first, after, kind }, ctx) => {
      const page = pageRequest(first, after);
      const rows = await partnersOf(ctx).page(kind, page);
      return toConnection(rows, page.first, (row) => new Date(row.registeredAt));
    },
    partner: (_root, { id }, ctx) => loadPartner(id, ctx),
  },
  Mutation: {
    registerPartner: (_root, { input }, ctx) => {
      authorizeRegister(ctx.identity);
      return partnersOf(ctx).create({
        nameTh: requireText(input.nameTh, 'nameTh', LIMITS.title),
        nameEn: optionalText(input.nameEn, 'nameEn', LIMITS.title),
        kind: input.kind,
        province: requireText(input.province, 'province', 100),
      });
    },
    recordAgreement: async (_root, { partnerId, input }, ctx) => {
      authorizeRegister(ctx.identity);
      const values = {
        title: requireText(input.title, 'title', LIMITS.title),
        signedAt: dateOnly(input.signedAt, 'signedAt'),
        startsOn: dateOnly(input.startsOn, 'startsOn'),
        endsOn: dateOnly(input.endsOn, 'endsOn'),
      };
      if (values.endsOn < values.startsOn) throw new PlatformError('INVALID_DATE_RANGE', {}, 'endsOn');
      const unknown = () => new PlatformError('UNKNOWN_PARTNER', {}, 'partnerId');
      if (!isUuid(partnerId)) throw unknown();
      if (!(await partnersOf(ctx).addAgreement(partnerId, values))) throw unknown();
      const [row] = await partnersOf(ctx).byIds([partnerId]);
      return row!;
    },
  },
  Partner: {
    __resolveReference: (ref: { id: string }, ctx: UnitContext) => loadPartner(ref.id, ctx),
    agreements: (partner, _args, ctx) => loadersOf(ctx).agreementsByPartner.load(partner.id),
  },
  PartnerAgreement: {
    status: (row) => (row.endsOn >= bangkokToday() ? 'ACTIVE' : 'EXPIRED'),
  },
} satisfies Resolvers;

/** Administration knows the whole partner, so an activity's partner (a kit type) comes with its names at once. */
export const activityPartnerResolvers = {
  ActivityPartner: {
    partner: async (row: ActivityPartnerRow, _args, ctx) => {
      const partner = await loadPartner(row.partnerId, ctx);
      if (!partner) throw new PlatformError('UNKNOWN_PARTNER', {}, 'partner');
      return partner;
    },
  } satisfies ActivityPartnerResolvers,
};

/** For `/internal/partners/:id`: units ask before they name a partner. */
export const partnerExists = async (services: UnitServices, id: string) => (await partnersOf(services).byIds([id])).length > 0;
