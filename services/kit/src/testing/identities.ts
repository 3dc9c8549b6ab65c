import type { Identity, Role } from '@sesao28/platform';

/** Someone asking, for `TestUnit.queryAs`: a role, the unit they work in, and any claim on top. */
export const identity = (role: Role, unitCode: string | null = null, extra: Partial<Identity> = {}): Identity => ({
  role,
  unitCode,
  subject: role === 'PUBLIC' ? null : `test-${role}-${unitCode ?? 'office'}`,
  confidential: false,
  ...extra,
});
