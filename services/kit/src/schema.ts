import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { defaultFieldResolver, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { MUTATION_RULES, UNIT_FIELD_RULES } from './auth/access-rules.js';
import { authorize, type Action } from './auth/policy.js';
import type { UnitModule } from './manifest.js';
import type { UnitContext } from './context.js';
import { unitMutationResolvers, unitTypeResolvers, valueTypeResolvers } from './resolvers/participation.js';
import { outcomeMutations, outcomeUnitFields, outcomeValueTypes, ownRecordResolvers } from './resolvers/outcomes.js';
import { consultMutations, consultUnitFields, consultValueTypes } from './resolvers/consult.js';
import { DateTimeScalar } from './resolvers/scalars.js';
import { partnerMutations, partnerResolvers, partnerValueTypes } from './resolvers/partners.js';
import { activityMutations } from './resolvers/activities.js';

type ResolverMap = Record<string, Record<string, unknown> | unknown>;

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

/** The unit's executable subgraph schema: generated SDL plus kit and unit resolvers. */
export function buildUnitSchema(unit: UnitModule): GraphQLSchema {
  const { manifest } = unit;
  const sdl = readFileSync(unit.schemaFile, 'utf8');
  const kitResolvers: ResolverMap = {
    DateTime: DateTimeScalar,
    ...valueTypeResolvers,
    ...outcomeValueTypes,
    ...consultValueTypes,
    ...partnerValueTypes,
    Partner: partnerResolvers(manifest.slug),
    [manifest.typeName]: { ...unitTypeResolvers, ...outcomeUnitFields, ...consultUnitFields },
    [manifest.recordTypeName]: ownRecordResolvers,
    Unit: { __resolveType: () => manifest.typeName },
    [manifest.mutationTypeName]: { ...unitMutationResolvers, ...activityMutations, ...outcomeMutations, ...consultMutations, ...partnerMutations },
    Query: { [manifest.slug]: (_root: unknown, _args: unknown, ctx: UnitContext) => ({ code: ctx.unit.code }) },
    Mutation: { [manifest.slug]: (_root: unknown, _args: unknown, ctx: UnitContext) => ({ code: ctx.unit.code }) },
  };
  const resolvers = mergeResolvers(kitResolvers, (unit.resolvers ?? {}) as ResolverMap);
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as GraphQLResolverMap<UnitContext> }]);
  guardType(schema, manifest.typeName, { ...UNIT_FIELD_RULES, ...unit.fieldRules });
  guardType(schema, manifest.mutationTypeName, { ...MUTATION_RULES, ...unit.mutationRules });
  return schema;
}

/**
 * Puts the access rule of every field of a unit type in front of its resolver. A field
 * without a rule stops the unit from starting: nothing is reachable by oversight.
 */
function guardType(schema: GraphQLSchema, typeName: string, rules: Record<string, Action>): void {
  // Duck-typed: @apollo/subgraph builds the schema with graphql's CommonJS build, so instanceof would not hold.
  const type = schema.getType(typeName) as GraphQLObjectType | undefined;
  if (!type || !('getFields' in type)) throw new Error(`${typeName} is missing from the unit's schema`);
  for (const field of Object.values(type.getFields())) {
    const rule = rules[field.name];
    if (!rule) throw new Error(`${typeName}.${field.name} has no access rule (auth/access-rules.ts)`);
    if (rule === 'public') continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (parent, args, ctx: UnitContext, info) => {
      authorize(ctx.identity, ctx.unit, rule);
      return resolve(parent, args, ctx, info);
    };
  }
}
