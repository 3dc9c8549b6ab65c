import { expect } from 'vitest';
import type { Identity } from '@sesao28/platform';
import type { GraphQLResponse } from './graphql-client.js';

/** Staff of a unit (not its head), for access tests. */
export const unitStaff = (unitCode: string): Identity => ({
  role: 'UNIT_STAFF',
  unitCode,
  subject: `staff-${unitCode}`,
  confidential: false,
});

/** Asserts a refusal: no data, the stable code, and a message in Thai and in English. */
export function expectRefused(res: GraphQLResponse, code: string, field?: string): void {
  const error = res.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(res.errors ?? res.data)).toBe(code);
  expect(error?.extensions?.messageTh).toMatch(/[\u0E00-\u0E7F]/);
  expect(error?.extensions?.messageEn).toMatch(/[A-Za-z]/);
  if (field) expect(error?.extensions?.field).toBe(field);
}
