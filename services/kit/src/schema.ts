import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLSchema } from 'graphql';
import type { UnitModule } from './manifest.js';
import type { UnitContext } from './context.js';
import { unitMutationResolvers, unitTypeResolvers, valueTypeResolvers } from './resolvers/participation.js';
import { outcomeMutations, outcomeUnitFields, outcomeValueTypes, ownRecordResolvers } from './resolvers/outcomes.js';
import { consultMutations, consultUnitFields, consultValueTypes } from './resolvers/consult.js';
import { DateTimeScalar } from './resolvers/scalars.js';

type ResolverMap = Record<string, Record<string, unknown> | unknown>;

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Merges resolver maps type by type (a unit may add Query fields next to the kit's). */
function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
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
    [manifest.typeName]: { ...unitTypeResolvers, ...outcomeUnitFields, ...consultUnitFields },
    [manifest.recordTypeName]: ownRecordResolvers,
    Unit: { __resolveType: () => manifest.typeName },
    [manifest.mutationTypeName]: { ...unitMutationResolvers, ...outcomeMutations, ...consultMutations },
    Query: { [manifest.slug]: (_root: unknown, _args: unknown, ctx: UnitContext) => ({ code: ctx.unit.code }) },
    Mutation: { [manifest.slug]: (_root: unknown, _args: unknown, ctx: UnitContext) => ({ code: ctx.unit.code }) },
  };
  const resolvers = mergeResolvers(kitResolvers, (unit.resolvers ?? {}) as ResolverMap);
  return buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as GraphQLResolverMap<UnitContext> }]);
}
