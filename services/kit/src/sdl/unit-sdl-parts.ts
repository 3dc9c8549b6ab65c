import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DefinitionNode, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';

/**
 * The two types a feature's `unit.graphql` writes its part of: its fields on every unit's own type
 * (FinanceAssetsUnit, …) and its mutations in every unit's namespace (FinanceAssetsMutations, …).
 */
export const UNIT_TYPE_NAMES = ['UnitOwnFields', 'UnitMutations'] as const;
export type UnitTypeName = (typeof UNIT_TYPE_NAMES)[number];

/** One file's text and the name its errors give. */
export interface UnitSdlPart {
  file: string;
  text: string;
}

/** What one file writes of one unit type: its body as written (descriptions, `#` comments) and its field names. */
export interface UnitTypePart {
  body: string;
  fields: string[];
}

export function readUnitSdlPart(url: URL): UnitSdlPart {
  return { file: fileURLToPath(url), text: readFileSync(url, 'utf8') };
}

const isUnitTypeName = (name: string): name is UnitTypeName => (UNIT_TYPE_NAMES as readonly string[]).includes(name);

const named = (definition: DefinitionNode): string =>
  'name' in definition && definition.name ? `${definition.kind} ${definition.name.value}` : definition.kind;

function parsed({ file, text }: UnitSdlPart): DocumentNode {
  if (text.replace(/#.*$/gm, '').trim() === '') throw new Error(`${file} writes neither type UnitOwnFields nor type UnitMutations`);
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The type's field lines exactly as written, between its braces. */
function bodyText(text: string, definition: ObjectTypeDefinitionNode): string {
  const open = text.indexOf('{', definition.name.loc!.end);
  return text
    .slice(open + 1, definition.loc!.end - 1)
    .replace(/^\n+/, '')
    .trimEnd();
}

/**
 * One file's part of the unit types, refused (an Error naming the file) unless it is only
 * `type UnitOwnFields { … }` and/or `type UnitMutations { … }`, each once, with fields and nothing on the type itself
 * (a description or directive there would be lost: only the fields are copied).
 */
export function unitTypeParts(part: UnitSdlPart): Partial<Record<UnitTypeName, UnitTypePart>> {
  const parts: Partial<Record<UnitTypeName, UnitTypePart>> = {};
  for (const definition of parsed(part).definitions) {
    const plain =
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      isUnitTypeName(definition.name.value) &&
      !parts[definition.name.value] &&
      !definition.description &&
      !definition.interfaces?.length &&
      !definition.directives?.length &&
      Boolean(definition.fields?.length);
    if (!plain) {
      throw new Error(
        `${part.file} may write only type UnitOwnFields { … } and type UnitMutations { … }, each once and with fields alone; it has ${named(definition)}`,
      );
    }
    parts[definition.name.value as UnitTypeName] = {
      body: bodyText(part.text, definition),
      fields: definition.fields!.map((field) => field.name.value),
    };
  }
  return parts;
}

/** Each unit type's body: every file's part in order; a field written in two files is refused, naming both. */
export function joinUnitSdlParts(files: readonly UnitSdlPart[]): Record<UnitTypeName, string> {
  const bodies: Record<UnitTypeName, string[]> = { UnitOwnFields: [], UnitMutations: [] };
  const writtenIn = new Map<string, string>();
  for (const file of files) {
    for (const [typeName, part] of Object.entries(unitTypeParts(file)) as [UnitTypeName, UnitTypePart][]) {
      for (const field of part.fields) {
        const earlier = writtenIn.get(`${typeName}.${field}`);
        if (earlier) throw new Error(`${file.file} writes ${typeName}.${field}, already written in ${earlier}`);
        writtenIn.set(`${typeName}.${field}`, file.file);
      }
      bodies[typeName].push(part.body);
    }
  }
  for (const typeName of UNIT_TYPE_NAMES) {
    if (bodies[typeName].length === 0) throw new Error(`No file writes type ${typeName}`);
  }
  return { UnitOwnFields: bodies.UnitOwnFields.join('\n'), UnitMutations: bodies.UnitMutations.join('\n') };
}
