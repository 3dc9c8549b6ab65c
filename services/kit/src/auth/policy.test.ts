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
