import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineManifest } from '../manifest.js';
import { buildUnitSdl } from './build-unit-sdl.js';

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
