import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedSdl } from '@sesao28/kit/sdl';
import { describe, expect, it } from 'vitest';
import { ownResolverTypesConfig } from '../src/codegen-config.js';
import { readUnitFolders } from '../src/generate.js';
import { ownSdlForCodegen } from '../src/own-sdl.js';
import { repoRoot } from '../src/paths.js';

const OWN = `
extend type ScholarshipFundUnit {
  grants(first: Int): GrantConnection!
}
extend type ScholarshipFundUnit {
  grant(id: ID!): Grant
}
extend type ScholarshipFundMutations {
  award(input: GrantInput!): Grant!
}
type Grant { id: ID!, at: DateTime!, activity: Activity, level: ParticipationLevel! }
type GrantConnection { nodes: [Grant!]!, pageInfo: PageInfo! }
input GrantInput { titleTh: String!, level: ParticipationLevel = INFORM }
`;

describe("a unit's own SDL, generated alone", () => {
  it('turns extensions into one definition per type holding only the unit fields, and borrows the rest as scalars', () => {
    const own = ownSdlForCodegen(OWN);
    expect(own.borrowed).toEqual(['Activity', 'DateTime', 'PageInfo', 'ParticipationLevel']);
    expect(own.defined.sort()).toEqual(['Grant', 'GrantConnection', 'GrantInput', 'ScholarshipFundMutations', 'ScholarshipFundUnit']);
    expect(own.sdl).not.toMatch(/extend type/);
    expect(own.sdl).toMatch(/type ScholarshipFundUnit \{\n {2}grants\(first: Int\): GrantConnection!\n {2}grant\(id: ID!\): Grant\n\}/);
    for (const name of own.borrowed) expect(own.sdl).toContain(`scalar ${name}\n`);
  });

  it("maps what it borrows to the kit's models and generated types, never to the kit's SDL", () => {
    const own = ownSdlForCodegen(OWN);
    const config = ownResolverTypesConfig(own, {
      code: 'SCHOLARSHIP',
      slug: 'scholarshipFund',
      nameTh: 'กองทุน',
      nameEn: 'Scholarship Fund',
      port: 4010,
      subgraphName: 'scholarshipFund',
      typeName: 'ScholarshipFundUnit',
      mutationTypeName: 'ScholarshipFundMutations',
      recordTypeName: 'ScholarshipFundRecord',
      schemaName: 'unit_scholarship_fund',
    });
    expect(config.config.scalars).toEqual({
      Activity: '@sesao28/kit#ActivityRow',
      DateTime: { input: 'Date | string', output: 'Date | string' },
      PageInfo: '@sesao28/kit/schema-types#PageInfo',
      ParticipationLevel: '@sesao28/kit/schema-types#ParticipationLevel',
    });
    expect(config.config.mappers).toEqual({
      ScholarshipFundUnit: '@sesao28/kit#UnitRef',
      ScholarshipFundMutations: '@sesao28/kit#UnitRef',
    });
    const input = config.schema.join('\n');
    expect(input).not.toContain(sharedSdl.slice(0, 200));
    expect(input).not.toMatch(/^type Activity\b/m);
  });

  it("leaves every unit folder's generated types free of the kit's types", () => {
    for (const folder of readUnitFolders()) {
      if (!folder.ownSdl) continue;
      const file = path.join(folder.dir, 'src', '__generated__', 'resolvers-types.ts');
      const generated = readFileSync(file, 'utf8');
      expect(generated, path.relative(repoRoot, file)).not.toMatch(
        /^export type (Activity|Feedback|Consultation|Survey|Vote|UnitStats) =/m,
      );
    }
  });
});
