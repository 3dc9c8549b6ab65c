import { describe, expect, it } from 'vitest';
import { httpFailure, networkFailure } from './delivery.js';
import { thaiMsisdn } from './sms.js';

describe('how a provider failure is taken', () => {
  it('tries again after a rate limit, a server error or a credentials problem, and never after a refusal of the message', () => {
    expect([400, 404, 422].map((status) => httpFailure('LINE', status, '').permanent)).toEqual([true, true, true]);
    expect([401, 403, 408, 429, 500, 503].map((status) => httpFailure('LINE', status, '').permanent)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('says which provider and what it answered, briefly', () => {
    expect(httpFailure('SMS', 500, 'x'.repeat(1000)).message).toMatch(/^SMS answered 500: x{200}$/);
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(networkFailure('LINE', timeout)).toMatchObject({ message: 'LINE: no answer in time', permanent: false });
  });
});

describe('Thai numbers for ThaiBulkSMS', () => {
  it('writes +66 as the leading 0 and keeps digits only', () => {
    expect(thaiMsisdn('+66 81 234 5678')).toBe('0812345678');
    expect(thaiMsisdn('081-234-5678')).toBe('0812345678');
    expect(thaiMsisdn('0812345678')).toBe('0812345678');
  });
});
