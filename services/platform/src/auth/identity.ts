/** Who is asking. Everyone without a token is PUBLIC. */
export const ROLES = ['PUBLIC', 'STAKEHOLDER', 'UNIT_STAFF', 'UNIT_HEAD', 'DIRECTOR', 'ANALYST', 'AUDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to one unit. */
export const UNIT_ROLES: readonly Role[] = ['UNIT_STAFF', 'UNIT_HEAD'];

export interface Identity {
  role: Role;
  /** Stable id of the person (token subject); null when PUBLIC. */
  subject: string | null;
  /** The unit a UNIT_STAFF or UNIT_HEAD works in. */
  unitCode: string | null;
  /** Named staff of a confidential channel (Internal Audit's reports, personnel petitions). */
  confidential: boolean;
}

export const PUBLIC_IDENTITY: Identity = { role: 'PUBLIC', subject: null, unitCode: null, confidential: false };

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Who a person is to the office, from the staff directory (Administration keeps it): never from what a browser says. */
export interface StaffDirectoryEntry {
  role: Exclude<Role, 'PUBLIC' | 'STAKEHOLDER'>;
  unitCode: string | null;
  confidential: boolean;
  name: string | null;
}

/** How the gateway asks for a signed-in person: their verified e-mail, their provider's subject, or both. */
export interface StaffLookup {
  email: string | null;
  subject: string;
}
