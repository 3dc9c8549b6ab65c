import { createLogger, loadConfig } from '@sesao28/platform';
import { describe, expect, it } from 'vitest';
import { formatGatewayError } from '../src/format-error.js';

const logger = createLogger(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), 'test');

describe('gateway error masking', () => {
  it("passes a unit's code, in both languages, through without internals", () => {
    const out = formatGatewayError(
      {
        message: 'Items per page must be between 1 and 100',
        extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE', messageTh: 'x', messageEn: 'y', serviceName: 'personnel', stacktrace: ['at x'] },
      },
      logger,
    );
    expect(out.extensions).toEqual({ code: 'PAGE_SIZE_OUT_OF_RANGE', messageTh: 'x', messageEn: 'y' });
  });

  it('passes a code of the platform through as it is', () => {
    const out = formatGatewayError(
      { message: 'Please sign in again', extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x'] } },
      logger,
    );
    expect(out.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('turns an unknown subgraph failure into UNIT_UNAVAILABLE naming the unit, not its address', () => {
    const out = formatGatewayError(
      {
        message: 'request to http://10.0.0.5:4004/graphql failed, reason: ECONNREFUSED',
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'financeAssets' },
      },
      logger,
    );
    expect(out.extensions?.code).toBe('UNIT_UNAVAILABLE');
    expect(out.extensions?.unit).toBe('financeAssets');
    expect(JSON.stringify(out)).not.toMatch(/10\.0\.0\.5|ECONNREFUSED/);
    expect(String(out.extensions?.messageTh)).toContain('financeAssets');
  });

  it('hides anything else behind INTERNAL', () => {
    const out = formatGatewayError({ message: 'relation "unit_x.activity" does not exist' }, logger);
    expect(out).toMatchObject({ message: expect.not.stringContaining('relation'), extensions: { code: 'INTERNAL' } });
  });
});
