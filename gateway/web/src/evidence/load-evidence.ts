import { execute } from '../api/client';
import type { Problem } from '../api/problems';
import type { DirectoryUnit } from '../api/units';
import { EvidenceActivitiesDocument, EvidenceUnitDocument, type EvidenceActivitiesQuery, type EvidenceUnitQuery } from '../gql/graphql';
import { fiscalYearOf } from '../i18n/format';

type UnitData = NonNullable<EvidenceUnitQuery['unit']>;
export type EvidenceActivity = NonNullable<EvidenceActivitiesQuery['unit']>['activities'] extends infer C
  ? C extends { nodes: (infer N)[] }
    ? N
    : never
  : never;
export type EvidenceOutcome = UnitData['outcomes'] extends infer C ? (C extends { nodes: (infer N)[] } ? N : never) : never;
export type EvidenceConsultation = UnitData['consultations'] extends infer C ? (C extends { nodes: (infer N)[] } ? N : never) : never;

export interface UnitEvidence {
  unit: DirectoryUnit;
  /** Null when the unit did not answer (its problem is in `problems`). */
  data: UnitData | null;
  activities: EvidenceActivity[];
  /** "You said, we did" written or updated in the year. */
  outcomes: EvidenceOutcome[];
  /** Consultations of the year whose summary is published. */
  summaries: EvidenceConsultation[];
}

export interface Progress {
  loaded: number;
  /** Activities of the year in all units asked (known after each unit's first page). */
  total: number;
}

export interface Evidence {
  units: UnitEvidence[];
  problems: Problem[];
}

const inYear = (fiscalYear: number, ...moments: (string | null | undefined)[]) =>
  moments.some((m) => m != null && fiscalYearOf(new Date(m)) === fiscalYear);

/**
 * Each unit's year, then every page of its activities. The units' first pages go out together
 * (so the total is known early); the rest follow page by page, reporting progress.
 */
export async function loadEvidence(
  units: readonly DirectoryUnit[],
  fiscalYear: number,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
): Promise<Evidence> {
  const problems: Problem[] = [];
  const progress: Progress = { loaded: 0, total: 0 };
  const firstPages = await Promise.all(
    units.map(async (unit) => {
      const [year, page] = await Promise.all([
        execute(EvidenceUnitDocument, { code: unit.code, fiscalYear }, signal),
        execute(EvidenceActivitiesDocument, { code: unit.code, fiscalYear }, signal),
      ]);
      problems.push(...year.problems, ...page.problems);
      const activities = page.data?.unit?.activities;
      progress.total += activities?.totalCount ?? 0;
      progress.loaded += activities?.nodes.length ?? 0;
      onProgress({ ...progress });
      return { unit, year: year.data?.unit ?? null, activities };
    }),
  );
  const result: UnitEvidence[] = [];
  for (const { unit, year, activities } of firstPages) {
    const all = [...(activities?.nodes ?? [])];
    let pageInfo = activities?.pageInfo;
    while (pageInfo?.hasNextPage && pageInfo.endCursor) {
      const next = await execute(EvidenceActivitiesDocument, { code: unit.code, fiscalYear, after: pageInfo.endCursor }, signal);
      problems.push(...next.problems);
      const page = next.data?.unit?.activities;
      all.push(...(page?.nodes ?? []));
      progress.loaded += page?.nodes.length ?? 0;
      onProgress({ ...progress });
      pageInfo = page?.pageInfo;
    }
    result.push({
      unit,
      data: year,
      activities: all,
      outcomes: (year?.outcomes?.nodes ?? []).filter((o) => inYear(fiscalYear, o.createdAt, o.updatedAt)),
      summaries: (year?.consultations?.nodes ?? []).filter((c) => c.summaryTh && inYear(fiscalYear, c.summaryPublishedAt, c.opensAt)),
    });
  }
  return { units: result, problems };
}
