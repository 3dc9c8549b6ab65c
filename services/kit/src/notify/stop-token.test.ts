import { describe, expect, it } from 'vitest';
import { readStopToken, stopToken } from './stop-token.js';

describe('stop links', () => {
  it('names what they stop, and only for their own purpose and secret', () => {
    const token = stopToken('secret-one', 'follower', 'f0e1d2c3-0000-4000-8000-000000000001');
    expect(readStopToken('secret-one', 'follower', token)).toBe('f0e1d2c3-0000-4000-8000-000000000001');
    expect(readStopToken('secret-one', 'staff', token)).toBeNull();
    expect(readStopToken('secret-two', 'follower', token)).toBeNull();
  });

  it('refuses a token changed to name something else', () => {
    const [, tag] = stopToken('s', 'staff', 'a@x.example').split('.');
    expect(readStopToken('s', 'staff', `${Buffer.from('b@x.example').toString('base64url')}.${tag}`)).toBeNull();
    expect(readStopToken('s', 'staff', 'garbage')).toBeNull();
  });
});
