import { readFileSync } from 'node:fs';
import type { UnitManifest } from '../manifest.js';
import { KIT_FEATURES } from '../features/index.js';
import { joinUnitSdlParts, readUnitSdlPart } from './unit-sdl-parts.js';

/** The platform's own spec of composed directives (an identifier, not fetched). */
const SUBMISSION_SPEC = 'https://sesao28.go.th/spec/participation/v1.0';

// @submission is the platform's own directive, composed into the supergraph for the gateway's limiter.
const FEDERATION_LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@composeDirective"])
  @link(url: "${SUBMISSION_SPEC}", import: ["@submission"])
  @composeDirective(name: "@submission")`;

/** The kit's SDL of value types every unit returns, each written once: the rules and the shared types, then every feature's files. */
const SHARED_SDL_FILES = [
  new URL('./rules.graphql', import.meta.url),
  new URL('./shared.graphql', import.meta.url),
  ...KIT_FEATURES.flatMap((feature) => feature.sdl),
];

export const sharedSdl = SHARED_SDL_FILES.map((file) => readFileSync(file, 'utf8').trim()).join('\n\n');

/** Fields every unit answers about itself; the directory (Administration) knows only these of the others. */
const DIRECTORY_FIELDS = `  "Stable code from the announcement, e.g. FINANCE."
  code: ID! @access(rule: "public")
  "GraphQL root field of the unit, e.g. financeAssets."
  slug: String! @access(rule: "public")
  nameTh: String! @access(rule: "public")
  nameEn: String! @access(rule: "public")`;

/*
 * Fields and mutations every unit has, written by the feature they belong to: each feature's
 * `unit.graphql` (its KitFeature's unitSdl) holds its part of `type UnitOwnFields { … }` and/or
 * `type UnitMutations { … }`. The generator copies the bodies, in KIT_FEATURES order, into each
 * unit's own types (FinanceAssetsUnit, FinanceAssetsMutations, …). Each field names who may use it
 * (@access, an action of auth/policy.ts); public writes are @submission (rate-limited). The kit's
 * own fields are the directory fields above; every other field belongs to a feature, so sdl/ has no unit.graphql.
 */
const { UnitOwnFields: OWN_FIELDS, UnitMutations: MUTATIONS } = joinUnitSdlParts(
  KIT_FEATURES.flatMap((feature) => (feature.unitSdl ? [readUnitSdlPart(feature.unitSdl)] : [])),
);

const shareableDirectoryFields = DIRECTORY_FIELDS.replace(/(slug|nameTh|nameEn): String!/g, '$1: String! @shareable');

/** A description in SDL: a unit's names may hold quotes or backslashes (JSON's escapes are GraphQL's). */
const described = (text: string): string => JSON.stringify(text);

function unitType(unit: UnitManifest, withOwnFields: boolean): string {
  return `${described(`${unit.nameEn} — ${unit.nameTh}`)}
type ${unit.typeName} implements Unit @key(fields: "code") {
${shareableDirectoryFields}${withOwnFields ? `\n${OWN_FIELDS}` : ''}
}`;
}

const RECORD_FIELDS = ['unitCode: ID!', 'titleTh: String!', 'status: String!', 'at: DateTime'];

/**
 * Every unit's records as federated entities, one type per unit: the unit itself
 * resolves its own; the others only name the type (fields @external), so an
 * outcome in one unit can list records of any unit and the gateway fetches each
 * from the unit that holds it.
 */
function recordTypes(unit: UnitManifest, all: readonly Pick<UnitManifest, 'code' | 'recordTypeName'>[]): string[] {
  return all.map((other) => {
    const own = other.code === unit.code;
    const key = own ? '@key(fields: "kind id")' : '@key(fields: "kind id", resolvable: false)';
    const fields = RECORD_FIELDS.map((f) => `  ${f}${own ? '' : ' @external'}`).join('\n');
    return `type ${other.recordTypeName} implements LinkedRecord ${key} {\n  kind: RecordKind!\n  id: ID!\n${fields}\n}`;
  });
}

/**
 * Partners are Administration's entities (it defines the full type, with its own
 * slug field, in its own SDL, so it does not get this one); every other unit names the type by its key and adds
 * one field named by its slug: the partner's joint activities in that unit.
 */
function partnerType(unit: UnitManifest): string {
  return `type Partner @key(fields: "id") {
  id: ID!
  ${described(`Joint activities with ${unit.nameEn} (${unit.nameTh}).`)}
  ${unit.slug}: PartnerInUnit
}`;
}

export interface UnitSdlOptions {
  /** Every unit of the office (for the record types of outcome links). */
  office?: readonly Pick<UnitManifest, 'code' | 'recordTypeName'>[];
  /** For the unit that hosts the office directory: every unit of the registry. */
  directory?: readonly UnitManifest[];
  /** The unit's own SDL extensions. */
  ownSdl?: string;
}

/**
 * The whole subgraph SDL of one unit: the shared value types, the `Unit`
 * interface, the unit's own entity type and root field, and its extensions.
 *
 * The directory host declares `Unit` with the directory fields only, so the
 * query planner sends `stats`, `activities` and `feedback` of each unit to that
 * unit's own subgraph.
 */
export function buildUnitSdl(unit: UnitManifest, options: UnitSdlOptions = {}): string {
  const others = (options.directory ?? []).filter((u) => u.code !== unit.code);
  const interfaceFields = options.directory ? DIRECTORY_FIELDS : `${DIRECTORY_FIELDS}\n${OWN_FIELDS}`;
  const parts = [
    '# Generated by `npm run generate` from the kit and this unit folder. Do not edit.',
    FEDERATION_LINK,
    sharedSdl.trim(),
    `"A work unit of SESAO 28 (สพม.ศรีสะเกษ ยโสธร)."\ninterface Unit {\n${interfaceFields}\n}`,
    unitType(unit, true),
    // The namespace roots are open; each field inside carries its own rule.
    `type Query {\n  ${described(`${unit.nameEn} (${unit.nameTh})`)}\n  ${unit.slug}: ${unit.typeName} @access(rule: "public")\n}`,
    `${described(`What staff of ${unit.nameEn} do: cases, answers, deadlines.`)}\ntype ${unit.mutationTypeName} {\n${MUTATIONS}\n}`,
    `type Mutation {\n  ${described(`${unit.nameEn} (${unit.nameTh})`)}\n  ${unit.slug}: ${unit.mutationTypeName} @access(rule: "public")\n}`,
  ];
  parts.push(...recordTypes(unit, options.office ?? options.directory ?? [unit]));
  // The directory host's own SDL has the full Partner type; without it, the host names it like any unit.
  if (!/^type Partner\b/m.test(options.ownSdl ?? '')) parts.push(partnerType(unit));
  if (options.directory) {
    parts.push(...others.map((other) => unitType(other, false)));
    parts.push(
      `extend type Query {\n  "All nine units of the office, in the order of the announcement."\n  units: [Unit!]! @access(rule: "public")\n  "One unit by its code, e.g. FINANCE."\n  unit(code: ID!): Unit @access(rule: "public")\n}`,
    );
  }
  if (options.ownSdl?.trim()) parts.push(options.ownSdl.trim());
  return `${parts.join('\n\n')}\n`;
}
