import { officeDirectory } from '@sesao28/platform';
import type { UnitRef } from '../models.js';

// The office directory's part of the subgraph (buildUnitSdl gives it to the directory host only):
// `units`, `unit(code:)`, the `Unit` interface's type, and the names of every other unit.
const byCode = new Map(officeDirectory.map((entry) => [entry.code, entry]));

const entryOf = (ref: UnitRef) => {
  const entry = byCode.get(ref.code);
  if (!entry) throw new Error(`Unit ${ref.code} is not in the directory`);
  return entry;
};

/** What the directory answers about each other unit; their own subgraphs answer the rest. */
const directoryFields = {
  __resolveReference: (ref: UnitRef): UnitRef | null => (byCode.has(ref.code) ? { code: ref.code } : null),
  slug: (ref: UnitRef) => entryOf(ref).slug,
  nameTh: (ref: UnitRef) => entryOf(ref).nameTh,
  nameEn: (ref: UnitRef) => entryOf(ref).nameEn,
};

/** The directory host's resolvers: the nine units in the order of the announcement. */
export function directoryResolvers(hostCode: string) {
  return {
    Query: {
      units: (): UnitRef[] => officeDirectory.map(({ code }) => ({ code })),
      unit: (_root: unknown, { code }: { code: string }): UnitRef | null => (byCode.has(code) ? { code } : null),
    },
    Unit: { __resolveType: (ref: UnitRef) => entryOf(ref).typeName },
    ...Object.fromEntries(officeDirectory.filter((entry) => entry.code !== hostCode).map((entry) => [entry.typeName, directoryFields])),
  };
}
