import { execute } from '../../api/client';
import { useSession } from '../../api/session';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { useQuery } from '../../api/use-query';
import { ActionOutcome } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { sentOf, useApiForm } from '../../components/use-api-form';
import {
  StaffDeadlinesDocument,
  StaffSetDeadlineDocument,
  StaffSetReviewIntervalDocument,
  type StaffDeadlinesQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

type DeadlinePolicy = NonNullable<NonNullable<StaffDeadlinesQuery['desk']>['deadlines']>[number];

/** One category's working days; the head edits them in place, staff read them. */
function DeadlineRow({ policy, slug, head, onDone }: { policy: DeadlinePolicy; slug: string; head: boolean; onDone(): void }) {
  const { t, label } = useI18n();
  const action = useApiForm({
    defaultValues: { ack: String(policy.acknowledgeDays), answer: String(policy.answerDays) },
    fields: { acknowledgeDays: 'ack', answerDays: 'answer' },
  });
  const category = label('category', policy.category);
  const save = action.submit(async ({ ack, answer }) => {
    const variables = { category: policy.category, acknowledgeDays: Number(ack), answerDays: Number(answer) };
    const sent = sentOf(await execute(forUnit(StaffSetDeadlineDocument, slug), variables));
    if (sent === true) onDone();
    return sent;
  });
  // The row's problems stay beside its save button: a table cell has no room beside each input.
  const problems = [action.problemAt('ack'), action.problemAt('answer'), ...action.problems].filter((p) => p !== undefined);
  const id = `deadline-${policy.category.toLowerCase()}`;
  return (
    <tr data-category={policy.category}>
      <th scope="row">{category}</th>
      {head ? (
        <>
          <td>
            <input
              id={`${id}-ack`}
              type="number"
              min={1}
              form={id}
              {...action.form.register('ack')}
              aria-invalid={action.problemAt('ack') ? true : undefined}
              aria-label={t('deskCases.ackDaysFor', { category })}
            />
          </td>
          <td>
            <input
              id={`${id}-answer`}
              type="number"
              min={1}
              form={id}
              {...action.form.register('answer')}
              aria-invalid={action.problemAt('answer') ? true : undefined}
              aria-label={t('deskCases.answerDaysFor', { category })}
            />
          </td>
          <td>
            <form id={id} onSubmit={save} noValidate>
              <button type="submit" className="button-secondary" disabled={action.sending}>
                {t('deskCases.saveFor', { category })}
              </button>
            </form>
            <ActionOutcome success={action.sent ? t('deskCases.deadlineSaved') : null} problems={problems} />
          </td>
        </>
      ) : (
        <>
          <td>{policy.acknowledgeDays}</td>
          <td>{policy.answerDays}</td>
        </>
      )}
    </tr>
  );
}

function ReviewInterval({ days, slug, head, onDone }: { days: number; slug: string; head: boolean; onDone(): void }) {
  const { t } = useI18n();
  const action = useApiForm({ defaultValues: { days: String(days) }, fields: { days: 'days' } });
  const save = action.submit(async (values) => {
    const sent = sentOf(await execute(forUnit(StaffSetReviewIntervalDocument, slug), { days: Number(values.days) }));
    if (sent === true) onDone();
    return sent;
  });
  const problems = [action.problemAt('days'), ...action.problems].filter((p) => p !== undefined);
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t('deskCases.reviewHeading')}</h2>
      <p data-testid="review-interval">{t('deskCases.reviewIntervalNow', { n: days })}</p>
      {head ? (
        <form onSubmit={save} noValidate className="toolbar">
          <label htmlFor="review-days">{t('deskCases.reviewInterval')}</label>
          <input
            id="review-days"
            type="number"
            min={7}
            max={1095}
            {...action.form.register('days')}
            aria-invalid={action.problemAt('days') ? true : undefined}
          />
          <button type="submit" className="button-secondary" disabled={action.sending}>
            {t('deskCases.reviewIntervalSave')}
          </button>
        </form>
      ) : null}
      <ActionOutcome success={action.sent ? t('deskCases.reviewIntervalSaved') : null} problems={problems} />
    </section>
  );
}

/** The unit's deadlines per category of case and its notice review interval; the head changes them. */
export function DeskSettingsPage() {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const head = useSession()?.role === 'UNIT_HEAD';
  const query = useQuery(forUnit(StaffDeadlinesDocument, unit?.slug ?? 'financeAssets'), undefined, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const desk = query.data?.desk;
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('deskCases.settingsTitle', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('deskCases.settingsLead')}</p>
      {head ? null : <p className="hint">{t('deskCases.headOnly')}</p>}
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !desk ? <Loading /> : null}
      {desk ? (
        <>
          <div className="table-wrap">
            <table data-testid="deadlines">
              <caption>{t('deskCases.deadlinesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('follow.category')}</th>
                  <th scope="col">{t('deskCases.acknowledgeDays')}</th>
                  <th scope="col">{t('deskCases.answerDays')}</th>
                  {head ? <th scope="col">{t('desk.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {(desk.deadlines ?? []).map((policy) => (
                  <DeadlineRow key={policy.category} policy={policy} slug={unit.slug} head={head} onDone={query.reload} />
                ))}
              </tbody>
            </table>
          </div>
          <ReviewInterval days={desk.reviewIntervalDays} slug={unit.slug} head={head} onDone={query.reload} />
        </>
      ) : null}
    </>
  );
}
