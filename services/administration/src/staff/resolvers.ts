import {
  directoryEntry,
  LIMITS,
  optionalText,
  perServer,
  PlatformError,
  type Identity,
  type StaffDirectoryEntry,
  type StaffLookup,
  type UnitServices,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from './messages.js';
import { StaffRepository, type StaffMemberValues, type StaffRole } from './staff-repository.js';

/** One directory per running server. */
export const staffOf = perServer((services: UnitServices) => new StaffRepository(services.dataSource, services.unit.schemaName));

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;
const UNIT_ROLES: readonly StaffRole[] = ['UNIT_STAFF', 'UNIT_HEAD'];

/** Only the office's administrators read or change the directory. */
function requireAdmin(who: Identity): void {
  if (who.role !== 'ADMIN') throw new PlatformError(who.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN', { unit: 'ADMIN' });
}

function normalEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email)) throw fail('STAFF_EMAIL_INVALID', {}, 'email');
  return email;
}

/** What an administrator typed, checked: a unit exactly for unit roles, confidential only in a confidential unit. */
export function staffValues(input: {
  email: string;
  name?: string | null;
  subject?: string | null;
  role: StaffRole;
  unitCode?: string | null;
  confidential?: boolean | null;
}): StaffMemberValues {
  const unitCode = input.unitCode?.trim() || null;
  if (UNIT_ROLES.includes(input.role) !== (unitCode !== null)) throw fail('STAFF_UNIT_MISMATCH', {}, 'unitCode');
  const unit = unitCode ? directoryEntry(unitCode) : undefined;
  if (unitCode && !unit) throw new PlatformError('UNKNOWN_UNIT', {}, 'unitCode');
  const confidential = Boolean(input.confidential);
  if (confidential && !unit?.confidential) throw fail('STAFF_CONFIDENTIAL_UNIT', {}, 'confidential');
  return {
    email: normalEmail(input.email),
    name: optionalText(input.name, 'name', LIMITS.title),
    subject: optionalText(input.subject, 'subject', 500),
    role: input.role,
    unitCode,
    confidential,
  };
}

/** For `/internal/staff-directory`: the gateway asks who a signed-in person is. */
export async function findStaff(services: UnitServices, who: StaffLookup): Promise<StaffDirectoryEntry | null> {
  const row = await staffOf(services).find(who);
  return row ? { role: row.role, unitCode: row.unitCode, confidential: row.confidential, name: row.name } : null;
}

export const staffResolvers = {
  Query: {
    staffMembers: (_root, _args, ctx) => {
      requireAdmin(ctx.identity);
      return staffOf(ctx).all();
    },
    staffDirectoryChanges: (_root, { first }, ctx) => {
      requireAdmin(ctx.identity);
      return staffOf(ctx).changes(Math.min(Math.max(first ?? 50, 1), 200));
    },
  },
  Mutation: {
    putStaffMember: (_root, { input }, ctx) => {
      requireAdmin(ctx.identity);
      return staffOf(ctx).put(staffValues(input), ctx.identity.subject ?? 'unknown');
    },
    removeStaffMember: async (_root, { email }, ctx) => {
      requireAdmin(ctx.identity);
      if (!(await staffOf(ctx).remove(normalEmail(email), ctx.identity.subject ?? 'unknown'))) {
        throw fail('STAFF_MEMBER_NOT_FOUND', {}, 'email');
      }
      return true;
    },
  },
  StaffMember: {
    unit: (row) => (row.unitCode ? { code: row.unitCode } : null),
  },
} satisfies Resolvers;
