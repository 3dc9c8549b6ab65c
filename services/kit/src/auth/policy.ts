import { type Identity, INTAKE_UNIT_CODE } from '@sesao28/platform';
import { PlatformError } from '../errors.js';
import type { UnitManifest } from '../unit-manifest.js';

/**
 * What a request may do in a unit. Every field of a unit's type and every mutation
 * names one of these in its SDL (`@access(rule: "cases:read")`); a field without one does not start.
 */
export type Action =
  /** Anyone, signed in or not: published information and the public's own submissions. */
  | 'public'
  /** Read the unit's cases (their text may carry personal data). */
  | 'cases:read'
  /** Work the unit's cases: acknowledge, answer, close, reject, answer templates. */
  | 'cases:act'
  /** Hand a case to another unit. */
  | 'cases:transfer'
  /** Change how the unit works: deadlines. */
  | 'unit:configure'
  /** Propose something to a unit as a signed-in person (stakeholder groups' initiatives). */
  | 'participation:propose'
  /** Run consultations, surveys and outcome records. */
  | 'participation:manage'
  /** Read the log of who read personal data. */
  | 'audit:read'
  /** Anyone signed in (any role with a subject): submissions that must come from a known person. */
  | 'signed-in'
  /** Read a confidential channel (personnel petitions, misconduct reports): the unit's named staff only. */
  | 'confidential:read'
  /** Work a confidential channel's reports: the unit's named staff only. */
  | 'confidential:act'
  /**
   * Office-wide work at the office's own top-level fields (the partner register, a case's contact and
   * notices): staff or heads of any unit, or an admin. The resolver then checks which unit's.
   */
  | 'office:staff'
  /** The office's administration: the staff directory. */
  | 'office:admin';

/** Every action by name, to check the SDL's `@access` rules when a unit starts. */
const ACTIONS: Record<Action, true> = {
  public: true,
  'cases:read': true,
  'cases:act': true,
  'cases:transfer': true,
  'unit:configure': true,
  'participation:propose': true,
  'participation:manage': true,
  'audit:read': true,
  'signed-in': true,
  'confidential:read': true,
  'confidential:act': true,
  'office:staff': true,
  'office:admin': true,
};

export const isAction = (name: string): name is Action => Object.hasOwn(ACTIONS, name);

/** Actions the public (anyone, or anyone signed in) may take: a mutation with one of these is a public write. */
export const PUBLIC_ACTIONS: ReadonlySet<Action> = new Set(['public', 'signed-in']);

const OFFICE_READERS = new Set(['DIRECTOR', 'ADMIN', 'AUDITOR', 'ANALYST']);

type UnitRules = Pick<UnitManifest, 'code' | 'confidential'>;

const isOwnStaff = (who: Identity, unit: UnitRules) =>
  (who.role === 'UNIT_STAFF' || who.role === 'UNIT_HEAD') && who.unitCode === unit.code;

/**
 * The rules, in one place:
 * - staff and heads act on their own unit only; a head also sets deadlines and transfers,
 *   and so does the complaint centre's staff, whose work is routing;
 * - the director, admins, auditors and analysts read every unit's cases (analysts see them
 *   pseudonymised, see redact.ts); none of them acts on a case;
 * - confidential units (Internal Audit's reports) open their cases to their named staff only,
 *   and so do confidential channels of any unit (personnel petitions).
 */
export function allows(who: Identity, unit: UnitRules, action: Action): boolean {
  if (action === 'public') return true;
  if (action === 'participation:propose') return who.role !== 'PUBLIC' && !!who.subject;
  const own = isOwnStaff(who, unit);
  const named = own && (!unit.confidential || who.confidential);
  switch (action) {
    case 'cases:read':
      return unit.confidential ? named : own || OFFICE_READERS.has(who.role);
    case 'cases:act':
    case 'participation:manage':
      return named;
    case 'cases:transfer':
      return named && (who.role === 'UNIT_HEAD' || unit.code === INTAKE_UNIT_CODE);
    case 'unit:configure':
      return named && who.role === 'UNIT_HEAD';
    case 'audit:read':
      return who.role === 'AUDITOR' || who.role === 'ADMIN';
    case 'signed-in':
      return who.role !== 'PUBLIC' && who.subject !== null;
    // A confidential channel may sit inside an open unit (Personnel's petitions): the claim is required either way.
    case 'confidential:read':
    case 'confidential:act':
      return own && who.confidential;
    case 'office:staff':
      return who.role === 'ADMIN' || ((who.role === 'UNIT_STAFF' || who.role === 'UNIT_HEAD') && who.unitCode !== null);
    case 'office:admin':
      return who.role === 'ADMIN';
  }
}

/** Throws the error a person can act on: sign in, or this is not yours. */
export function authorize(who: Identity, unit: UnitRules, action: Action): void {
  if (allows(who, unit, action)) return;
  throw new PlatformError(who.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN', { unit: unit.code });
}
