import type { ActivityRow, ParticipationLevel } from '../../db/entities.js';
import { pageRequest } from '../../pagination.js';
import type { UnitRepositories } from '../../repositories/index.js';
import type { ActivityPartnerRow } from '../partners/partner-link-repository.js';
import type { SearchRow } from './search-repository.js';
import { searchQuery, snippetOf } from './search-query.js';

/**
 * An activity of another unit as that unit described it (office-wide search): the
 * office cannot count another unit's feedback, participants or partners, so they travel with it.
 */
export interface ActivitySnapshot extends ActivityRow {
  snapshotOf: string;
  feedbackCount: number;
  participantCount: number;
  partners: ActivityPartnerRow[];
}

export const snapshotOf = (row: ActivityRow): ActivitySnapshot | null => ('snapshotOf' in row ? (row as ActivitySnapshot) : null);

/** A hit as resolvers see it (SearchHit). */
export interface SearchHitModel extends Omit<SearchRow, 'body'> {
  unitCode: string;
  snippetTh: string | null;
  /** Set on hits that came from another unit (office search) and asked for their activity. */
  activity?: ActivitySnapshot | null;
}

export interface SearchArgs {
  text: string;
  levels?: readonly ParticipationLevel[] | null;
  first?: number | null;
}

/** A unit's search: checks the text and page size, finds, and cuts the snippets. */
export async function searchUnit(repos: Pick<UnitRepositories, 'search'>, unitCode: string, args: SearchArgs): Promise<SearchHitModel[]> {
  const query = searchQuery(args.text);
  const { first } = pageRequest(args.first, null);
  const rows = await repos.search.find(query, args.levels, first);
  return rows.map(({ body, ...row }) => ({
    ...row,
    rank: Math.round(Number(row.rank) * 10_000) / 10_000,
    unitCode,
    snippetTh: snippetOf(body ?? row.titleTh, query),
  }));
}

/** Adds the activities of the hits, with their counts and partners, for the office (one statement each). */
export async function withActivitySnapshots(repos: UnitRepositories, unitCode: string, hits: SearchHitModel[]): Promise<SearchHitModel[]> {
  const ids = [...new Set(hits.map((h) => h.activityId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return hits;
  const [rows, feedback, participants, partners] = await Promise.all([
    repos.activities.byIds(ids),
    repos.activities.feedbackCounts(ids),
    repos.participants.counts(ids),
    repos.partnerLinks.ofActivities(ids),
  ]);
  const byId = new Map(
    rows.map((row): [string, ActivitySnapshot] => [
      row.id,
      {
        ...row,
        snapshotOf: unitCode,
        feedbackCount: feedback.get(row.id) ?? 0,
        participantCount: participants.get(row.id) ?? 0,
        partners: partners.filter((p) => p.activityId === row.id),
      },
    ]),
  );
  return hits.map((hit) => ({ ...hit, activity: hit.activityId ? (byId.get(hit.activityId) ?? null) : null }));
}
