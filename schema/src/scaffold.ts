// `npm run new-unit -- <slug> <CODE> <port> "<nameTh>" "<nameEn>"`: writes services/<slug>/ from
// schema/templates/unit/ (the shape every plain unit has), adds the unit to the registry, the
// TypeScript project references and the schema package's dependencies, then runs the generator.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineManifest, type UnitManifestData } from '@sesao28/kit/sdl';
import { planGeneratedFiles, readUnitFolders } from './generate.js';
import { repoRoot, servicesDir } from './paths.js';

export const templateDir = path.join(repoRoot, 'schema', 'templates', 'unit');
const TEMPLATE_SUFFIX = '.tmpl';

/** `distanceEducationIct` → `distance-education-ict`. */
export const kebabOf = (slug: string) => slug.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const packageNameOf = (slug: string) => `@sesao28/unit-${kebabOf(slug)}`;

/** The template's files, path inside the unit folder → text (placeholders like {{slug}}). */
export function readTemplate(dir = templateDir): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(TEMPLATE_SUFFIX))
        files.set(rel.slice(0, -TEMPLATE_SUFFIX.length), readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return files;
}

/** The unit's files from the template: pure (no file is read or written). */
export function renderUnit(template: ReadonlyMap<string, string>, data: UnitManifestData): Map<string, string> {
  const manifest = defineManifest(data);
  const values: Record<string, string> = {
    code: manifest.code,
    slug: manifest.slug,
    port: String(manifest.port),
    nameTh: manifest.nameTh,
    nameEn: manifest.nameEn,
    packageName: packageNameOf(manifest.slug),
  };
  const out = new Map<string, string>();
  for (const [file, text] of template) {
    const json = file.endsWith('.json');
    out.set(
      file,
      text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
        const value = values[key];
        if (value === undefined) throw new Error(`Template ${file}: unknown placeholder {{${key}}}`);
        return json ? JSON.stringify(value).slice(1, -1) : value;
      }),
    );
  }
  return out;
}

/** schema/src/registry.ts with the unit imported and appended to `unitRegistry`. */
export function addToRegistry(source: string, slug: string): string {
  const imports = [...source.matchAll(/^import \{ unit as \w+ \} from '@sesao28\/unit-[\w-]+';$/gm)];
  const last = imports.at(-1);
  const end = source.indexOf('\n];', source.indexOf('export const unitRegistry'));
  if (!last || end < 0) throw new Error('registry.ts: no unit imports or no unitRegistry array');
  const at = last.index! + last[0].length;
  const withEntry = `${source.slice(0, end)}\n  ${slug},${source.slice(end)}`;
  return `${withEntry.slice(0, at)}\nimport { unit as ${slug} } from '${packageNameOf(slug)}';${withEntry.slice(at)}`;
}

/** A tsconfig.json with one more `{ "path": … }` reference after its last unit reference. */
export function addReference(source: string, refPath: string): string {
  const lines = source.split('\n');
  const i = lines.findLastIndex((l) => /^\s*\{ "path": "(\.\.\/)?services\/[^"]+" \},?$/.test(l));
  if (i < 0) throw new Error('tsconfig.json: no services/ reference to add after');
  const line = lines[i]!;
  const indent = /^\s*/.exec(line)![0];
  const comma = line.endsWith(',');
  lines.splice(i, 1, comma ? line : `${line},`, `${indent}{ "path": "${refPath}" }${comma ? ',' : ''}`);
  return lines.join('\n');
}

/** A package.json with one more `workspace:*` dependency (dependencies kept sorted). */
export function addWorkspaceDependency(source: string, name: string): string {
  const pkg = JSON.parse(source) as { dependencies?: Record<string, string> };
  const deps = { ...pkg.dependencies, [name]: 'workspace:*' };
  pkg.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(pkg, null, 2)}${source.endsWith('\n') ? '\n' : ''}`;
}

/** Refuses a unit whose slug, code or port another unit has. */
export function checkNewUnit(data: UnitManifestData, existing: readonly UnitManifestData[]): void {
  defineManifest(data);
  if (!Number.isInteger(data.port) || data.port < 1 || data.port > 65535) throw new Error(`Port must be 1–65535, got ${data.port}`);
  for (const other of existing) {
    if (other.slug === data.slug) throw new Error(`Slug ${data.slug} is taken by ${other.code}`);
    if (other.code === data.code) throw new Error(`Code ${data.code} is taken by ${other.slug}`);
    if (other.port === data.port) throw new Error(`Port ${data.port} is taken by ${other.slug}`);
  }
}

function edit(file: string, change: (source: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

async function main(args: string[]): Promise<number> {
  const [slug, code, port, nameTh, nameEn] = args;
  if (!slug || !code || !port || !nameTh || !nameEn || args.length !== 5) {
    console.error('usage: npm run new-unit -- <slug> <CODE> <port> "<nameTh>" "<nameEn>"');
    return 2;
  }
  const data: UnitManifestData = { slug, code, port: Number(port), nameTh, nameEn };
  const unitDir = path.join(servicesDir, slug);
  try {
    checkNewUnit(
      data,
      readUnitFolders().map((f) => f.manifest),
    );
    if (existsSync(unitDir)) throw new Error(`${path.relative(repoRoot, unitDir)} already exists`);
  } catch (error) {
    console.error(`Cannot add the unit — เพิ่มหน่วยงานไม่ได้: ${(error as Error).message}`);
    return 1;
  }
  for (const [file, text] of renderUnit(readTemplate(), data)) {
    mkdirSync(path.dirname(path.join(unitDir, file)), { recursive: true });
    writeFileSync(path.join(unitDir, file), text);
  }
  edit(path.join(repoRoot, 'schema', 'src', 'registry.ts'), (s) => addToRegistry(s, slug));
  edit(path.join(repoRoot, 'tsconfig.json'), (s) => addReference(s, `services/${slug}`));
  edit(path.join(repoRoot, 'schema', 'tsconfig.json'), (s) => addReference(s, `../services/${slug}`));
  edit(path.join(repoRoot, 'schema', 'package.json'), (s) => addWorkspaceDependency(s, packageNameOf(slug)));
  const planned = await planGeneratedFiles();
  for (const [file, content] of planned) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(
    `เพิ่มหน่วยงาน ${nameTh} แล้ว — added unit ${code} (${slug}) at services/${slug}, port ${port}; generated ${planned.size} files.`,
  );
  console.log('Next: add its row to the unit table in README.md, then `npm test` (the contract suite runs over the registry).');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(await main(process.argv.slice(2)));
}
