import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { officeDirectory } from '@sesao28/kit';
import { clientApiSdl } from '@sesao28/schema/web-client-codegen';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Which operations of the composed API the pages reach. An operation is a root field, or a field of a
 * unit's namespace (`financeAssets { feedback }`); a field every unit has (the kit's) counts once as
 * `Unit.<field>` / `UnitMutations.<field>`, reached when a page uses it in any unit.
 */
export function apiOperations(schema: GraphQLSchema): { all: Set<string>; keyOf: (type: string, field: string) => string | null } {
  const slugs = new Set(officeDirectory.map((u) => u.slug));
  const namespaces = new Map<string, 'Unit' | 'UnitMutations'>();
  for (const [root, kind] of [
    [schema.getQueryType(), 'Unit'],
    [schema.getMutationType(), 'UnitMutations'],
  ] as const) {
    for (const field of Object.values(root!.getFields())) {
      const type = getNamedType(field.type);
      if (slugs.has(field.name) && isObjectType(type)) namespaces.set(type.name, kind);
    }
  }
  // The interface every unit's namespace implements (`unit(code)` answers it) reads as the units' own fields.
  const [firstUnit] = [...namespaces].find(([, kind]) => kind === 'Unit') ?? [];
  for (const face of (schema.getType(firstUnit!) as GraphQLObjectType).getInterfaces()) namespaces.set(face.name, 'Unit');
  const fieldsOf = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields());
  const shared = (kind: string) => {
    const types = [...namespaces]
      .filter(([name, k]) => k === kind && isObjectType(schema.getType(name)))
      .map(([name]) => new Set(fieldsOf(name)));
    return new Set([...types[0]!].filter((f) => types.every((t) => t.has(f))));
  };
  const kit = { Unit: shared('Unit'), UnitMutations: shared('UnitMutations') };
  const keyOf = (type: string, field: string): string | null => {
    if (field.startsWith('__') || field === '_service' || field === '_entities') return null;
    const kind = namespaces.get(type);
    if (kind) return kit[kind].has(field) ? `${kind}.${field}` : `${type}.${field}`;
    if (type === schema.getQueryType()!.name || type === schema.getMutationType()!.name) {
      return slugs.has(field) ? null : `${type}.${field}`;
    }
    return null;
  };
  const all = new Set<string>();
  const objects = [...namespaces.keys()].filter((name) => isObjectType(schema.getType(name)));
  for (const type of [schema.getQueryType()!.name, schema.getMutationType()!.name, ...objects]) {
    for (const field of fieldsOf(type)) {
      const key = keyOf(type, field);
      if (key) all.add(key);
    }
  }
  return { all, keyOf };
}

/** The operations the pages' .graphql documents use. */
export function operationsUsed(schema: GraphQLSchema, keyOf: (type: string, field: string) => string | null, dirs: string[]): Set<string> {
  const used = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(readFileSync(path.join(dir, file), 'utf8')),
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            const key = parent && keyOf(parent.name, node.name.value);
            if (key) used.add(key);
          },
        }),
      );
    }
  }
  return used;
}

/**
 * The fields the pages' unit operations use that not every unit has. A unit operation is written for
 * Finance's root field under an alias (`desk: financeAssets { … }`) and sent to any unit by forUnit
 * (gateway/web/src/api/unit-operation.ts), so it may only use the kit's fields; each is `file: Type.field`.
 */
export function unitOperationsBeyondKit(
  schema: GraphQLSchema,
  keyOf: (type: string, field: string) => string | null,
  dir: string,
): string[] {
  const beyond: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    const typeInfo = new TypeInfo(schema);
    let inUnitOperation = 0;
    visit(
      parse(readFileSync(path.join(dir, file), 'utf8')),
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node) {
            const parent = typeInfo.getParentType();
            const root = parent === schema.getQueryType() || parent === schema.getMutationType();
            if (root && node.alias && node.name.value === 'financeAssets') inUnitOperation++;
            else if (inUnitOperation > 0 && parent && !root) {
              const key = keyOf(parent.name, node.name.value);
              if (key && !/^Unit(Mutations)?\./.test(key)) beyond.push(`${file}: ${key}`);
            }
          },
          leave(node) {
            const parent = typeInfo.getParentType();
            const root = parent === schema.getQueryType() || parent === schema.getMutationType();
            if (root && node.alias && node.name.value === 'financeAssets') inUnitOperation--;
          },
        },
      }),
    );
  }
  return beyond;
}

export function apiSchema(root: string): GraphQLSchema {
  return buildSchema(clientApiSdl(readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8')));
}
