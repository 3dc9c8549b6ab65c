import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** What a unit's own SDL needs to be generated alone: its types, and the names it borrows from the kit. */
export interface OwnSdl {
  /** The own SDL with every `extend type X` turned into `type X` (its own fields only) and borrowed names as scalars. */
  sdl: string;
  /** Types the own SDL names but does not define (the kit's, or another unit's), sorted. */
  borrowed: string[];
  /** Types the own SDL defines or extends. */
  defined: string[];
}

/**
 * The part of a unit's subgraph that is the unit's own, standing alone: codegen over it emits
 * types for what the unit wrote and nothing of the kit's (which the kit's generated types and
 * models already describe). Extensions become definitions holding just the unit's fields; every
 * type named but not defined becomes a scalar the codegen config maps to the kit's TypeScript type.
 */
export function ownSdlForCodegen(ownSdl: string): OwnSdl {
  const document = parse(ownSdl);
  const definitions: DefinitionNode[] = [];
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      mergeObject(objects, definition);
    } else if (definition.kind !== Kind.SCHEMA_EXTENSION && definition.kind !== Kind.SCHEMA_DEFINITION) {
      definitions.push(definition);
    }
  }
  definitions.push(...objects.values());
  const defined = new Set(definitions.map((d) => ('name' in d && d.name ? d.name.value : '')));
  const named = new Set<string>();
  const own: DocumentNode = { kind: Kind.DOCUMENT, definitions };
  visit(own, {
    NamedType(node) {
      named.add(node.name.value);
    },
  });
  const borrowed = [...named].filter((name) => !defined.has(name) && !BUILT_IN_SCALARS.has(name)).sort();
  const stubs = borrowed.map((name) => `scalar ${name}`).join('\n');
  return { sdl: `${print(own)}\n\n${stubs}\n`, borrowed, defined: [...defined] };
}

/** Gathers a type's definition and its extensions into one definition (fields in order of appearance). */
function mergeObject(objects: Map<string, ObjectTypeDefinitionNode>, node: ObjectTypeDefinitionNode | ObjectTypeExtensionNode): void {
  const name = node.name.value;
  const existing = objects.get(name);
  const fields: FieldDefinitionNode[] = [...(existing?.fields ?? []), ...(node.fields ?? [])];
  objects.set(name, {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    name: node.name,
    description: existing?.description ?? ('description' in node ? node.description : undefined),
    // A kit interface a unit type implements is not here to implement: the kit checks that part.
    interfaces: [],
    directives: [...(existing?.directives ?? []), ...(node.directives ?? [])],
    fields,
  });
}
