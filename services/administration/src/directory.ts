import { officeDirectory, type UnitRef } from '@sesao28/kit';
import type { Resolvers } from './__generated__/resolvers-types.js';
import manifest from '../manifest.json' with { type: 'json' };

type UnitTypeName = NonNullable<Awaited<ReturnType<NonNullable<NonNullable<Resolvers['Unit']>['__resolveType']>>>>;
const byCode = new Map(officeDirectory.map((entry) => [entry.code, entry]));

const entryOf = (ref: UnitRef) => {
  const entry = byCode.get(ref.code);
  if (!entry) throw new Error(`Unit ${ref.code} is not in the directory`);
  return entry;
};

/** What the directory answers about each other unit; their own subgraphs answer the rest. */
const directoryFields = {
  __resolveReference: (ref: UnitRef) => (byCode.has(ref.code) ? { code: ref.code } : null),
  slug: (ref: UnitRef) => entryOf(ref).slug,
  nameTh: (ref: UnitRef) => entryOf(ref).nameTh,
  nameEn: (ref: UnitRef) => entryOf(ref).nameEn,
};

/** The office directory: the nine units in the order of the announcement. */
export const directoryResolvers = {
  Query: {
    units: () => officeDirectory.map(({ code }) => ({ code })),
    unit: (_root, { code }) => (byCode.has(code) ? { code } : null),
  },
  Unit: { __resolveType: (ref) => entryOf(ref).typeName as UnitTypeName },
  ...Object.fromEntries(officeDirectory.filter((entry) => entry.code !== manifest.code).map((entry) => [entry.typeName, directoryFields])),
} satisfies Resolvers;
