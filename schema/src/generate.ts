import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generate as runCodegen, type CodegenConfig } from '@graphql-codegen/cli';
import { buildUnitSdl, defineManifest, type UnitManifest } from '@sesao28/kit/sdl';
import { settingsMarkdown } from '@sesao28/platform/settings-doc';
import { composeSupergraph } from './compose.js';
import { ownResolverTypesConfig, resolverTypesConfig } from './codegen-config.js';
import { ownSdlForCodegen } from './own-sdl.js';
import { clientApiSdl, webClientConfig, webGqlDir, webUnitsFile } from './web-client-codegen.js';
import { generatedDir, kitDir, platformDir, repoRoot, servicesDir, supergraphFile } from './paths.js';

/** A unit folder as the generator sees it: its manifest and its own SDL extensions. */
export interface UnitFolder {
  dir: string;
  manifest: UnitManifest;
  ownSdl: string | undefined;
  /** The unit's own graphql-codegen mappers (src/mappers.json), paths seen from __generated__/. */
  mappers: Record<string, string>;
}

export function readUnitFolders(): UnitFolder[] {
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(servicesDir, entry.name, 'manifest.json')))
    .map((entry) => {
      const dir = path.join(servicesDir, entry.name);
      const manifest = defineManifest(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
      const ownFile = path.join(dir, 'src', 'schema.graphql');
      const mappersFile = path.join(dir, 'src', 'mappers.json');
      return {
        dir,
        manifest,
        ownSdl: existsSync(ownFile) ? readFileSync(ownFile, 'utf8') : undefined,
        mappers: existsSync(mappersFile) ? JSON.parse(readFileSync(mappersFile, 'utf8')) : {},
      };
    })
    .sort((a, b) => a.manifest.port - b.manifest.port);
}

/** The stand-in unit the kit's own resolver types are generated for. */
export const TEMPLATE_UNIT = defineManifest({
  code: 'TEMPLATE',
  slug: 'template',
  nameTh: 'หน่วยงานต้นแบบ',
  nameEn: 'Template unit',
  port: 0,
});

export function unitSdls(folders: readonly UnitFolder[]): Map<UnitFolder, string> {
  const manifests = folders.map((f) => f.manifest);
  const hosts = manifests.filter((m) => m.directoryHost);
  if (hosts.length !== 1) throw new Error(`Exactly one unit must be directoryHost, found ${hosts.length}`);
  return new Map(
    folders.map((f) => [
      f,
      buildUnitSdl(f.manifest, { ownSdl: f.ownSdl, office: manifests, directory: f.manifest.directoryHost ? manifests : undefined }),
    ]),
  );
}

/** Every generated file, path → content, computed without writing anything (for the office's units, or others). */
export async function planGeneratedFiles(folders: UnitFolder[] = readUnitFolders()): Promise<Map<string, string>> {
  const sdls = unitSdls(folders);
  const files = new Map<string, string>();
  const codegenTargets: Record<string, CodegenConfig['generates'][string]> = {};

  // A unit's folder gets the types of its own SDL only; its subgraph SDL is built in memory at start.
  for (const folder of folders) {
    if (!folder.ownSdl?.trim()) continue;
    codegenTargets[path.join(generatedDir(folder.dir), 'resolvers-types.ts')] = ownResolverTypesConfig(
      ownSdlForCodegen(folder.ownSdl),
      folder.manifest,
      folder.mappers,
    );
  }

  // The office directory, one place for every unit's code, names, type and default port:
  // the directory host answers `units` from it, and every unit finds its peers with it.
  const directory = folders.map(({ manifest: m }) => ({
    code: m.code,
    slug: m.slug,
    nameTh: m.nameTh,
    nameEn: m.nameEn,
    typeName: m.typeName,
    recordTypeName: m.recordTypeName,
    port: m.port,
    directoryHost: Boolean(m.directoryHost),
    confidential: Boolean(m.confidential),
  }));
  files.set(path.join(platformDir, 'src', '__generated__', 'directory.json'), `${JSON.stringify(directory, null, 2)}\n`);
  // The settings table people read, from the list beside config.ts.
  files.set(path.join(repoRoot, 'docs', 'settings.md'), settingsMarkdown());
  const webUnits = directory.map(({ code, slug, nameTh, nameEn }) => ({ code, slug, nameTh, nameEn }));
  files.set(webUnitsFile, `${JSON.stringify(webUnits, null, 2)}\n`);

  const templateSdl = buildUnitSdl(TEMPLATE_UNIT);
  const kitOut = path.join(kitDir, 'src', '__generated__');
  codegenTargets[path.join(kitOut, 'resolvers-types.ts')] = resolverTypesConfig(
    templateSdl,
    [TEMPLATE_UNIT.typeName, TEMPLATE_UNIT.mutationTypeName],
    [TEMPLATE_UNIT.recordTypeName],
    {
      models: '../models.js',
    },
  );

  const composition = composeSupergraph(
    [...sdls].map(([f, sdl]) => ({ name: f.manifest.subgraphName, url: `http://localhost:${f.manifest.port}/graphql`, sdl })),
  );
  if (!composition.supergraphSdl || composition.hints.length > 0) {
    throw new Error(`Composition failed:\n${[...composition.errors, ...composition.hints].join('\n')}`);
  }
  files.set(supergraphFile, composition.supergraphSdl);
  codegenTargets[path.join(webGqlDir, 'graphql.ts')] = webClientConfig(clientApiSdl(composition.supergraphSdl));

  const outputs = await runCodegen({ generates: codegenTargets, silent: true, cwd: repoRoot }, false);
  for (const output of outputs as { filename: string; content: string }[]) {
    files.set(path.resolve(repoRoot, output.filename), output.content);
  }
  return files;
}

/** Files in the units', the kit's and the platform's __generated__ folders, whatever wrote them. */
function filesInGeneratedFolders(): string[] {
  const dirs = [
    ...readUnitFolders().map((f) => generatedDir(f.dir)),
    path.join(kitDir, 'src', '__generated__'),
    path.join(platformDir, 'src', '__generated__'),
  ];
  return dirs.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)));
}

/** Paths whose content on disk differs from what the generator would write, or that it would not write at all. */
export async function staleGeneratedFiles(): Promise<string[]> {
  const planned = await planGeneratedFiles();
  const differing = [...planned]
    .filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
    .map(([file]) => file);
  const leftOver = filesInGeneratedFolders().filter((file) => !planned.has(file));
  return [...differing, ...leftOver].map((file) => path.relative(repoRoot, file));
}

async function main(): Promise<void> {
  const planned = await planGeneratedFiles();
  for (const [file, content] of planned) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  for (const file of filesInGeneratedFolders().filter((f) => !planned.has(f))) rmSync(file);
  console.log(
    `Generated ${planned.size} files (directory, supergraph, the kit's and each unit's own resolver types, the web app's typed operations, docs/settings.md).`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
