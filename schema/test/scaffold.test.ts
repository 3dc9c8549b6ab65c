import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineManifest } from '@sesao28/kit/sdl';
import { planGeneratedFiles, readUnitFolders } from '../src/generate.js';
import { repoRoot } from '../src/paths.js';
import {
  addReference,
  addToRegistry,
  addWorkspaceDependency,
  checkNewUnit,
  packageNameOf,
  readTemplate,
  renderUnit,
} from '../src/scaffold.js';

const SCHOLARSHIP = {
  code: 'SCHOLARSHIP',
  slug: 'scholarshipFund',
  port: 4010,
  nameTh: 'กลุ่มกองทุนเพื่อการศึกษา "ทดลอง"',
  nameEn: 'Scholarship Fund',
};
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

describe('new unit scaffold (npm run new-unit)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sesao28-scaffold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders every file of a unit folder for a made-up unit', () => {
    const files = renderUnit(readTemplate(), SCHOLARSHIP);
    expect([...files.keys()].sort()).toEqual([
      'manifest.json',
      'package.json',
      'src/index.ts',
      'src/main.ts',
      'test/contract.test.ts',
      'tsconfig.json',
      'vitest.config.ts',
    ]);
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    // Thai names (with quotes) survive as JSON; the package is named after the slug.
    expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toEqual(SCHOLARSHIP);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('@sesao28/unit-scholarship-fund');
    expect(pkg.version).toBe('0.1.0');
    expect(pkg.description).toBe(`Scholarship Fund (${SCHOLARSHIP.nameTh}) subgraph of SESAO 28`);
    const finance = JSON.parse(read('services/financeAssets/package.json'));
    for (const key of ['scripts', 'dependencies', 'devDependencies', 'exports', 'type', 'private']) expect(pkg[key]).toEqual(finance[key]);
    expect(readFileSync(path.join(dir, 'src/index.ts'), 'utf8')).toContain('defineUnitModule(manifest, import.meta.url)');
    expect(readFileSync(path.join(dir, 'test/contract.test.ts'), 'utf8')).toContain('describeUnitContract(unit)');
    expect(existsSync(path.join(dir, 'src/__generated__'))).toBe(false);
  });

  it('keeps the template and the nine units one shape', () => {
    const template = readTemplate();
    for (const folder of readUnitFolders()) {
      const rendered = renderUnit(template, folder.manifest);
      const own = folder.manifest.directoryHost || folder.manifest.confidential; // their manifest says more
      for (const [file, text] of rendered) {
        if (file === 'manifest.json' && own) continue;
        if (file === 'src/index.ts' && folder.ownSdl) continue; // a unit with its own SDL adds resolvers there
        expect(`${folder.manifest.slug}/${file}\n${readFileSync(path.join(folder.dir, file), 'utf8')}`).toBe(
          `${folder.manifest.slug}/${file}\n${text}`,
        );
      }
    }
  });

  it('adds the unit to the registry, the project references and the schema package', () => {
    const registry = addToRegistry(read('schema/src/registry.ts'), 'scholarshipFund');
    expect(registry).toContain(
      "import { unit as internalAudit } from '@sesao28/unit-internal-audit';\nimport { unit as scholarshipFund } from '@sesao28/unit-scholarship-fund';\n",
    );
    expect(registry).toContain('  internalAudit,\n  scholarshipFund,\n];');

    const root = addReference(read('tsconfig.json'), 'services/scholarshipFund');
    expect(root).toContain(
      '    { "path": "services/internalAudit" },\n    { "path": "services/scholarshipFund" },\n    { "path": "schema" },',
    );
    expect(JSON.parse(root).references).toHaveLength(JSON.parse(read('tsconfig.json')).references.length + 1);

    const schema = addReference(read('schema/tsconfig.json'), '../services/scholarshipFund');
    expect(schema).toContain('    { "path": "../services/internalAudit" },\n    { "path": "../services/scholarshipFund" }\n');
    expect(JSON.parse(schema).references.at(-1)).toEqual({ path: '../services/scholarshipFund' });

    const original = read('schema/package.json');
    expect(addWorkspaceDependency(original, '@sesao28/unit-internal-audit')).toBe(original); // same format, no churn
    const pkg = JSON.parse(addWorkspaceDependency(original, packageNameOf('scholarshipFund')));
    expect(pkg.dependencies['@sesao28/unit-scholarship-fund']).toBe('workspace:*');
    expect(Object.keys(pkg.dependencies)).toEqual([...Object.keys(pkg.dependencies)].sort());
  });

  it('a tenth unit adds under 600 generated lines (supergraph, directory, web types)', async () => {
    const nine = readUnitFolders();
    const tenth = { dir: path.join(dir, 'scholarshipFund'), manifest: defineManifest(SCHOLARSHIP), ownSdl: undefined, mappers: {} };
    const lines = (files: Map<string, string>) => [...files.values()].reduce((sum, text) => sum + text.split('\n').length, 0);
    const before = await planGeneratedFiles(nine);
    const after = await planGeneratedFiles([...nine, tenth]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort()); // no new generated file for a unit without its own SDL
    const added = lines(after) - lines(before);
    console.log(`A tenth unit adds ${added} generated lines.`);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(600);
  }, 60_000);

  it('refuses a slug, code or port another unit has', () => {
    const existing = readUnitFolders().map((f) => f.manifest);
    expect(() => checkNewUnit(SCHOLARSHIP, existing)).not.toThrow();
    expect(() => checkNewUnit({ ...SCHOLARSHIP, port: 4004 }, existing)).toThrow(/Port 4004 is taken by financeAssets/);
    expect(() => checkNewUnit({ ...SCHOLARSHIP, code: 'FINANCE' }, existing)).toThrow(/Code FINANCE/);
    expect(() => checkNewUnit({ ...SCHOLARSHIP, slug: 'Bad-slug' }, existing)).toThrow(/lowerCamelCase/);
  });
});
