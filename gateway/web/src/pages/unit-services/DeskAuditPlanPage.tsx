import { useState } from 'react';
import { OFFICE_UNITS } from '../../api/units';
import { SpecForm, type FieldSpec, type FormValues } from '../../components/SpecForm';
import { PublishAuditPlanDocument } from '../../gql/graphql';
import { fiscalYearOf } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { withFiscalYear } from '../../components/FiscalYearSelect';
import { AuditPlanOfYear, useAuditPlan } from './AuditPlanPage';
import { besideList, refuse, sendForm, splitLines, wholeNumberOf } from './desk-send';
import { RequireNamedStaff } from './named-staff';
import { DeskHeading, SERVICE_PATHS } from './service-links';

const FIELDS: FieldSpec[] = [
  { name: 'fiscalYear', label: 'dash.fiscalYear', kind: 'number', initial: String(fiscalYearOf(new Date())), required: true },
  { name: 'items', label: 'auditDesk.items', kind: 'textarea', required: true, hint: 'auditDesk.itemsHint' },
];

/** The plan's topics as typed, one a line `unit code | quarter | topic`; null when a line is not. */
function itemsOf(text: string | undefined) {
  const rows = splitLines(text, 3);
  const items = rows?.map(([unitCode, quarter, topicTh]) => ({ unitCode: unitCode!, quarter: wholeNumberOf(quarter), topicTh: topicTh! }));
  if (!items || items.some((i) => i.quarter === null)) return null;
  return items.map((i) => ({ ...i, quarter: i.quarter! }));
}

function publish(values: FormValues, published: (year: number) => void) {
  const fiscalYear = wholeNumberOf(values.fiscalYear);
  if (fiscalYear === null) return refuse('fiscalYear', 'finance.err.fiscalYear');
  const items = itemsOf(values.items);
  if (!items) return refuse('items', 'auditDesk.err.items');
  return sendForm(PublishAuditPlanDocument, { input: { fiscalYear, items } }, 'auditDesk.published', (data) =>
    published(data.internalAudit!.publishAuditPlan.fiscalYear),
  ).then((r) => ({ ...r, problems: besideList(r.problems, 'items') }));
}

/**
 * Internal Audit's desk: publish (or republish) a fiscal year's audit plan, then see it as the
 * public does. Internal Audit is a confidential unit: its named staff only.
 */
export function DeskAuditPlanPage() {
  return (
    <RequireNamedStaff code="AUDIT" title="auditDesk.planTitle" why="auditDesk.namedStaffOnly">
      {() => <DeskAuditPlan />}
    </RequireNamedStaff>
  );
}

function DeskAuditPlan() {
  const { t, pick } = useI18n();
  const state = useAuditPlan();
  const [published, setPublished] = useState<number | null>(null);
  const shown = (year: number) => {
    setPublished(year);
    if (year === state.fiscalYear) state.reload();
    else navigate(withFiscalYear(year), { replace: true });
  };
  return (
    <>
      <DeskHeading
        title="auditDesk.planTitle"
        lead="auditDesk.planLead"
        publicPage={{ to: SERVICE_PATHS.auditPlan, label: 'audit.planTitle' }}
      />
      <SpecForm
        id="publish-audit-plan"
        title="auditDesk.planForm"
        fields={FIELDS}
        submitLabel="auditDesk.publish"
        onSubmit={(values) => publish(values, shown)}
      />
      {published !== null ? (
        <p role="status" data-testid="plan-published">
          <Link to={`${SERVICE_PATHS.auditPlan}?fy=${published}`}>{t('auditDesk.seePublic', { year: published })}</Link>
        </p>
      ) : null}
      <details className="ask">
        <summary>{t('auditDesk.unitCodes')}</summary>
        <ul data-testid="unit-codes">
          {OFFICE_UNITS.map((unit) => (
            <li key={unit.code}>
              <code>{unit.code}</code> — {pick(unit.nameTh, unit.nameEn)}
            </li>
          ))}
        </ul>
      </details>
      <section aria-labelledby="audit-plan-now">
        <h2 id="audit-plan-now">{t('audit.planTitle')}</h2>
        <AuditPlanOfYear id="desk-audit-plan-fy" state={state} />
      </section>
    </>
  );
}
