import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { useQuery } from '../../api/use-query';
import { ActionOutcome, Field } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { sentOf, useApiForm } from '../../components/use-api-form';
import {
  StaffOutcomeDocument,
  StaffReportOutcomeProgressDocument,
  type OutcomeStatus,
  type StaffOutcomeFieldsFragment,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

const STATUSES: readonly OutcomeStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];

function OutcomeFacts({ outcome }: { outcome: StaffOutcomeFieldsFragment }) {
  const { t, label, format } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('follow.status')}</dt>
        <dd data-testid="outcome-status">{label('status', outcome.status)}</dd>
        <dt>{t('desk.outcome.participantsTh')}</dt>
        <dd>{outcome.participantsTh}</dd>
        <dt>{t('desk.outcome.resultsTh')}</dt>
        <dd>{outcome.resultsTh}</dd>
        <dt>{t('desk.outcome.improvementTh')}</dt>
        <dd>{outcome.improvementTh}</dd>
      </dl>
      <h2>{t('deskOutcomes.progress')}</h2>
      {outcome.progress.length === 0 ? <p className="meta">{t('deskOutcomes.noProgress')}</p> : null}
      <ol className="history" data-testid="outcome-progress">
        {outcome.progress.map((step, i) => (
          <li key={`${step.at}-${i}`}>
            <time dateTime={step.at}>{format.dateTime(step.at)}</time> — {label('status', step.status)}: {step.noteTh}
          </li>
        ))}
      </ol>
    </>
  );
}

function ProgressForm({ outcome, slug, onDone }: { outcome: StaffOutcomeFieldsFragment; slug: string; onDone(): void }) {
  const { t, label } = useI18n();
  const action = useApiForm<{ status: OutcomeStatus; noteTh: string }>({
    defaultValues: { status: outcome.status, noteTh: '' },
    fields: { status: 'status', noteTh: 'noteTh' },
  });
  const submit = action.submit(async ({ status, noteTh }) => {
    const sent = sentOf(await execute(forUnit(StaffReportOutcomeProgressDocument, slug), { id: outcome.id, status, noteTh }));
    if (sent === true) {
      action.form.resetField('noteTh');
      onDone();
    }
    return sent;
  });
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('deskOutcomes.report')}</h2>
      <form onSubmit={submit} noValidate>
        <Field id="progress-status" label={t('follow.status')} problem={action.problemAt('status')}>
          {(aria) => (
            <select {...aria} {...action.form.register('status')}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label('status', s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="progress-note" label={`${t('deskOutcomes.note')} ${t('common.required')}`} problem={action.problemAt('noteTh')}>
          {(aria) => <textarea {...aria} {...action.form.register('noteTh')} />}
        </Field>
        <button type="submit" className="button-primary" disabled={action.sending}>
          {t('deskOutcomes.reportSubmit')}
        </button>
      </form>
      <ActionOutcome success={action.sent ? t('deskOutcomes.reported') : null} problems={action.problems} />
    </section>
  );
}

/** One outcome of the unit: its four facts, its progress, and the next report. */
export function DeskOutcomePage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const slug = unit?.slug ?? 'financeAssets';
  const query = useQuery(forUnit(StaffOutcomeDocument, slug), { id }, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const outcome = query.data?.desk?.outcome;
  return (
    <>
      <p>
        <Link to="/desk/outcomes">{t('deskOutcomes.back')}</Link>
      </p>
      <h1>{outcome ? pick(outcome.topicTh, outcome.topicEn) : t('nav.deskOutcome')}</h1>
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !outcome ? <Loading /> : null}
      {!query.loading && query.data && !outcome ? <p role="status">{t('deskOutcomes.notFound')}</p> : null}
      {outcome ? (
        <>
          <OutcomeFacts outcome={outcome} />
          <ProgressForm outcome={outcome} slug={slug} onDone={query.reload} />
        </>
      ) : null}
    </>
  );
}
