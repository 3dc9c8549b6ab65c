import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  apiSchemaOf,
  checkSchema,
  operationErrors,
  currentUnitSdls,
  readOperations,
  removeFieldFromSdl,
  type UnitSdlInput,
} from '../src/check.js';
import { supergraphFile } from '../src/paths.js';
import { readUnitFolders } from '../src/generate.js';

const committedSupergraph = readFileSync(supergraphFile, 'utf8');
const operations = readOperations();
const webOperationsDir = fileURLToPath(new URL('../../gateway/web/src/api/operations/', import.meta.url));

/** The units' current SDL with one unit's SDL changed (strings only; no unit file is touched). */
function withChange(sdls: readonly UnitSdlInput[], unit: string, change: (sdl: string) => string): UnitSdlInput[] {
  let found = false;
  const out = sdls.map((s) => {
    if (s.name !== unit) return s;
    found = true;
    return { ...s, sdl: change(s.sdl) };
  });
  if (!found) throw new Error(`no unit ${unit}`);
  return out;
}

describe('schema check (npm run schema:check)', () => {
  let sdls: UnitSdlInput[];
  beforeAll(() => {
    sdls = currentUnitSdls();
  });

  it('has platform operations that are valid against the committed API', () => {
    // The server's own operations first, then every operations file of the web app (one per page area).
    const webFiles = readdirSync(webOperationsDir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => `gateway/web/src/api/operations/${f}`);
    expect(operations.map((o) => o.file)).toEqual([
      'schema/operations/dashboard.graphql',
      'schema/operations/front-door.graphql',
      'schema/operations/outcomes.graphql',
      'schema/operations/staff-desk.graphql',
      ...webFiles,
    ]);
    expect(webFiles).toContain('gateway/web/src/api/operations/take-part.graphql');
    const api = apiSchemaOf(committedSupergraph);
    for (const op of operations) expect(operationErrors(api, op.source).map((e) => `${op.file}: ${e}`)).toEqual([]);
  });

  it("asks the director's dashboard for every unit of the directory by its own root field", () => {
    const dashboard = operations.find((o) => o.file.endsWith('web/src/api/operations/dashboard.graphql'))!.source;
    const roots = [...dashboard.matchAll(/^ {2}(\w+) \{ \.\.\.DashboardUnit \}$/gm)].map((m) => m[1]);
    expect(roots).toEqual(readUnitFolders().map((f) => f.manifest.slug));
  });

  it("writes each take-part mutation once, for Finance's root field under an alias, as forUnit sends it to any unit", () => {
    const takePart = operations.find((o) => o.file.endsWith('web/src/api/operations/take-part.graphql'))!.source;
    const mutations = takePart.split(/^mutation /m).slice(1);
    expect(mutations.map((m) => m.slice(0, m.indexOf('('))).sort()).toEqual([
      'CastVote',
      'CommentOnConsultation',
      'Follow',
      'ProposeInitiative',
      'ReportContribution',
      'RespondToSurvey',
      'StopFollowing',
      'SuggestOnDraft',
    ]);
    for (const mutation of mutations) {
      expect([...mutation.matchAll(/^ {2}(\w+: )?(\w+)/gm)].map((m) => m[0])).toEqual(['  unit: financeAssets']);
      expect(mutation).not.toContain('@include');
    }
  });

  it('passes the units as they are', async () => {
    const result = await checkSchema({ sdls, committedSupergraph, operations });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/^ตรวจสคีมาผ่าน.*schema check passed/);
  });

  it('fails, naming the unit and the field, when a unit removes a field the dashboard uses', async () => {
    const result = await checkSchema({
      sdls: withChange(sdls, 'administration', (sdl) => removeFieldFromSdl(sdl, 'OfficeStats', 'medianDaysToAcknowledge')),
      committedSupergraph,
      operations,
    });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.line)).toEqual([
      'administration: removed field OfficeStats.medianDaysToAcknowledge (used by schema/operations/dashboard.graphql)',
    ]);
    expect(result.summary).toMatch(/^ตรวจสคีมาไม่ผ่าน.*schema check failed: 1 problem/);
  });

  it('names every unit that dropped a shared field, and only those', async () => {
    const dropped = sdls.map((s) => ({ ...s, sdl: removeFieldFromSdl(s.sdl, 'UnitStats', 'satisfactionAverage') }));
    const result = await checkSchema({ sdls: dropped, committedSupergraph, operations });
    expect(result.ok).toBe(false);
    const error = result.errors.find((e) => e.coordinate === 'UnitStats.satisfactionAverage')!;
    expect(error.units.sort()).toEqual(sdls.map((s) => s.name).sort());
    expect(error.line).toMatch(
      /removed field UnitStats\.satisfactionAverage \(used by schema\/operations\/dashboard\.graphql, gateway\/web\/src\/api\/operations\/dashboard\.graphql\)$/,
    );
  });

  it('fails on a retyped argument a staff page uses, naming the unit', async () => {
    const result = await checkSchema({
      sdls: withChange(sdls, 'financeAssets', (sdl) =>
        sdl.replace('transferCase(id: ID!, toUnit: ID!, note: String)', 'transferCase(id: ID!, toUnit: ID!, note: String!)'),
      ),
      committedSupergraph,
      operations,
    });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.line)).toContainEqual(
      'financeAssets: retyped argument FinanceAssetsMutations.transferCase.note (String → String!) (used by schema/operations/staff-desk.graphql, gateway/web/src/api/operations/desk.graphql)',
    );
  });

  it('passes an added field (additive change)', async () => {
    const result = await checkSchema({
      sdls: withChange(sdls, 'financeAssets', (sdl) => `${sdl}\nextend type Query {\n  financeAssetsBudgetYears: [Int!]!\n}\n`),
      committedSupergraph,
      operations,
    });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.safe.join('\n')).toMatch(/financeAssetsBudgetYears/);
  });

  it('passes with a warning when a removed field is used by no platform operation', async () => {
    // A field meant for integrations, which no page uses (docs/api-only.md says why).
    const result = await checkSchema({
      sdls: withChange(sdls, 'administration', (sdl) => removeFieldFromSdl(sdl, 'Query', 'caseContact')),
      committedSupergraph,
      operations,
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.line)).toEqual(['administration: removed field Query.caseContact (no platform operation uses it)']);
    expect(result.summary).toMatch(/1 warning/);
  });

  it('fails on a composition error, naming the unit', async () => {
    const result = await checkSchema({
      sdls: withChange(sdls, 'personnel', (sdl) =>
        sdl.replace('level: ParticipationLevel!\n  status: ActivityStatus!', 'level: String!\n  status: ActivityStatus!'),
      ),
      committedSupergraph,
      operations,
    });
    expect(result.ok).toBe(false);
    expect(result.supergraphSdl).toBeNull();
    expect(result.errors.some((e) => e.units.includes('personnel') && /Activity\.level/.test(e.line))).toBe(true);
    expect(result.errors[0]!.line).toMatch(/^personnel.*: composition error: /);
  });

  it('catches a used field the diff cannot see, through the operations themselves', async () => {
    const extra = { file: 'schema/operations/extra.graphql', source: '{ units { code mottoTh } }' };
    const result = await checkSchema({ sdls, committedSupergraph, operations: [...operations, extra] });
    expect(result.ok).toBe(false);
    expect(result.errors[0]!.line).toMatch(/schema\/operations\/extra\.graphql no longer valid: Cannot query field "mottoTh"/);
  });
});
