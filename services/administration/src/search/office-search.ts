import {
  directoryEntry,
  officeDirectory,
  pageRequest,
  peerGet,
  PlatformError,
  searchQuery,
  type ParticipationLevel,
  type SearchHitModel,
  type UnitContext,
} from '@sesao28/kit';

export interface OfficeSearchModel {
  hits: SearchHitModel[];
  unitsSearched: { code: string }[];
  unitsUnavailable: { code: string }[];
}

export interface OfficeSearchArgs {
  text: string;
  units?: readonly string[] | null;
  levels?: readonly ParticipationLevel[] | null;
  first?: number | null;
  /** Send each hit's activity (with its counts) along: only when the query asks for it. */
  withActivity: boolean;
}

const SEARCH_TIMEOUT_MS = 3000;

/**
 * One search over the chosen units (all nine by default), asked in parallel; each unit
 * returns its best `first`, so the best `first` of the office are among them. Hits merge by
 * rank (then newest); a unit that does not answer in time is named in `unitsUnavailable`.
 */
export async function searchOffice(args: OfficeSearchArgs, ctx: UnitContext): Promise<OfficeSearchModel> {
  // Refuses bad input before asking anyone.
  searchQuery(args.text);
  const { first } = pageRequest(args.first, null);
  const units = args.units?.length ? [...new Set(args.units)] : officeDirectory.map((u) => u.code);
  for (const code of units) if (!directoryEntry(code)) throw new PlatformError('UNKNOWN_UNIT', {}, 'units');
  const params = new URLSearchParams({ text: args.text, first: String(first) });
  if (args.levels?.length) params.set('levels', args.levels.join(','));
  if (args.withActivity) params.set('activity', '1');
  const answers = await Promise.all(
    units.map(async (code) => {
      try {
        const res = await peerGet(ctx, code, `search?${params}`, SEARCH_TIMEOUT_MS, { 'x-request-id': ctx.requestId });
        if (!res.ok) {
          await res.arrayBuffer();
          return { code, hits: null };
        }
        return { code, hits: ((await res.json()) as { hits: SearchHitModel[] }).hits };
      } catch {
        return { code, hits: null };
      }
    }),
  );
  const hits = answers
    .flatMap((a) => a.hits ?? [])
    .sort((a, b) => b.rank - a.rank || new Date(b.at).getTime() - new Date(a.at).getTime() || a.id.localeCompare(b.id))
    .slice(0, first)
    // An activity left out of the answer (not asked for) resolves to null rather than to this unit's rows.
    .map((hit) => ({ ...hit, activity: hit.activity ?? null }));
  return {
    hits,
    unitsSearched: answers.filter((a) => a.hits).map(({ code }) => ({ code })),
    unitsUnavailable: answers.filter((a) => !a.hits).map(({ code }) => ({ code })),
  };
}
