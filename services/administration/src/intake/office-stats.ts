import {
  fiscalYearRange,
  peerGet,
  mergeUnitStats,
  officeDirectory,
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
export async function officeStats(fiscalYear: number | null | undefined, ctx: UnitContext): Promise<OfficeStatsModel> {
  if (fiscalYear != null) fiscalYearRange(fiscalYear); // refuses an impossible year before asking anyone
  const query = fiscalYear != null ? `?fiscalYear=${fiscalYear}` : '';
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
