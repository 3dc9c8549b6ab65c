import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, npmStartSettings, withInstallationSecrets } from './config.js';

const SECRETS = { INTERNAL_SECRET: 'a-real-internal-secret-of-32-chars!!', JWT_SECRET: 'a-real-signing-key-of-more-than-24' };

describe('configuration', () => {
  it('has working defaults with an empty environment (but its secrets)', () => {
    const config = loadConfig({ ...SECRETS });
    expect(config.mode).toBe('development');
    expect(config.gatewayPort).toBe(4000);
    expect(config.dbPoolSize).toBe(3);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.devSignIn).toBe(false);
    expect(config.oidcProviders).toEqual([]);
  });

  it('reads per-unit overrides by slug', () => {
    const config = loadConfig({ NODE_ENV: 'test', UNIT_PORT_financeAssets: '5004', UNIT_URL_personnel: 'http://personnel/graphql' });
    expect(config.unitPorts).toEqual({ financeAssets: 5004 });
    expect(config.unitUrls).toEqual({ personnel: 'http://personnel/graphql' });
  });

  it('says which setting is wrong', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ NODE_ENV: 'test', DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE/);
  });
});

describe('secrets', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sesao28-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs on no secret from the source outside tests: development says where npm start keeps them', () => {
    expect(() => loadConfig({})).toThrow(/INTERNAL_SECRET is not set: npm start generates/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRETS.JWT_SECRET })).toThrow(
      /INTERNAL_SECRET is required in production/,
    );
  });

  it('refuses the known example and test values anywhere but in tests', () => {
    const test = loadConfig({ NODE_ENV: 'test' });
    for (const mode of ['production', 'development']) {
      expect(() => loadConfig({ ...SECRETS, NODE_ENV: mode, INTERNAL_SECRET: test.internalSecret })).toThrow(/known example value/);
      expect(() => loadConfig({ ...SECRETS, NODE_ENV: mode, JWT_SECRET: 'change-me-to-the-sign-in-signing-key-32-chars' })).toThrow(
        /JWT_SECRET is a known example value/,
      );
    }
  });

  it('generates an installation its own secrets once, readable by its owner alone, and keeps them', () => {
    const first = withInstallationSecrets({ DATA_DIR: dir });
    const second = withInstallationSecrets({ DATA_DIR: dir });
    expect(first.INTERNAL_SECRET).toMatch(/^[\w-]{40,}$/);
    expect(first.JWT_SECRET).not.toBe(first.INTERNAL_SECRET);
    expect(second).toEqual(first);
    const file = path.join(dir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).jwtSecret).toBe(first.JWT_SECRET);
    expect(loadConfig(first).jwtSecret).toBe(first.JWT_SECRET);
    // Settings win; production never reads the file.
    expect(withInstallationSecrets({ DATA_DIR: dir, ...SECRETS }).JWT_SECRET).toBe(SECRETS.JWT_SECRET);
    expect(withInstallationSecrets({ DATA_DIR: dir, NODE_ENV: 'production' }).JWT_SECRET).toBeUndefined();
  });
});

describe('sign-in settings', () => {
  it('turns the development sign-in on only when asked, and never in production', () => {
    expect(loadConfig({ ...SECRETS, DEV_SIGN_IN: '1' }).devSignIn).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).devSignIn).toBe(false);
    expect(() => loadConfig({ ...SECRETS, NODE_ENV: 'production', DEV_SIGN_IN: '1' })).toThrow(/cannot be used with NODE_ENV=production/);
  });

  it('reads the staff provider, LINE Login and a public provider, each complete or not at all', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      OIDC_STAFF_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0/',
      OIDC_STAFF_CLIENT_ID: 'staff-client',
      OIDC_STAFF_CLIENT_SECRET: 'staff-secret',
      LINE_LOGIN_CLIENT_ID: '1650000000',
      LINE_LOGIN_CLIENT_SECRET: 'line-channel-secret',
    });
    expect(config.oidcProviders).toEqual([
      {
        id: 'staff',
        audience: 'staff',
        issuer: 'https://login.microsoftonline.com/tenant/v2.0',
        clientId: 'staff-client',
        clientSecret: 'staff-secret',
        scope: 'openid email profile',
      },
      {
        id: 'line',
        audience: 'public',
        issuer: 'https://access.line.me',
        clientId: '1650000000',
        clientSecret: 'line-channel-secret',
        scope: 'openid profile email',
      },
    ]);
    expect(() => loadConfig({ NODE_ENV: 'test', OIDC_STAFF_ISSUER: 'https://idp.example' })).toThrow(/go together; set all three/);
    expect(() =>
      loadConfig({ NODE_ENV: 'test', OIDC_PUBLIC_ISSUER: 'idp', OIDC_PUBLIC_CLIENT_ID: 'a', OIDC_PUBLIC_CLIENT_SECRET: 'b' }),
    ).toThrow(/OIDC_PUBLIC_ISSUER must be an http\(s\) URL/);
  });

  it('lets npm start run the demo sign-in on loopback only, and not when a provider or DEV_SIGN_IN=0 is set', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sesao28-start-'));
    try {
      expect(npmStartSettings({ DATA_DIR: dir }).DEV_SIGN_IN).toBe('1');
      expect(npmStartSettings({ DATA_DIR: dir, HOST: '0.0.0.0' }).DEV_SIGN_IN).toBeUndefined();
      expect(npmStartSettings({ DATA_DIR: dir, DEV_SIGN_IN: '0' }).DEV_SIGN_IN).toBe('0');
      expect(npmStartSettings({ DATA_DIR: dir, OIDC_STAFF_ISSUER: 'https://idp.example' }).DEV_SIGN_IN).toBeUndefined();
      expect(loadConfig(npmStartSettings({ DATA_DIR: dir })).devSignIn).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
