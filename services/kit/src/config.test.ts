import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { MAX_ATTACHMENT_BASE64_LENGTH } from './notices/attachment-input.js';

describe('configuration', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('development');
    expect(config.gatewayPort).toBe(4000);
    expect(config.dbPoolSize).toBe(3);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads per-unit overrides by slug', () => {
    const config = loadConfig({ UNIT_PORT_financeAssets: '5004', UNIT_URL_personnel: 'http://personnel/graphql' });
    expect(config.unitPorts).toEqual({ financeAssets: 5004 });
    expect(config.unitUrls).toEqual({ personnel: 'http://personnel/graphql' });
  });

  it('says which setting is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE/);
  });

  it("lets the gateway take a notice's largest attachment by default (its base64 and the query around it)", () => {
    expect(loadConfig({}).bodyLimitBytes).toBeGreaterThanOrEqual(MAX_ATTACHMENT_BASE64_LENGTH + 64 * 1024);
  });
});
