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

const STATUSES: ReportStatus[] = ['RECEIVED', 'SCREENING', 'INVESTIGATING', 'REFERRED', 'CLOSED_SUBSTANTIATED', 'CLOSED_UNSUBSTANTIATED'];

export const reportResolvers = {
  InternalAuditUnit: {
    misconductReports: (_unit, args, ctx) => reads.list(ctx, args),
    misconductReport: (_unit, { id }, ctx) => reads.one(ctx, id),
    followMisconductReport: async (_unit, { code, pin }, ctx) => {
      const row = await reportsOf(ctx).byCode(normaliseCaseCode(code));
      return row && (await pinMatches(pin, row.pinHash)) ? row : null;
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
      const pin = followUpPin(ctx.internalSecret, key);
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
