import { clearExpiredPersonalData, combineResolvers, defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { MisconductReports1765620000000 } from './db/1765620000000-misconduct-reports.js';
import { AuditPlan1765620001000 } from './db/1765620001000-audit-plan.js';
import { FollowUpGuard1767600000000 } from './db/1767600000000-follow-up-guard.js';
import { planResolvers } from './plan/resolvers.js';
import { reportResolvers } from './reports/resolvers.js';

/** Internal Audit (หน่วยตรวจสอบภายใน): the confidential channel for misconduct reports and the published audit plan. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: combineResolvers(reportResolvers, planResolvers),
  // Follow-up PINs come from a key of their own (setting PIN_KEY), which no other unit holds.
  needsKeys: ['pinKey'],
  migrations: [MisconductReports1765620000000, AuditPlan1765620001000, FollowUpGuard1767600000000],
  // PDPA retention: a closed report's contact after the contact time, its account after the case-text time.
  retentionSweep: async (services, retention, now) => {
    const closed = ['CLOSED_SUBSTANTIATED', 'CLOSED_UNSUBSTANTIATED'];
    const { dataSource, unit: self } = services;
    await clearExpiredPersonalData(
      dataSource,
      self.schemaName,
      { table: 'misconduct_report', nullable: ['contact'], closed },
      retention.contactDays,
      now,
    );
    await clearExpiredPersonalData(
      dataSource,
      self.schemaName,
      { table: 'misconduct_report', nullable: ['who_is_involved', 'when_occurred', 'evidence_description'], required: ['body_th'], closed },
      retention.caseTextDays,
      now,
    );
  },
});
