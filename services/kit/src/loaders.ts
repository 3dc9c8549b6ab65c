import DataLoader from 'dataloader';
import { createConsultLoaders, type ConsultLoaders } from './features/consultations/loaders.js';
import { createInvolveLoaders, type InvolveLoaders } from './features/involve/loaders.js';
import { createEmpowerLoaders, type EmpowerLoaders } from './empower-loaders.js';
import type { ActivityRow, CaseEventRow, FeedbackRow } from './db/entities.js';
import { fiscalYearRange } from './fiscal-year.js';
import type { UnitStatsModel } from './repositories/stats-repository.js';
import type { UnitRepositories } from './repositories/index.js';
import type { ActivityPartnerRow } from './features/partners/partner-link-repository.js';
import type { AttachmentRow, NoticeRow } from './features/notices/notice-repository.js';
import type { ModerationState } from './features/moderation/moderation-repository.js';
import type { LinkedRecordRow, OutcomeProgressRow, OutcomeRow, RecordKind, RecordRef } from './features/outcomes/outcome-repository.js';

export interface StatsKey {
  year: number;
  participants: boolean;
}

export interface UnitLoaders {
  activityById: DataLoader<string, ActivityRow | null>;
  feedbackCountByActivity: DataLoader<string, number>;
  historyByCase: DataLoader<string, CaseEventRow[]>;
  /** The unit's own cases (not those it transferred away). */
  caseById: DataLoader<string, FeedbackRow | null>;
  outcomeById: DataLoader<string, OutcomeRow | null>;
  linksByOutcome: DataLoader<string, RecordRef[]>;
  progressByOutcome: DataLoader<string, OutcomeProgressRow[]>;
  /** The unit's own records, keyed "KIND:id". */
  recordByKey: DataLoader<string, LinkedRecordRow | null>;
  /** Keyed by B.E. fiscal year (0 means all time) and whether participants are counted. */
  statsByFiscalYear: DataLoader<StatsKey, UnitStatsModel, string>;
  /** Distinct participants of each activity. */
  participantCountByActivity: DataLoader<string, number>;
  /** Consultations and surveys. */
  consult: ConsultLoaders;
  /** Drafts, their suggestions and decisions. */
  involve: InvolveLoaders;
  /** Initiatives, votes and delegations. */
  empower: EmpowerLoaders;
  /** Partners named on each activity. */
  partnersByActivity: DataLoader<string, ActivityPartnerRow[]>;
  /** Each partner's activities in this unit (their rows go into activityById: no second statement). */
  activitiesByPartner: DataLoader<string, ActivityPartnerRow[]>;
  noticeById: DataLoader<string, NoticeRow | null>;
  /** Attachments of each notice, without their bytes. */
  attachmentsByNotice: DataLoader<string, AttachmentRow[]>;
  /** Where public contributions stand with moderation, keyed "KIND:id"; null: shown, nobody reported or held it. */
  moderationByKey: DataLoader<string, ModerationState | null>;
}

/** One SQL statement per batch, whatever the number of rows a request touches. */
export function createLoaders(repos: UnitRepositories, unitCode: string): UnitLoaders {
  const activityById: UnitLoaders['activityById'] = new DataLoader(async (ids) => {
    const rows = await repos.activities.byIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    outcomeById: new DataLoader(async (ids) => {
      const byId = new Map((await repos.outcomes.byIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    linksByOutcome: new DataLoader(async (ids) => {
      const rows = await repos.outcomes.linksOf(ids);
      return ids.map((id) =>
        rows.filter((r) => r.outcomeId === id).map(({ kind, unitCode: unit, id: recordId }) => ({ kind, unitCode: unit, id: recordId })),
      );
    }),
    progressByOutcome: new DataLoader(async (ids) => {
      const rows = await repos.outcomes.progressOf(ids);
      return ids.map((id) => rows.filter((r) => r.outcomeId === id));
    }),
    recordByKey: new DataLoader(async (keys) => {
      const refs = keys.map((key) => {
        const [kind, id] = key.split(':') as [RecordKind, string];
        return { kind, id };
      });
      const rows = await repos.outcomes.records(refs, unitCode);
      const byKey = new Map(rows.map((row) => [`${row.kind}:${row.id}`, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    activityById,
    feedbackCountByActivity: new DataLoader(async (ids) => {
      const counts = await repos.activities.feedbackCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    caseById: new DataLoader(async (ids) => {
      const rows = await repos.cases.byIds(ids);
      const byId = new Map(rows.filter((row) => !row.transferredTo).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    historyByCase: new DataLoader(async (ids) => {
      const histories = await repos.cases.histories(ids);
      return ids.map((id) => histories.get(id) ?? []);
    }),
    statsByFiscalYear: new DataLoader(
      (keys) =>
        Promise.all(
          keys.map(async ({ year, participants }) => ({
            fiscalYear: year || null,
            ...(await repos.stats.unitStats(year ? fiscalYearRange(year) : null, { participants })),
          })),
        ),
      // Different fiscal years are different statements anyway; batching buys nothing.
      { batch: false, cacheKeyFn: ({ year, participants }) => `${year}:${participants}` },
    ),
    participantCountByActivity: new DataLoader(async (ids) => {
      const counts = await repos.participants.counts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    consult: createConsultLoaders(repos),
    involve: createInvolveLoaders(repos),
    empower: createEmpowerLoaders(repos),
    partnersByActivity: new DataLoader(async (ids) => {
      const rows = await repos.partnerLinks.ofActivities(ids);
      return ids.map((id) => rows.filter((r) => r.activityId === id));
    }),
    activitiesByPartner: new DataLoader(async (ids) => {
      const rows = await repos.partnerLinks.ofPartners(ids);
      for (const { activity } of rows) activityById.prime(activity.id, activity);
      return ids.map((id) =>
        rows.filter((r) => r.partnerId === id).map(({ activityId, partnerId, roleTh }) => ({ activityId, partnerId, roleTh })),
      );
    }),
    noticeById: new DataLoader(async (ids) => {
      const byId = new Map((await repos.notices.byIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    attachmentsByNotice: new DataLoader(async (ids) => {
      const rows = await repos.notices.attachmentsOf(ids);
      return ids.map((id) => rows.filter((r) => r.noticeId === id).map((r) => ({ ...r, unitCode })));
    }),
    moderationByKey: new DataLoader(async (keys) => {
      const states = await repos.moderation.statesOf(keys);
      return keys.map((key) => states.get(key) ?? null);
    }),
  };
}
