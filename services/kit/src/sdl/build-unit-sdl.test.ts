import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineManifest } from '../manifest.js';
import { KIT_FEATURES } from '../features/index.js';
import { buildUnitSdl } from './build-unit-sdl.js';
import { joinUnitSdlParts, readUnitSdlPart, unitTypeParts } from './unit-sdl-parts.js';

const finance = defineManifest({ code: 'FINANCE', slug: 'financeAssets', nameTh: 'การเงิน', nameEn: 'Finance', port: 1 });
const admin = defineManifest({ code: 'ADMIN', slug: 'administration', nameTh: 'อำนวยการ', nameEn: 'Admin', port: 2, directoryHost: true });

describe('unit SDL', () => {
  it('derives names from the manifest', () => {
    expect(finance.typeName).toBe('FinanceAssetsUnit');
    expect(finance.schemaName).toBe('unit_finance_assets');
    expect(() => defineManifest({ ...finance, slug: 'Finance-Assets' })).toThrow(/lowerCamelCase/);
  });

  it('gives a unit its entity type, root field and the full Unit interface', () => {
    const sdl = buildUnitSdl(finance);
    expect(sdl).toContain('type FinanceAssetsUnit implements Unit @key(fields: "code")');
    expect(sdl).toContain('financeAssets: FinanceAssetsUnit');
    expect(() => buildSubgraphSchema({ typeDefs: parse(sdl) })).not.toThrow();
  });

  it("keeps quotes and backslashes of a unit's names inside its descriptions", () => {
    const quoted = defineManifest({ ...finance, nameTh: 'กองทุน "ทดลอง"', nameEn: 'Fund \\ "Trial"' });
    const schema = buildSubgraphSchema({ typeDefs: parse(buildUnitSdl(quoted, { directory: [admin, quoted] })) });
    expect(schema.getQueryType()?.getFields().financeAssets?.description).toBe('Fund \\ "Trial" (กองทุน "ทดลอง")');
    expect(schema.getType('FinanceAssetsUnit')?.description).toBe('Fund \\ "Trial" — กองทุน "ทดลอง"');
  });

  it("adds a unit's part of Partner under its slug, and leaves the full type to the unit that defines it", () => {
    expect(buildUnitSdl(finance)).toContain('type Partner @key(fields: "id") {\n  id: ID!');
    expect(buildUnitSdl(finance)).toContain('financeAssets: PartnerInUnit');
    const own = 'type Partner @key(fields: "id") {\n  id: ID!\n  nameTh: String!\n  administration: PartnerInUnit\n}';
    const sdl = buildUnitSdl(admin, { directory: [admin, finance], ownSdl: own });
    expect(sdl.match(/^type Partner @key/gm)).toHaveLength(1);
    expect(() => buildSubgraphSchema({ typeDefs: parse(sdl) })).not.toThrow();
  });

  it('gives the directory host every unit type, with only directory fields for the others', () => {
    const sdl = buildUnitSdl(admin, { directory: [admin, finance] });
    const financeType = sdl.slice(sdl.indexOf('type FinanceAssetsUnit'));
    expect(financeType.slice(0, financeType.indexOf('}'))).not.toContain('stats');
    expect(sdl).toContain('units: [Unit!]!');
    expect(() => buildSubgraphSchema({ typeDefs: parse(sdl) })).not.toThrow();
  });

  it("appends the unit's own extensions", () => {
    expect(buildUnitSdl(finance, { ownSdl: 'type Disclosure { id: ID! }' })).toContain('type Disclosure');
  });
});

describe("each feature's part of every unit's fields and mutations", () => {
  const part = (file: string, text: string) => ({ file, text });
  const partsOf = (feature: (typeof KIT_FEATURES)[number]) => (feature.unitSdl ? unitTypeParts(readUnitSdlPart(feature.unitSdl)) : {});
  const sorted = (names: readonly string[]) => [...names].sort();

  it('is where its resolvers are: the fields of its unit.graphql are those its unitFields and mutations answer', () => {
    for (const feature of KIT_FEATURES) {
      const parts = partsOf(feature);
      expect([feature.name, sorted(parts.UnitOwnFields?.fields ?? [])]).toEqual([
        feature.name,
        sorted(Object.keys(feature.unitFields ?? {})),
      ]);
      expect([feature.name, sorted(parts.UnitMutations?.fields ?? [])]).toEqual([
        feature.name,
        sorted(Object.keys(feature.mutations ?? {})),
      ]);
    }
  });

  it("makes a unit's own types of the directory fields and every feature's, in the features' order", () => {
    const schema = buildSubgraphSchema({ typeDefs: parse(buildUnitSdl(finance)) });
    const fieldsOf = (typeName: string) => Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields());
    const written = KIT_FEATURES.map(partsOf);
    expect(fieldsOf('FinanceAssetsUnit')).toEqual([
      ...['code', 'slug', 'nameTh', 'nameEn'],
      ...written.flatMap((parts) => parts.UnitOwnFields?.fields ?? []),
    ]);
    expect(fieldsOf('FinanceAssetsMutations')).toEqual(written.flatMap((parts) => parts.UnitMutations?.fields ?? []));
  });

  it('copies each body as written, comments and descriptions too, one file after another', () => {
    const first = part('a.graphql', 'type UnitOwnFields {\n  # why\n  "What."\n  a: Int @access(rule: "public")\n}\n');
    const second = part('b.graphql', 'type UnitMutations {\n  m: Int @access(rule: "public")\n}\n\ntype UnitOwnFields {\n  b: Int\n}');
    expect(joinUnitSdlParts([first, second])).toEqual({
      UnitOwnFields: '  # why\n  "What."\n  a: Int @access(rule: "public")\n  b: Int',
      UnitMutations: '  m: Int @access(rule: "public")',
    });
  });

  it('refuses a field written in two files, naming both', () => {
    const twice = [part('a.graphql', 'type UnitOwnFields { a: Int }'), part('b.graphql', 'type UnitOwnFields { a: Int }')];
    expect(() => joinUnitSdlParts(twice)).toThrow('b.graphql writes UnitOwnFields.a, already written in a.graphql');
  });

  it('refuses a file with anything but the two types, each once and with fields alone', () => {
    for (const stray of [
      'type UnitOwnFields { a: Int }\nenum Stray { A }',
      'type Other { a: Int }',
      'extend type UnitOwnFields { a: Int }',
      'type UnitMutations { a: Int }\ntype UnitMutations { b: Int }',
      'type UnitOwnFields @shareable { a: Int }',
      '"Lost." type UnitOwnFields { a: Int }',
      'type UnitOwnFields',
    ]) {
      expect(() => unitTypeParts(part('stray.graphql', stray)), stray).toThrow(/^stray\.graphql may write only type UnitOwnFields/);
    }
  });

  it('refuses a file that writes neither type, or is not GraphQL', () => {
    expect(() => unitTypeParts(part('empty.graphql', '# nothing yet\n'))).toThrow(
      'empty.graphql writes neither type UnitOwnFields nor type UnitMutations',
    );
    expect(() => unitTypeParts(part('broken.graphql', 'type UnitOwnFields { a: }'))).toThrow(/^broken\.graphql: Syntax Error/);
  });
});
