import type { CastVoteMutationVariables, TypedDocumentString } from '../gql/graphql';
import { execute } from './client';
import type { Problem } from './problems';
import { unitByCode, OFFICE_UNITS } from './units';

/** The units' root fields (Mutation.<slug>), as the take-part mutations name them. */
type UnitSlug = Exclude<keyof CastVoteMutationVariables, 'voteId' | 'optionId' | 'participantCode' | 'key'>;
type UnitResultOf<T> = NonNullable<T[keyof T]> extends { result: infer R } ? R : never;

/**
 * Runs one of take-part.graphql's mutations in the unit `code`: every unit's root field is in the
 * operation (so it stays typed and checked against the schema), only this unit's is switched on.
 */
export async function executeInUnit<T extends object, V>(
  document: TypedDocumentString<T, V>,
  code: string,
  variables: Omit<V, UnitSlug>,
): Promise<{ result: UnitResultOf<T> | null; problems: Problem[] }> {
  const slug = unitByCode(code)?.slug;
  const flags = Object.fromEntries(OFFICE_UNITS.map((unit) => [unit.slug, unit.slug === slug]));
  const { data, problems } = await execute(document, { ...flags, ...variables } as V);
  const answered = data && slug ? (data as Record<string, { result: UnitResultOf<T> } | null | undefined>)[slug] : null;
  return { result: answered?.result ?? null, problems };
}
