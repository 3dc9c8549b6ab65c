// `npm run schema:check`: before a unit's change lands, compose the supergraph from every unit's
// current SDL and compare its API with the committed schema/supergraph.graphql. Fails, naming the
// unit and the field, on a composition error or on a breaking change the platform's own
// operations (schema/operations/*.graphql) use; a breaking change nothing uses is a warning.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { DirectiveNode, DocumentNode, GraphQLNamedType, GraphQLSchema, NamedTypeNode } from 'graphql';
import { createRequire } from 'node:module';
import { composeSupergraph } from './compose.js';
import { readUnitFolders, unitSdls } from './generate.js';
import { repoRoot, supergraphFile } from './paths.js';
import { webOperationsDir } from './web-client-codegen.js';

// One copy of graphql for every schema object here: the CommonJS one that federation-internals
// and graphql-inspector load. (Under vitest, a plain import would be the ESM copy, and graphql
// refuses objects "from another module or realm".)
const graphql: typeof import('graphql') = createRequire(import.meta.url)('graphql');
const {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  typeFromAST,
  validate,
  visit,
  visitWithTypeInfo,
} = graphql;

export { readUnitFolders, unitSdls } from './generate.js';
export { composeSupergraph } from './compose.js';
export { removeFieldFromSdl } from './sdl-edit.js';

/** One unit's current subgraph SDL; `name` is its subgraph name (the slug). */
export interface UnitSdlInput {
  name: string;
  sdl: string;
  url?: string;
}

/** An operations file the platform relies on, `file` as printed (relative to the repository). */
export interface OperationsFile {
  file: string;
  source: string;
}

export interface SchemaCheckInput {
  sdls: readonly UnitSdlInput[];
  committedSupergraph: string;
  operations: readonly OperationsFile[];
}

export interface SchemaProblem {
  /** Subgraph names (slugs) that own what changed. */
  units: string[];
  /** Schema coordinate, e.g. UnitStats.medianDaysToAcknowledge. */
  coordinate: string;
  /** One printable line: `unit: what (used by file)`. */
  line: string;
}

export interface SchemaCheckResult {
  ok: boolean;
  /** The supergraph composed from the current SDL (null on a composition error). */
  supergraphSdl: string | null;
  errors: SchemaProblem[];
  warnings: SchemaProblem[];
  /** Changes that break nothing (additions and the like), as inspector describes them. */
  safe: string[];
  /** The Thai + English summary line. */
  summary: string;
}

/** The public API schema (no join__ machinery) of a supergraph. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** graphql's validation errors of an operations document against an API schema. */
export function operationErrors(schema: GraphQLSchema, source: string): string[] {
  return validate(schema, parse(source)).map((e) => e.message);
}

// ---------- who owns what: @join__type / @join__field of the committed supergraph ----------

interface Ownership {
  type: Map<string, string[]>;
  field: Map<string, string[]>;
}

function graphArg(directive: DirectiveNode): string | undefined {
  const arg = directive.arguments?.find((a) => a.name.value === 'graph');
  return arg?.value.kind === Kind.ENUM ? arg.value.value : undefined;
}

function ownership(supergraphSdl: string): Ownership {
  const doc = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const type = new Map<string, string[]>();
  const field = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, graph: string | undefined) => {
    if (!graph) return;
    const list = map.get(key) ?? [];
    if (!list.includes(graph)) list.push(graph);
    map.set(key, list);
  };
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === 'join__Graph') {
      for (const value of def.values ?? []) {
        const name = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments?.find((a) => a.name.value === 'name');
        if (name?.value.kind === Kind.STRING) graphNames.set(value.name.value, name.value.value);
      }
    }
  }
  for (const def of doc.definitions) {
    if (!('name' in def) || !def.name || !('directives' in def)) continue;
    const typeName = def.name.value;
    for (const d of def.directives ?? []) if (d.name.value === 'join__type') add(type, typeName, graphArg(d));
    const members = [...('fields' in def && def.fields ? def.fields : []), ...('values' in def && def.values ? def.values : [])] as {
      name: { value: string };
      directives?: readonly DirectiveNode[];
    }[];
    for (const member of members) {
      for (const d of member.directives ?? []) {
        if (d.name.value === 'join__field' || d.name.value === 'join__enumValue')
          add(field, `${typeName}.${member.name.value}`, graphArg(d));
      }
    }
  }
  const named = (graphs: string[]) => graphs.map((g) => graphNames.get(g) ?? g.toLowerCase());
  return {
    type: new Map([...type].map(([k, v]) => [k, named(v)])),
    field: new Map([...field].map(([k, v]) => [k, named(v)])),
  };
}

/** What one unit's current SDL says about a coordinate: its type (or "present"), or undefined. */
function signatures(sdl: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of parse(sdl).definitions) {
    if (!('name' in def) || !def.name) continue;
    const t = def.name.value;
    out.set(t, 'present');
    if ('fields' in def && def.fields) {
      for (const f of def.fields) {
        out.set(`${t}.${f.name.value}`, print(f.type));
        for (const a of 'arguments' in f ? (f.arguments ?? []) : []) out.set(`${t}.${f.name.value}.${a.name.value}`, print(a.type));
      }
    }
    if ('values' in def && def.values) for (const v of def.values) out.set(`${t}.${v.name.value}`, 'present');
  }
  return out;
}

/** The units that own a coordinate, narrowed to those whose current SDL changed it. */
function ownersOf(coordinate: string, owners: Ownership, current: Map<string, Map<string, string>>, before: string | undefined): string[] {
  const [typeName, fieldName] = coordinate.split('.');
  const fieldKey = fieldName ? `${typeName}.${fieldName}` : undefined;
  const all = (fieldKey && owners.field.get(fieldKey)) || owners.type.get(typeName!) || [];
  const changed = all.filter((unit) => {
    const now = current.get(unit)?.get(coordinate);
    return now === undefined || (before !== undefined && now !== 'present' && now !== before);
  });
  return changed.length > 0 ? changed : all;
}

// ---------- what the platform's operations use ----------

interface Usage {
  fields: Set<string>;
  types: Set<string>;
}

function usageOf(schema: GraphQLSchema, doc: DocumentNode): Usage {
  const fields = new Set<string>();
  const types = new Set<string>();
  const useType = (type: GraphQLNamedType | undefined) => {
    if (!type || types.has(type.name)) return;
    types.add(type.name);
    if (isAbstractType(type)) schema.getPossibleTypes(type).forEach(useType);
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach((f) => useType(getNamedType(f.type)));
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const def = typeInfo.getFieldDef();
        if (!parent || !def) return;
        fields.add(`${parent.name}.${def.name}`);
        if (isAbstractType(parent)) for (const impl of schema.getPossibleTypes(parent)) fields.add(`${impl.name}.${def.name}`);
        useType(getNamedType(def.type));
        def.args.forEach((a) => useType(getNamedType(a.type)));
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as NamedTypeNode);
        if (type) useType(getNamedType(type));
      },
    }),
  );
  return { fields, types };
}

function uses(usage: Usage, schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.');
  if (!fieldName) return usage.types.has(typeName!);
  if (usage.fields.has(`${typeName}.${fieldName}`)) return true;
  const type = schema.getType(typeName!);
  return Boolean(type && (isInputObjectType(type) || isEnumType(type)) && usage.types.has(type.name));
}

// ---------- the check ----------

function describeChange(change: Change): string {
  const p = change.path ?? '';
  const meta = change.meta as Record<string, unknown>;
  switch (change.type) {
    case 'FIELD_REMOVED':
      return `removed field ${p}`;
    case 'FIELD_TYPE_CHANGED':
      return `retyped field ${p} (${meta.oldFieldType} → ${meta.newFieldType})`;
    case 'FIELD_ARGUMENT_REMOVED':
      return `removed argument ${p}`;
    case 'FIELD_ARGUMENT_TYPE_CHANGED':
      return `retyped argument ${p} (${meta.oldArgumentType} → ${meta.newArgumentType})`;
    case 'INPUT_FIELD_REMOVED':
      return `removed input field ${p}`;
    case 'INPUT_FIELD_TYPE_CHANGED':
      return `retyped input field ${p} (${meta.oldInputFieldType} → ${meta.newInputFieldType})`;
    case 'ENUM_VALUE_REMOVED':
      return `removed enum value ${p}`;
    case 'TYPE_REMOVED':
      return `removed type ${p}`;
    default:
      return `${change.message} (${p || change.type})`;
  }
}

/**
 * The units a composition message blames: "[unit] …" for a unit's own error; for a
 * disagreement ("… in subgraphs a, b but … in subgraph c"), the ones after the last "but".
 */
function unitsMentioned(message: string, names: readonly string[]): string[] {
  const mentioned = (text: string) => names.filter((n) => new RegExp(`["\\[]${n}["\\]]`).test(text));
  const but = message.lastIndexOf(' but ');
  const blamed = but >= 0 ? mentioned(message.slice(but)) : [];
  return blamed.length > 0 ? blamed : mentioned(message);
}

export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheckResult> {
  const names = input.sdls.map((s) => s.name);
  const errors: SchemaProblem[] = [];
  const warnings: SchemaProblem[] = [];
  const safe: string[] = [];
  const finish = (supergraphSdl: string | null): SchemaCheckResult => {
    const ok = errors.length === 0;
    const summary = ok
      ? `ตรวจสคีมาผ่าน ${warnings.length} คำเตือน — schema check passed: ${safe.length} safe change(s), ${warnings.length} warning(s)`
      : `ตรวจสคีมาไม่ผ่าน ${errors.length} ปัญหา — schema check failed: ${errors.length} problem(s), ${warnings.length} warning(s)`;
    return { ok, supergraphSdl, errors, warnings, safe, summary };
  };

  const composition = composeSupergraph(input.sdls.map((s) => ({ name: s.name, url: s.url ?? `http://${s.name}/graphql`, sdl: s.sdl })));
  if (!composition.supergraphSdl) {
    for (const message of composition.errors) {
      const units = unitsMentioned(message, names);
      errors.push({ units, coordinate: '', line: `${units.join(', ') || 'composition'}: composition error: ${message}` });
    }
    return finish(null);
  }
  for (const hint of composition.hints) {
    const units = unitsMentioned(hint, names);
    warnings.push({ units, coordinate: '', line: `${units.join(', ') || 'composition'}: hint (npm run generate refuses it): ${hint}` });
  }

  const before = apiSchemaOf(input.committedSupergraph);
  const after = apiSchemaOf(composition.supergraphSdl);
  const owners = ownership(input.committedSupergraph);
  const current = new Map(input.sdls.map((s) => [s.name, signatures(s.sdl)]));
  const docs = input.operations.map((op) => ({ file: op.file, doc: parse(op.source) }));
  const usages = docs.map(({ file, doc }) => ({ file, usage: usageOf(before, doc) }));

  const reported = new Set<string>();
  for (const change of await diff(before, after)) {
    if (change.criticality.level !== CriticalityLevel.Breaking) {
      safe.push(`${change.message}`);
      continue;
    }
    const coordinate = change.path ?? '';
    const oldType = coordinate.split('.').length >= 2 ? oldSignature(before, coordinate) : undefined;
    const units = ownersOf(coordinate, owners, current, oldType);
    const usedBy = usages.filter((u) => uses(u.usage, before, coordinate)).map((u) => u.file);
    const who = units.join(', ') || 'unknown unit';
    if (usedBy.length > 0) {
      reported.add(coordinate.split('.').slice(0, 2).join('.'));
      errors.push({ units, coordinate, line: `${who}: ${describeChange(change)} (used by ${usedBy.join(', ')})` });
    } else {
      warnings.push({ units, coordinate, line: `${who}: ${describeChange(change)} (no platform operation uses it)` });
    }
  }

  // The operations themselves must still be valid against the new API.
  for (const { file, doc } of docs) {
    for (const error of validate(after, doc)) {
      const m =
        /Cannot query field "(\w+)" on type "(\w+)"/.exec(error.message) ??
        /Unknown argument "(\w+)" on field "(\w+)\.(\w+)"/.exec(error.message);
      const coordinate = m ? (m.length === 3 ? `${m[2]}.${m[1]}` : `${m[2]}.${m[3]}`) : '';
      if (coordinate && reported.has(coordinate)) continue;
      const units = coordinate ? ownersOf(coordinate, owners, current, undefined) : [];
      errors.push({ units, coordinate, line: `${units.join(', ') || 'operations'}: ${file} no longer valid: ${error.message}` });
    }
  }
  return finish(composition.supergraphSdl);
}

function oldSignature(schema: GraphQLSchema, coordinate: string): string | undefined {
  const [typeName, fieldName, argName] = coordinate.split('.');
  const type = schema.getType(typeName!);
  if (!type || !('getFields' in type)) return undefined;
  const field = type.getFields()[fieldName!];
  if (!field) return undefined;
  if (!argName) return String(field.type);
  const arg = 'args' in field ? field.args.find((a) => a.name === argName) : undefined;
  return arg ? String(arg.type) : undefined;
}

/** The platform's operations: every .graphql file of schema/operations and of the web app's pages. */
export function readOperations(
  dirs: readonly string[] = [path.join(repoRoot, 'schema', 'operations'), webOperationsDir],
): OperationsFile[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => ({ file: path.relative(repoRoot, path.join(dir, f)), source: readFileSync(path.join(dir, f), 'utf8') })),
  );
}

/** The units' current SDL, as `npm run generate` would build it (from the unit folders). */
export function currentUnitSdls(): UnitSdlInput[] {
  return [...unitSdls(readUnitFolders())].map(([f, sdl]) => ({
    name: f.manifest.subgraphName,
    url: `http://localhost:${f.manifest.port}/graphql`,
    sdl,
  }));
}

async function main(): Promise<number> {
  const result = await checkSchema({
    sdls: currentUnitSdls(),
    committedSupergraph: readFileSync(supergraphFile, 'utf8'),
    operations: readOperations(),
  });
  for (const e of result.errors) console.error(`✗ ${e.line}`);
  for (const w of result.warnings) console.warn(`! ${w.line}`);
  if (result.ok && result.safe.length > 0)
    console.log(`  ${result.safe.length} safe change(s), e.g. ${result.safe.slice(0, 3).join('; ')}`);
  console.log(result.summary);
  if (result.ok && result.supergraphSdl !== readFileSync(supergraphFile, 'utf8')) {
    console.log('  (run `npm run generate` to update schema/supergraph.graphql — ยังไม่ได้สร้างไฟล์ใหม่)');
  }
  return result.ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(await main());
}
