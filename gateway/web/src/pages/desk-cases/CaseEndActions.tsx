import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { useAction } from '../../api/use-action';
import { ActionOutcome, Field } from '../../components/FormParts';
import { sentOf, useApiForm } from '../../components/use-api-form';
import { StaffCloseCaseDocument, StaffRejectCaseDocument, type FeedbackStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';

/** Statuses a case may still be rejected from (before an answer; the API's lifecycle). */
const REJECTABLE: readonly FeedbackStatus[] = ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'];

/**
 * The end of a case: close it once answered, or reject it (before an answer) with a reason the
 * submitter sees. The form goes once the case has ended, so the page says what happened.
 */
export function CaseEndActions({
  c,
  slug,
  onDone,
}: {
  c: { id: string; status: FeedbackStatus };
  slug: string;
  onDone(said: MessageKey): void;
}) {
  const { t } = useI18n();
  const closing = useAction();
  const rejecting = useApiForm({ defaultValues: { reason: '' }, fields: { reason: 'reason' } });
  const close = async () => {
    if (await closing.run(forUnit(StaffCloseCaseDocument, slug), { id: c.id }, 'deskCases.closed')) onDone('deskCases.closed');
  };
  const reject = rejecting.submit(async ({ reason }) => {
    const sent = sentOf(await execute(forUnit(StaffRejectCaseDocument, slug), { id: c.id, reason }));
    if (sent === true) onDone('deskCases.rejected');
    return sent;
  });
  if (c.status !== 'ANSWERED' && !REJECTABLE.includes(c.status)) return null;
  return (
    <section aria-labelledby="end-heading">
      <h3 id="end-heading">{t('deskCases.end')}</h3>
      {c.status === 'ANSWERED' ? (
        <>
          <p className="hint">{t('deskCases.closeHint')}</p>
          <button type="button" className="button-primary" disabled={closing.sending} onClick={close}>
            {t('deskCases.close')}
          </button>
          <ActionOutcome success={null} problems={closing.problems} />
        </>
      ) : (
        <form onSubmit={reject} noValidate>
          <Field id="reject-reason" label={`${t('deskCases.reason')} ${t('common.required')}`} problem={rejecting.problemAt('reason')}>
            {(aria) => <textarea {...aria} {...rejecting.form.register('reason')} />}
          </Field>
          <button type="submit" className="button-secondary" disabled={rejecting.sending}>
            {t('deskCases.reject')}
          </button>
          <ActionOutcome success={null} problems={rejecting.problems} />
        </form>
      )}
    </section>
  );
}
