import { describe, expect, it } from 'vitest';
import type { Identity } from '@sesao28/platform';
import { allows, authorize } from './policy.js';

const unit = { code: 'FINANCE', confidential: false };
const who = (role: Identity['role'], subject: string | null, unitCode: string | null = null): Identity => ({
  role,
  subject,
  unitCode,
  confidential: false,
});

describe("'participation:propose'", () => {
  it('lets anyone signed in propose, in any unit, and asks the public to sign in', () => {
    expect(allows(who('STAKEHOLDER', 'parent-1'), unit, 'participation:propose')).toBe(true);
    expect(allows(who('UNIT_STAFF', 'staff-1', 'PERSONNEL'), unit, 'participation:propose')).toBe(true);
    expect(allows(who('STAKEHOLDER', null), unit, 'participation:propose')).toBe(false);
    expect(() => authorize(who('PUBLIC', null), unit, 'participation:propose')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('does not let a proposer run the unit’s participation', () => {
    expect(allows(who('STAKEHOLDER', 'parent-1'), unit, 'participation:manage')).toBe(false);
  });
});

describe("'office:staff' and 'office:admin' (the office's own top-level fields)", () => {
  it('lets staff and heads of any unit, and admins, do office-wide work; nobody else', () => {
    expect(allows(who('UNIT_STAFF', 'staff-1', 'PERSONNEL'), unit, 'office:staff')).toBe(true);
    expect(allows(who('UNIT_HEAD', 'head-1', 'SUPERVISION'), unit, 'office:staff')).toBe(true);
    expect(allows(who('ADMIN', 'admin-1'), unit, 'office:staff')).toBe(true);
    for (const role of ['DIRECTOR', 'AUDITOR', 'ANALYST', 'STAKEHOLDER'] as const) {
      expect(allows(who(role, `${role}-1`), unit, 'office:staff')).toBe(false);
    }
    expect(() => authorize(who('PUBLIC', null), unit, 'office:staff')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('keeps the staff directory to admins', () => {
    expect(allows(who('ADMIN', 'admin-1'), unit, 'office:admin')).toBe(true);
    expect(allows(who('UNIT_HEAD', 'head-1', 'FINANCE'), unit, 'office:admin')).toBe(false);
    expect(allows(who('DIRECTOR', 'director-1'), unit, 'office:admin')).toBe(false);
  });
});
