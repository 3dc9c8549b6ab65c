import type { ParticipationLevel } from '../gql/graphql';

/** The IAP2 spectrum, lowest to highest: the order the pages show the levels in. */
export const LEVELS: readonly ParticipationLevel[] = ['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER'];

/**
 * The levels a unit page shows, from its address's `levels` parameter (`/units/FINANCE?levels=CONSULT,INVOLVE`):
 * no parameter shows all five; an empty one (`levels=`) shows none (every box unticked); names are
 * case-insensitive, unknown ones are left out, and a parameter with no level known shows all.
 * Always in the spectrum's order, each once.
 */
export function levelsFromSearch(value: string | null): ParticipationLevel[] {
  if (value === null) return [...LEVELS];
  if (value.trim() === '') return [];
  const asked = new Set(value.split(',').map((part) => part.trim().toUpperCase()));
  const known = LEVELS.filter((level) => asked.has(level));
  return known.length ? known : [...LEVELS];
}

/** The `levels` parameter for a choice of levels: null when all five are chosen (the address needs none). */
export function levelsParam(levels: readonly ParticipationLevel[]): string | null {
  const chosen = LEVELS.filter((level) => levels.includes(level));
  return chosen.length === LEVELS.length ? null : chosen.join(',');
}

/** The address of a unit's page showing only these levels, e.g. `/units/FINANCE?levels=CONSULT`. */
export function unitLevelsPath(code: string, levels: readonly ParticipationLevel[]): string {
  const param = levelsParam(levels);
  const path = `/units/${encodeURIComponent(code)}`;
  return param === null ? path : `${path}?levels=${param}`;
}
