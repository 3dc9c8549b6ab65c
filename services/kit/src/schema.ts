import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { defaultFieldResolver, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { authorize } from './auth/policy.js';
import { fieldRulesOf, type FieldRule } from './auth/sdl-rules.js';
import type { UnitModule } from './manifest.js';
import { unitSubgraphSdl } from './sdl/subgraph-sdl.js';
import type { UnitContext } from './context.js';
import type { UnitRef } from './models.js';
import type { TemplateUnitResolvers } from './resolvers/generated-types.js';
import { DateTimeScalar } from './resolvers/scalars.js';
import { directoryResolvers } from './resolvers/directory.js';
import { KIT_FEATURES } from './features/index.js';

type ResolverMap = Record<string, Record<string, unknown> | unknown>;

/**
 * What a unit's own entity type answers about itself, the same in every unit: the kit assigns
 * them (and every feature's unit fields) to `FinanceAssetsUnit`, `PersonnelUnit`, … under each unit's type name.
 */
const unitEntityFields: Pick<TemplateUnitResolvers, '__resolveReference' | 'slug' | 'nameTh' | 'nameEn'> = {
  __resolveReference: (ref: UnitRef, ctx: UnitContext) => (ref.code === ctx.unit.code ? { code: ref.code } : null),
  slug: (_unit, _args, ctx) => ctx.unit.slug,
  nameTh: (_unit, _args, ctx) => ctx.unit.nameTh,
  nameEn: (_unit, _args, ctx) => ctx.unit.nameEn,
};

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Merges resolver maps type by type (a unit may add Query fields next to the kit's). */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      merged[type] = isPlainObject(existing) && isPlainObject(fields) ? { ...existing, ...fields } : fields;
    }
  }
  return merged;
}

/** The unit's executable subgraph schema: its SDL (built in memory) plus kit and unit resolvers. */
export function buildUnitSchema(unit: UnitModule): GraphQLSchema {
  const { manifest } = unit;
  const sdl = unitSubgraphSdl(unit);
  const features = KIT_FEATURES;
  const kitResolvers: ResolverMap = {
    DateTime: DateTimeScalar,
    // Merged type by type: two features may add fields to the same value type (Activity, say).
    ...mergeResolvers(...features.map((f) => (f.valueTypes ?? {}) as ResolverMap)),
    ...Object.assign({}, ...features.map((f) => f.unitTypes?.(manifest) ?? {})),
    [manifest.typeName]: Object.assign({}, unitEntityFields, ...features.map((f) => f.unitFields ?? {})),
    Unit: { __resolveType: () => manifest.typeName },
    [manifest.mutationTypeName]: Object.assign({}, ...features.map((f) => f.mutations ?? {})),
    Query: { [manifest.slug]: (_root: unknown, _args: unknown, ctx: UnitContext) => ({ code: ctx.unit.code }) },
    Mutation: { [manifest.slug]: (_root: unknown, _args: unknown, ctx: UnitContext) => ({ code: ctx.unit.code }) },
  };

  const directory = manifest.directoryHost ? (directoryResolvers(manifest.code) as ResolverMap) : {};
  const resolvers = mergeResolvers(kitResolvers, directory, (unit.resolvers ?? {}) as ResolverMap);
  const document = parse(sdl);
  const schema = buildSubgraphSchema([{ typeDefs: document, resolvers: resolvers as GraphQLResolverMap<UnitContext> }]);
  guardType(schema, manifest.typeName, fieldRulesOf(document, manifest.typeName, 'fields'));
  guardType(schema, manifest.mutationTypeName, fieldRulesOf(document, manifest.mutationTypeName, 'mutations'));
  // The root fields too: the namespace roots, the directory, and a unit's own office-wide fields (Administration's).
  const namespace = new Set([manifest.slug]);
  guardType(schema, 'Query', fieldRulesOf(document, 'Query', 'fields', namespace));
  guardType(schema, 'Mutation', fieldRulesOf(document, 'Mutation', 'mutations', namespace));
  return schema;
}

/**
 * Puts the access rule of every field of a unit type (its SDL's `@access`) in front of its resolver.
 * A field without a rule stops the unit from starting: nothing is reachable by oversight.
 */
function guardType(schema: GraphQLSchema, typeName: string, rules: ReadonlyMap<string, FieldRule>): void {
  // Duck-typed: @apollo/subgraph builds the schema with graphql's CommonJS build, so instanceof would not hold.
  const type = schema.getType(typeName) as GraphQLObjectType | undefined;
  if (!type || !('getFields' in type)) throw new Error(`${typeName} is missing from the unit's schema`);
  for (const field of Object.values(type.getFields())) {
    // Federation's own entry points (_entities, _service): the gateway's, answered for entities each type guards.
    if (field.name.startsWith('_')) continue;
    const rule = rules.get(field.name)?.access;
    if (!rule) throw new Error(`${typeName}.${field.name} has no @access(rule: "…") in the unit's SDL`);
    if (rule === 'public') continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (parent, args, ctx: UnitContext, info) => {
      authorize(ctx.identity, ctx.unit, rule);
      return resolve(parent, args, ctx, info);
    };
  }
}
