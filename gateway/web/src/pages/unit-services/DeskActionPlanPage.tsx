import { RequireDeskUnit } from '../../components/RequireRole';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, toDateTime, type FieldSpec, type FormValues } from '../../components/SpecForm';
import { AdoptActionPlanDocument, OpenActionPlanDocument, type VoteEligibility } from '../../gql/graphql';
import { fiscalYearOf } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useActionPlan, PrioritiesTable } from './ActionPlanPage';
import { besideList, numberOf, refuse, sendForm, splitLines, wholeNumberOf } from './desk-send';
import { DeskHeading, SERVICE_PATHS } from './service-links';

function openPlan(values: FormValues, onDone: () => void) {
  const fiscalYear = wholeNumberOf(values.fiscalYear);
  if (fiscalYear === null) return refuse('fiscalYear', 'finance.err.fiscalYear');
  const rows = splitLines(values.priorities, 3);
  const priorities = rows?.map(([titleTh, descriptionTh, budget]) => ({
    titleTh: titleTh!,
    descriptionTh: descriptionTh!,
    budgetBaht: numberOf(budget),
  }));
  if (!priorities || priorities.some((p) => p.budgetBaht === null)) return refuse('priorities', 'plan.err.priorities');
  return sendForm(
    OpenActionPlanDocument,
    {
      input: {
        fiscalYear,
        titleTh: values.titleTh!,
        summaryTh: values.summaryTh!,
        priorities: priorities.map((p) => ({ ...p, budgetBaht: p.budgetBaht! })),
        commentOpensAt: toDateTime(values.commentOpensAt)!,
        commentClosesAt: toDateTime(values.commentClosesAt)!,
        voteOpensAt: toDateTime(values.voteOpensAt)!,
        voteClosesAt: toDateTime(values.voteClosesAt)!,
        voteEligibility: values.voteEligibility as VoteEligibility,
      },
    },
    'plan.opened',
    onDone,
  ).then((r) => ({ ...r, problems: besideList(r.problems, 'priorities') }));
}

/** Policy and Planning's desk: publish the year's action plan, adopt it once its vote has closed. */
export function DeskActionPlanPage() {
  return <RequireDeskUnit code="POLICY">{() => <DeskActionPlan />}</RequireDeskUnit>;
}

function DeskActionPlan() {
  const { t, label } = useI18n();
  const { data, problems, loading, reload, fiscalYear, plan } = useActionPlan();
  const open: FieldSpec[] = [
    { name: 'fiscalYear', label: 'dash.fiscalYear', kind: 'number', initial: String(fiscalYearOf(new Date())), required: true },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'summaryTh', label: 'plan.summary', kind: 'textarea', required: true },
    { name: 'priorities', label: 'plan.prioritiesInput', kind: 'textarea', required: true, hint: 'plan.prioritiesHint' },
    { name: 'commentOpensAt', label: 'plan.commentOpensAt', kind: 'datetime', required: true },
    { name: 'commentClosesAt', label: 'plan.commentClosesAt', kind: 'datetime', required: true },
    { name: 'voteOpensAt', label: 'plan.voteOpensAt', kind: 'datetime', required: true },
    { name: 'voteClosesAt', label: 'plan.voteClosesAt', kind: 'datetime', required: true },
    {
      name: 'voteEligibility',
      label: 'desk.eligibility',
      kind: 'select',
      options: (['SIGNED_IN', 'LISTED'] as const).map((value) => ({ value, label: label('desk.eligibility', value) })),
      initial: 'SIGNED_IN',
      required: true,
    },
  ];
  const adopt: FieldSpec[] = [
    { name: 'decisionTh', label: 'plan.decision', kind: 'textarea', required: true },
    { name: 'decidedWith', label: 'plan.decidedWith', kind: 'textarea', required: true, hint: 'plan.decidedWithHint' },
  ];
  return (
    <>
      <DeskHeading title="plan.deskTitle" lead="plan.deskLead" publicPage={{ to: SERVICE_PATHS.actionPlan, label: 'plan.title' }} />
      <SpecForm
        id="action-plan"
        title="plan.openTitle"
        fields={open}
        submitLabel="plan.open"
        onSubmit={(values) => openPlan(values, reload)}
      />
      <section aria-labelledby="adopt-heading">
        <h2 id="adopt-heading">{t('plan.adoptHeading')}</h2>
        <div className="toolbar">
          <FiscalYearSelect id="desk-plan-fy" value={fiscalYear} />
        </div>
        <ProblemNotice problems={problems} onRetry={reload} />
        {loading && !data ? <Loading /> : null}
        {data?.policyPlanning && !plan ? <p role="status">{t('plan.none', { year: fiscalYear })}</p> : null}
        {plan ? (
          <>
            <p className="badges">
              <span className="badge" data-testid="plan-status">
                {label('planStatus', plan.status)}
              </span>
              <span className="badge">{label('status', plan.vote.status)}</span>
            </p>
            <PrioritiesTable plan={plan} />
            {plan.status === 'OPEN' ? (
              <SpecForm
                id="adopt-plan"
                title="plan.adoptTitle"
                headingLevel={3}
                fields={adopt}
                submitLabel="plan.adopt"
                onSubmit={(values) => {
                  const people = splitLines(values.decidedWith, 2);
                  if (!people) return refuse('decidedWith', 'plan.err.decidedWith');
                  return sendForm(
                    AdoptActionPlanDocument,
                    {
                      fiscalYear: plan.fiscalYear,
                      input: { decisionTh: values.decisionTh!, decidedWith: people.map(([name, role]) => ({ name: name!, role: role! })) },
                    },
                    'plan.adopted',
                    reload,
                  ).then((r) => ({ ...r, problems: besideList(r.problems, 'decidedWith') }));
                }}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
