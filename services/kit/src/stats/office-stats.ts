import type { UnitStatsRow } from '../repositories/stats-repository.js';
import { mergeLadders } from './ladder.js';
import { histogramMedianDays, mergeHistograms, type HourHistogram } from './histogram.js';

/** What one unit reports to the office-wide figures (its internal /stats endpoint). */
export interface UnitStatsReport {
  unitCode: string;
  stats: UnitStatsRow;
  answerHistogram: HourHistogram;
  acknowledgeHistogram: HourHistogram;
  /** The unit's distinct participant keys of the period, when the office asked for them. */
  participantKeys?: string[];
}

export type OfficeStatsRow = UnitStatsRow;

type Counted<K extends string> = { [P in K]: string } & { count: number };

function sumCounts<K extends string>(key: K, lists: Counted<K>[][]): Counted<K>[] {
  const [first] = lists;
  if (!first) return [];
  return first.map((entry) => ({
    ...entry,
    count: lists.reduce((n, list) => n + (list.find((e) => e[key] === entry[key])?.count ?? 0), 0),
  }));
}

/**
 * Distinct participants across units, exact when the units sent their keys (a person in two
 * units counts once); without keys, the units' own distinct counts added up.
 */
function distinctParticipants(reports: readonly UnitStatsReport[]): number {
  if (reports.some((r) => !r.participantKeys)) return reports.reduce((n, r) => n + r.stats.participantsDistinct, 0);
  const keys = new Set<string>();
  for (const report of reports) for (const key of report.participantKeys!) keys.add(key);
  return keys.size;
}

/**
 * The office's figures from the units' reports: counts add up, medians come from the
 * merged hour histograms (within half an hour of exact), and satisfaction is weighted
 * by the number of answers behind each unit's mean.
 */
export function mergeUnitStats(reports: readonly UnitStatsReport[]): OfficeStatsRow {
  const sum = (pick: (s: UnitStatsRow) => number) => reports.reduce((n, r) => n + pick(r.stats), 0);
  const satisfactionAnswers = sum((s) => s.satisfactionAnswers);
  const weighted = sum((s) => (s.satisfactionAverage ?? 0) * s.satisfactionAnswers);
  const stats = reports.map((r) => r.stats);
  return {
    activitiesTotal: sum((s) => s.activitiesTotal),
    activitiesByLevel: sumCounts(
      'level',
      stats.map((s) => s.activitiesByLevel),
    ) as UnitStatsRow['activitiesByLevel'],
    feedbackReceived: sum((s) => s.feedbackReceived),
    feedbackOpen: sum((s) => s.feedbackOpen),
    feedbackAnswered: sum((s) => s.feedbackAnswered),
    feedbackLate: sum((s) => s.feedbackLate),
    feedbackByCategory: sumCounts(
      'category',
      stats.map((s) => s.feedbackByCategory),
    ) as UnitStatsRow['feedbackByCategory'],
    feedbackByStatus: sumCounts(
      'status',
      stats.map((s) => s.feedbackByStatus),
    ) as UnitStatsRow['feedbackByStatus'],
    feedbackByChannel: sumCounts(
      'channel',
      stats.map((s) => s.feedbackByChannel),
    ) as UnitStatsRow['feedbackByChannel'],
    medianDaysToAnswer: histogramMedianDays(mergeHistograms(reports.map((r) => r.answerHistogram))),
    medianDaysToAcknowledge: histogramMedianDays(mergeHistograms(reports.map((r) => r.acknowledgeHistogram))),
    satisfactionAverage: satisfactionAnswers ? Math.round((weighted / satisfactionAnswers) * 100) / 100 : null,
    satisfactionAnswers,
    surveyResponses: sum((s) => s.surveyResponses),
    outcomesRecorded: sum((s) => s.outcomesRecorded),
    ladder: mergeLadders(stats.map((s) => s.ladder)),
    participantsDistinct: distinctParticipants(reports),
    noticesPublished: sum((s) => s.noticesPublished),
    noticesStale: sum((s) => s.noticesStale),
    feedbackByMonth: sumCounts(
      'month',
      stats.map((s) => s.feedbackByMonth),
    ),
  };
}
