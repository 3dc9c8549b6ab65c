import {
  fiscalYearRange,
  peerGet,
  mergeUnitStats,
  officeDirectory,
  PARTICIPANT_FIELDS,
  type OfficeStatsRow,
  type UnitContext,
  type UnitStatsReport,
} from '@sesao28/kit';

export interface OfficeStatsModel extends OfficeStatsRow {
  fiscalYear: number | null;
  unitsReporting: { code: string }[];
  unitsUnavailable: { code: string }[];
}

const REPORT_TIMEOUT_MS = 5000;

/**
 * Asks every unit for its share in parallel and adds them up. A unit that does not
 * answer in time is named in `unitsUnavailable`; the rest of the office still counts.
 */
/**
 * What the units are asked about participants: nothing (the dashboard), their counts
 * (in the same stats statement), or their distinct keys too, for the exact office-wide
 * count (one more statement per unit and about 35 bytes a participant over the wire).
 */
export type ParticipantsWanted = 'none' | 'count' | 'keys';

export function participantsWanted(paths: Set<string>): ParticipantsWanted {
  if (paths.has('participantsDistinct')) return 'keys';
  return PARTICIPANT_FIELDS.some((field) => paths.has(field)) ? 'count' : 'none';
}

export async function officeStats(
  fiscalYear: number | null | undefined,
  ctx: UnitContext,
  participants: ParticipantsWanted = 'none',
): Promise<OfficeStatsModel> {
  if (fiscalYear != null) fiscalYearRange(fiscalYear); // refuses an impossible year before asking anyone
  const params = new URLSearchParams();
  if (fiscalYear != null) params.set('fiscalYear', String(fiscalYear));
  if (participants !== 'none') params.set('participants', participants);
  const query = params.size ? `?${params}` : '';
  const answers = await Promise.all(
    officeDirectory.map(async ({ code }): Promise<UnitStatsReport | null> => {
      try {
        const res = await peerGet(ctx, code, `stats${query}`, REPORT_TIMEOUT_MS, { 'x-request-id': ctx.requestId });
        if (!res.ok) return null;
        return { unitCode: code, ...((await res.json()) as Omit<UnitStatsReport, 'unitCode'>) };
      } catch {
        return null;
      }
    }),
  );
  const reports = answers.filter((a): a is UnitStatsReport => a !== null);
  return {
    fiscalYear: fiscalYear ?? null,
    ...mergeUnitStats(reports),
    unitsReporting: reports.map((r) => ({ code: r.unitCode })),
    unitsUnavailable: officeDirectory.filter((u) => !reports.some((r) => r.unitCode === u.code)).map((u) => ({ code: u.code })),
  };
}
