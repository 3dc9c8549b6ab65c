import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKeyRing, GATEWAY_KEY_OWNER, loadConfig, verifyGatewayAssertion, signGatewayAssertion, PUBLIC_IDENTITY } from '@sesao28/kit';
import { writeDeploymentKeys } from '@sesao28/infra/keys';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(path.join(tmpdir(), 'sesao28-keys-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** One part's settings as production reads them from its env file. */
function partConfig(file: string) {
  const env = Object.fromEntries(
    readFileSync(path.join(folder, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { env, config: loadConfig({ ...env, NODE_ENV: 'production', INTERNAL_SECRET: 'x'.repeat(32), JWT_SECRET: 'y'.repeat(32) }) };
}

describe('npm run keys', () => {
  it('writes each part its own key, readable by its owner alone, that the others trust', async () => {
    writeDeploymentKeys(folder, '2026-12');
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(10);
    for (const file of files) expect(statSync(path.join(folder, file)).mode & 0o777, file).toBe(0o600);

    const gateway = partConfig('gateway.env');
    const finance = partConfig('unit-finance-assets.env');
    const audit = partConfig('unit-internal-audit.env');
    // Each holds its own private key only.
    expect(() => createKeyRing(finance.config.keys).assertCanSign(GATEWAY_KEY_OWNER)).toThrow();
    createKeyRing(finance.config.keys).assertCanSign('FINANCE');
    // What the gateway signs, Finance accepts.
    const body = '{"query":"{ financeAssets { code } }"}';
    const token = await signGatewayAssertion(createKeyRing(gateway.config.keys), 'FINANCE', PUBLIC_IDENTITY, body);
    await expect(verifyGatewayAssertion(createKeyRing(finance.config.keys), 'FINANCE', token, body)).resolves.toEqual(PUBLIC_IDENTITY);
    // The PIN key goes to Internal Audit alone; the gateway gets neither PIN nor pseudonym key.
    expect(audit.config.pinKey).toBeTruthy();
    expect(finance.config.pinKey).toBeNull();
    expect(finance.config.pseudonymKey).toBe(audit.config.pseudonymKey);
    expect([gateway.config.pinKey, gateway.config.pseudonymKey]).toEqual([null, null]);
  });
});
