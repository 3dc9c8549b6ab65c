/** Resolvers a unit adds for its own SDL extensions, typed by its own generated types. */
export type UnitResolvers = Record<string, object>;
