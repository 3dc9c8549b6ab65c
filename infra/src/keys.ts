/**
 * `npm run keys [folder]`: fresh keys for a deployment (docs/trust.md, "Keys"). Writes one env file
 * per part into the folder (default .data/keys), readable by its owner alone:
 *
 *   gateway.env              SIGNING_KEY (the gateway's), TRUSTED_KEYS
 *   unit-<name>.env          SIGNING_KEY (the unit's), TRUSTED_KEYS, PSEUDONYM_KEY (+ PIN_KEY for Internal Audit)
 *
 * Compose reads them as env_file; Kubernetes takes each as a Secret
 * (`kubectl create secret generic sesao28-keys-<part> --from-env-file=<part>.env`).
 * Key ids carry the month (`<owner>#2026-12`), so a later run's keys can be rolled in beside these.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GATEWAY_KEY_OWNER, generateDeploymentKeys } from '@sesao28/kit';
import { readUnitFolders, repoRoot } from './k8s-manifests.js';

const INTERNAL_AUDIT = 'AUDIT';

/**
 * Each part's key settings from one fresh set, by owner (the gateway, each unit's code): its own
 * SIGNING_KEY, TRUSTED_KEYS, and for units PSEUDONYM_KEY (+ PIN_KEY for Internal Audit).
 */
export function keySettingsByOwner(unitCodes: readonly string[], version: string): Map<string, Record<string, string>> {
  const made = generateDeploymentKeys([GATEWAY_KEY_OWNER, ...unitCodes], version);
  return new Map([
    [GATEWAY_KEY_OWNER, { SIGNING_KEY: made.signingKeys[GATEWAY_KEY_OWNER]!, TRUSTED_KEYS: made.TRUSTED_KEYS }],
    ...unitCodes.map((code): [string, Record<string, string>] => [
      code,
      {
        SIGNING_KEY: made.signingKeys[code]!,
        TRUSTED_KEYS: made.TRUSTED_KEYS,
        PSEUDONYM_KEY: made.PSEUDONYM_KEY,
        ...(code === INTERNAL_AUDIT ? { PIN_KEY: made.PIN_KEY } : {}),
      },
    ]),
  ]);
}

export function writeDeploymentKeys(folder: string, version = new Date().toISOString().slice(0, 7)): string[] {
  const units = readUnitFolders();
  const settings = keySettingsByOwner(
    units.map((u) => u.code),
    version,
  );
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const write = (part: string, owner: string) => {
    const file = path.join(folder, `${part}.env`);
    const lines = Object.entries(settings.get(owner)!).map(([name, value]) => `${name}=${value}`);
    // 'wx': keys already made are never overwritten (a part would lose the key the others trust).
    writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600, flag: 'wx' });
    return file;
  };
  return [write('gateway', GATEWAY_KEY_OWNER), ...units.map((u) => write(u.serviceName, u.code))];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = path.resolve(process.argv[2] ?? path.join(repoRoot, '.data/keys'));
  let files: string[];
  try {
    files = writeDeploymentKeys(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST'
        ? `มีกุญแจอยู่แล้ว / keys (or a file of that name) are already in ${folder}: move them away or choose another folder`
        : String((error as Error).message);
    console.error(why);
    process.exit(1);
  }
  console.log(`ใส่กุญแจของแต่ละส่วนไว้แล้ว / Keys written, one file per part (${files.length}), in ${folder}:`);
  for (const file of files) console.log(`  ${path.basename(file)}`);
  console.log('Keep them secret: each part gets its own file only (docs/trust.md, "Keys").');
}
