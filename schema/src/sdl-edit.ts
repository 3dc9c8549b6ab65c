import { Kind, parse, print, visit, type ASTNode } from 'graphql';

const TYPE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
]);

/**
 * A unit's SDL with one field left out of a type (every definition and extension of it).
 * For schema checks and rollout tests that need an older or changed schema; never for unit files.
 */
export function removeFieldFromSdl(sdl: string, typeName: string, fieldName: string): string {
  let removed = false;
  const edited = visit(parse(sdl), {
    enter(node: ASTNode) {
      if (!TYPE_KINDS.has(node.kind)) return undefined;
      const type = node as ASTNode & { name: { value: string }; fields?: readonly { name: { value: string } }[] };
      if (type.name.value !== typeName || !type.fields) return undefined;
      const fields = type.fields.filter((f) => f.name.value !== fieldName);
      if (fields.length === type.fields.length) return undefined;
      removed = true;
      return { ...type, fields };
    },
  });
  if (!removed) throw new Error(`No field ${typeName}.${fieldName} in this SDL`);
  return print(edited);
}
