import {
  authorize,
  bangkokToday,
  dateOnly,
  DataLoader,
  isUuid,
  LIMITS,
  optionalText,
  pageRequest,
  PlatformError,
  requireText,
  toConnection,
  type ActivityPartnerRow,
  type Identity,
  type UnitContext,
  type UnitServices,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { PartnerRepository, type AgreementRow, type PartnerRow } from './partner-repository.js';

const repos = new WeakMap<UnitServices['dataSource'], PartnerRepository>();

/** One register per running server. */
export function partnersOf(services: UnitServices): PartnerRepository {
  let repo = repos.get(services.dataSource);
  if (!repo) {
    repo = new PartnerRepository(services.dataSource, services.unit.schemaName);
    repos.set(services.dataSource, repo);
  }
  return repo;
}

interface PartnerLoaders {
  partnerById: DataLoader<string, PartnerRow | null>;
  agreementsByPartner: DataLoader<string, AgreementRow[]>;
}

/** Per-request loaders (the request's own kit loaders are its key): one statement per batch. */
const loaders = new WeakMap<object, PartnerLoaders>();

function loadersOf(ctx: UnitContext): PartnerLoaders {
  let found = loaders.get(ctx.loaders);
  if (!found) {
    const repo = partnersOf(ctx);
    found = {
      partnerById: new DataLoader(async (ids) => {
        const byId = new Map((await repo.byIds(ids)).map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      agreementsByPartner: new DataLoader(async (ids) => {
        const rows = await repo.agreementsOf(ids);
        return ids.map((id) => rows.filter((r) => r.partnerId === id));
      }),
    };
    loaders.set(ctx.loaders, found);
  }
  return found;
}

const loadPartner = (id: string, ctx: UnitContext) =>
  isUuid(id) ? loadersOf(ctx).partnerById.load(id.toLowerCase()) : Promise.resolve(null);

/** Staff of any unit (and admins) keep the register: 'participation:manage' in their own unit. */
function authorizeRegister(who: Identity): void {
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
  // Administration knows the whole partner, so an activity's partner comes with its names at once.
  ActivityPartner: {
    partner: async (row: ActivityPartnerRow, _args, ctx) => {
      const partner = await loadPartner(row.partnerId, ctx);
      if (!partner) throw new PlatformError('UNKNOWN_PARTNER', {}, 'partner');
      return partner;
    },
  },
} satisfies Resolvers;

/** For `/internal/partners/:id`: units ask before they name a partner. */
export const partnerExists = async (services: UnitServices, id: string) => (await partnersOf(services).byIds([id])).length > 0;
