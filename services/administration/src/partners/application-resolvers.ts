import {
  clearExpiredPersonalData,
  EMAIL_ADDRESS,
  isUuid,
  LIMITS,
  optionalText,
  pageRequest,
  perServer,
  requireIdempotencyKey,
  requireText,
  submissionHash,
  submitOnce,
  toConnection,
  type UnitContext,
  type UnitServices,
} from '@sesao28/kit';
import type { PartnerApplicationInput, Resolvers } from '../__generated__/resolvers-types.js';
import { PARTNER_CONTACT_EMAIL_MAX, PartnerApplicationRepository, type NewPartnerApplication } from './application-repository.js';
import { fail } from './messages.js';
import { authorizeRegister, loadPartner, partnersOf } from './resolvers.js';

const applicationsOf = perServer((s: UnitServices) => new PartnerApplicationRepository(s.dataSource, s.unit.schemaName));

/** What an organisation typed, checked whole before anything is written. */
function applicationInput(input: PartnerApplicationInput): NewPartnerApplication {
  // In the form's order, so the first field at fault is the one named.
  const values = {
    nameTh: requireText(input.nameTh, 'nameTh', LIMITS.title),
    nameEn: optionalText(input.nameEn, 'nameEn', LIMITS.title),
    kind: input.kind,
    province: requireText(input.province, 'province', 100),
    message: requireText(input.message, 'message', LIMITS.note),
    contactName: requireText(input.contactName, 'contactName', LIMITS.name),
    contactEmail: requireText(input.contactEmail, 'contactEmail', PARTNER_CONTACT_EMAIL_MAX).toLowerCase(),
  };
  if (!EMAIL_ADDRESS.test(values.contactEmail)) throw fail('PARTNER_CONTACT_EMAIL_INVALID', {}, 'contactEmail');
  return values;
}

/** The application, when the id names one. */
async function existing(id: string, ctx: UnitContext) {
  const row = isUuid(id) ? await applicationsOf(ctx).byId(id.toLowerCase()) : undefined;
  if (!row) throw fail('PARTNER_APPLICATION_NOT_FOUND', {}, 'id');
  return row;
}

export const partnerApplicationResolvers = {
  Query: {
    partnerApplications: async (_root, { status, first, after }, ctx) => {
      authorizeRegister(ctx.identity);
      const page = pageRequest(first, after);
      const rows = await applicationsOf(ctx).page(status, page);
      return toConnection(rows, page.first, (row) => new Date(row.receivedAt));
    },
  },
  Mutation: {
    applyToBecomePartner: (_root, { input, idempotencyKey }, ctx) => {
      const key = requireIdempotencyKey(idempotencyKey);
      const values = applicationInput(input);
      const repo = applicationsOf(ctx);
      const hash = submissionHash(values);
      return submitOnce(hash, { first: () => repo.byKey(key), insert: () => repo.insert(values, key, hash) });
    },
    // The partner and the decision are one transaction: an accepted application always has its partner.
    acceptPartnerApplication: async (_root, { id }, ctx) => {
      authorizeRegister(ctx.identity);
      const { id: applicationId } = await existing(id, ctx);
      return ctx.dataSource.transaction(async (manager) => {
        const repo = applicationsOf(ctx);
        const locked = (await repo.byId(applicationId, manager, true))!;
        if (locked.status !== 'RECEIVED') throw fail('PARTNER_APPLICATION_DECIDED', { status: locked.status }, 'id');
        const { nameTh, nameEn, kind, province } = locked;
        const partner = await partnersOf(ctx).create({ nameTh, nameEn, kind, province }, manager);
        return repo.markAccepted(applicationId, partner.id, manager);
      });
    },
    declinePartnerApplication: async (_root, { id, reasonTh }, ctx) => {
      authorizeRegister(ctx.identity);
      const reason = requireText(reasonTh, 'reasonTh', LIMITS.reason);
      const found = await existing(id, ctx);
      const row = await applicationsOf(ctx).decline(found.id, reason);
      if (row) return row;
      // Decided between the read and the write: say how.
      throw fail('PARTNER_APPLICATION_DECIDED', { status: (await existing(id, ctx)).status }, 'id');
    },
  },
  PartnerApplication: {
    partner: (row, _args, ctx) => (row.partnerId ? loadPartner(row.partnerId, ctx) : null),
  },
} satisfies Resolvers;

/** PDPA retention: a decided application's contact person, message and hash after the contact details' time. */
export const partnerApplicationRetention = (services: UnitServices, contactDays: number, now: Date) =>
  clearExpiredPersonalData(
    services.dataSource,
    services.unit.schemaName,
    {
      table: 'partner_application',
      nullable: ['contact_name', 'contact_email', 'message', 'request_hash'],
      closed: ['ACCEPTED', 'DECLINED'],
    },
    contactDays,
    now,
  );
