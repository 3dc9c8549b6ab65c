import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { defaultFieldResolver, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { authorize } from './auth/policy.js';
import { fieldRulesOf, type FieldRule } from './auth/sdl-rules.js';
import type { UnitModule } from './manifest.js';
import { unitSubgraphSdl } from './sdl/subgraph-sdl.js';
import type { UnitContext } from './context.js';
import { unitMutationResolvers, unitTypeResolvers, valueTypeResolvers } from './resolvers/participation.js';
import { outcomeMutations, outcomeUnitFields, outcomeValueTypes, ownRecordResolvers } from './resolvers/outcomes.js';
import { consultMutations, consultUnitFields, consultValueTypes } from './resolvers/consult.js';
import { followMutations } from './follow/resolvers.js';
import { DateTimeScalar } from './resolvers/scalars.js';
import { partnerMutations, partnerResolvers, partnerValueTypes } from './resolvers/partners.js';
import { activityMutations } from './resolvers/activities.js';
import { involveMutations, involveUnitFields, involveValueTypes } from './resolvers/involve.js';
import { initiativeMutations, initiativeUnitFields, initiativeValueTypes } from './resolvers/initiatives.js';
import { voteMutations, voteUnitFields, voteValueTypes } from './resolvers/votes.js';
import { delegationMutations, delegationUnitFields, delegationValueTypes } from './resolvers/delegations.js';
import { ladderSearchUnitFields, ladderSearchValueTypes } from './resolvers/ladder-search.js';
import { directoryResolvers } from './resolvers/directory.js';
import { noticeMutations, noticeUnitFields, noticeValueTypes } from './resolvers/notices.js';
import { moderationMutations, moderationUnitFields, moderationValueTypes } from './resolvers/moderation.js';
import { myParticipationUnitFields, myParticipationValueTypes } from './mine/resolvers.js';

type ResolverMap = Record<string, Record<string, unknown> | unknown>;

/** A feature of the kit: resolvers of its value types, of every unit's type, and of every unit's mutations. */
interface KitFeature {
  valueTypes?: object;
  unitFields?: object;
  mutations?: object;
}

/** Every feature every unit has; a new feature adds one line here (and its SDL file in build-unit-sdl.ts). */
const KIT_FEATURES: KitFeature[] = [
  { valueTypes: valueTypeResolvers, unitFields: unitTypeResolvers, mutations: unitMutationResolvers },
  { mutations: activityMutations },
  { valueTypes: outcomeValueTypes, unitFields: outcomeUnitFields, mutations: outcomeMutations },
  { valueTypes: consultValueTypes, unitFields: consultUnitFields, mutations: consultMutations },
  { valueTypes: partnerValueTypes, mutations: partnerMutations },
  { valueTypes: involveValueTypes, unitFields: involveUnitFields, mutations: involveMutations },
  { valueTypes: initiativeValueTypes, unitFields: initiativeUnitFields, mutations: initiativeMutations },
  { valueTypes: voteValueTypes, unitFields: voteUnitFields, mutations: voteMutations },
  { valueTypes: delegationValueTypes, unitFields: delegationUnitFields, mutations: delegationMutations },
  { valueTypes: ladderSearchValueTypes, unitFields: ladderSearchUnitFields },
  { valueTypes: noticeValueTypes, unitFields: noticeUnitFields, mutations: noticeMutations },
  { mutations: followMutations },
  { valueTypes: moderationValueTypes, unitFields: moderationUnitFields, mutations: moderationMutations },
  { valueTypes: myParticipationValueTypes, unitFields: myParticipationUnitFields },
];

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
    Partner: partnerResolvers(manifest.slug),
    [manifest.typeName]: Object.assign({}, ...features.map((f) => f.unitFields ?? {})),
    [manifest.recordTypeName]: ownRecordResolvers,
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
