import {
  auditedRead,
  createOnce,
  fiscalYearRange,
  isUuid,
  LIMITS,
  newCaseCode,
  normaliseCaseCode,
  optionalText,
  pageRequest,
  perServer,
  PlatformError,
  requireIdempotencyKey,
  requireText,
  toConnection,
  type UnitContext,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import { followUpPin, hashPin, pinMatches } from './follow-up-pin.js';
import { ReportRepository, type NewReport, type ReportStatus } from './report-repository.js';

const reportsOf = perServer((s) => new ReportRepository(s.dataSource, s.unit.schemaName));

const STATUSES: ReportStatus[] = ['RECEIVED', 'SCREENING', 'INVESTIGATING', 'REFERRED', 'CLOSED_SUBSTANTIATED', 'CLOSED_UNSUBSTANTIATED'];

async function readOne(id: string, ctx: UnitContext) {
  if (!isUuid(id)) throw fail('REPORT_NOT_FOUND', {}, 'id');
  const [row] = await auditedRead(ctx, 'misconduct-report:read', await reportsOf(ctx).byIds([id]));
  return row ?? null;
}

export const reportResolvers = {
  InternalAuditUnit: {
    misconductReports: async (_unit, { status, first, after }, ctx) => {
      const page = pageRequest(first, after);
      const rows = await auditedRead(ctx, 'misconduct-report:list', await reportsOf(ctx).page(status, page));
      return toConnection(rows, page.first, (row) => row.receivedAt);
    },
    misconductReport: (_unit, { id }, ctx) => readOne(id, ctx),
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
        same: (found) => (Object.keys(report) as (keyof NewReport)[]).every((field) => found[field] === report[field]),
        conflict: () => new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey'),
      });
      return { code: row.code, pin, receivedAt: row.receivedAt };
    },
    updateMisconductReport: async (_m, { id, status, noteTh }, ctx) => {
      const note = requireText(noteTh, 'noteTh', LIMITS.note);
      const row = isUuid(id) ? await reportsOf(ctx).update(id, status, note) : null;
      if (!row) throw fail('REPORT_NOT_FOUND', {}, 'id');
      const [updated] = await auditedRead(ctx, 'misconduct-report:update', [row]);
      return updated!;
    },
  },
} satisfies Resolvers;
