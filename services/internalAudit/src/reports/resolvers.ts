import {
  channelReads,
  createOnce,
  fiscalYearRange,
  LIMITS,
  newCaseCode,
  normaliseCaseCode,
  optionalText,
  perServer,
  PlatformError,
  requireIdempotencyKey,
  requireText,
  sameValues,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import { followUpPin, hashPin, pinMatches } from './follow-up-pin.js';
import { ReportRepository, type NewReport, type ReportStatus } from './report-repository.js';

const reportsOf = perServer((s) => new ReportRepository(s.dataSource, s.unit.schemaName));
const reads = channelReads('misconduct-report', reportsOf);

/** Wrong PINs in a row before a report's follow-up is paused, and for how long. */
const MAX_PIN_FAILURES = 5;
const PIN_LOCK_MINUTES = 60;
/** Requests (their contexts) that have already checked a PIN. */
const pinChecked = new WeakSet<object>();

const STATUSES: ReportStatus[] = ['RECEIVED', 'SCREENING', 'INVESTIGATING', 'REFERRED', 'CLOSED_SUBSTANTIATED', 'CLOSED_UNSUBSTANTIATED'];

export const reportResolvers = {
  InternalAuditUnit: {
    misconductReports: (_unit, args, ctx) => reads.list(ctx, args),
    misconductReport: (_unit, { id }, ctx) => reads.one(ctx, id),
    followMisconductReport: async (_unit, { code, pin }, ctx) => {
      // One PIN check per request: aliases cannot turn one request into many slow hashes.
      if (pinChecked.has(ctx)) throw fail('ONE_PIN_CHECK_PER_REQUEST');
      pinChecked.add(ctx);
      const reports = reportsOf(ctx);
      const row = await reports.byCode(normaliseCaseCode(code));
      if (!row) return null;
      if (row.locked) throw fail('FOLLOW_UP_LOCKED', { minutes: PIN_LOCK_MINUTES }, 'pin');
      if (!(await pinMatches(pin, row.pinHash))) {
        await reports.pinFailed(row.id, MAX_PIN_FAILURES, PIN_LOCK_MINUTES);
        return null;
      }
      await reports.pinSucceeded(row.id);
      return row;
    },
    misconductReportCounts: async (_unit, { fiscalYear }, ctx) => {
      const counts = await reportsOf(ctx).countsByStatus(fiscalYear == null ? null : fiscalYearRange(fiscalYear));
      const byStatus = STATUSES.map((status) => ({ status, count: counts.find((c) => c.status === status)?.count ?? 0 }));
      return { fiscalYear: fiscalYear ?? null, total: byStatus.reduce((sum, c) => sum + c.count, 0), byStatus };
    },
  },
  InternalAuditMutations: {
    reportMisconduct: async (_m, { input, idempotencyKey }, ctx) => {
      const key = requireIdempotencyKey(idempotencyKey);
      const report: NewReport = {
        subjectTh: requireText(input.subjectTh, 'subjectTh', LIMITS.title),
        bodyTh: requireText(input.bodyTh, 'bodyTh', LIMITS.message),
        whoIsInvolved: optionalText(input.whoIsInvolved, 'whoIsInvolved', 1000),
        whenOccurred: optionalText(input.whenOccurred, 'whenOccurred', LIMITS.place),
        evidenceDescription: optionalText(input.evidenceDescription, 'evidenceDescription', LIMITS.reason),
        contact: optionalText(input.contact, 'contact', 254),
      };
      const pin = followUpPin(ctx.config.pinKey!, key);
      const row = await createOnce(ctx.dataSource, {
        find: () => reportsOf(ctx).byIdempotencyKey(key),
        create: async (manager) => reportsOf(ctx).insert(report, newCaseCode(), await hashPin(pin), key, manager),
        same: (found) => sameValues<NewReport>(found, report),
        conflict: () => new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey'),
      });
      return { code: row.code, pin, receivedAt: row.receivedAt };
    },
    updateMisconductReport: async (_m, { id, status, noteTh }, ctx) => {
      const note = requireText(noteTh, 'noteTh', LIMITS.note);
      const row = await reportsOf(ctx).setStatus(id, status, note);
      if (!row) throw fail('REPORT_NOT_FOUND', {}, 'id');
      return reads.updated(ctx, row);
    },
  },
} satisfies Resolvers;
