import { useState } from 'react';
import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { useQuery } from '../../api/use-query';
import { ActionOutcome, Field } from '../../components/FormParts';
import { ProblemNotice } from '../../components/ProblemNotice';
import { sentOf, useApiForm } from '../../components/use-api-form';
import { StaffAnswerCasesFromTemplateDocument, StaffAnswerTemplatesDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** Cases a template may answer (acknowledged, not yet answered; the API's lifecycle). */
export const ANSWERABLE = ['ACKNOWLEDGED', 'IN_PROGRESS'];

/** Answers the cases selected in the queue with one of the unit's templates: all of them or none. */
export function BatchAnswer({ slug, ids, onDone }: { slug: string; ids: readonly string[]; onDone(): void }) {
  const { t } = useI18n();
  const templates = useQuery(forUnit(StaffAnswerTemplatesDocument, slug));
  const action = useApiForm({ defaultValues: { templateId: '' }, fields: { templateId: 'templateId' } });
  const templateId = action.form.watch('templateId');
  const [answered, setAnswered] = useState(0);
  const list = templates.data?.desk?.answerTemplates ?? [];
  const submit = action.submit(async ({ templateId }) => {
    const result = await execute(forUnit(StaffAnswerCasesFromTemplateDocument, slug), { ids: [...ids], templateId });
    const sent = sentOf(result);
    if (sent === true) {
      setAnswered(result.data?.desk?.answerCasesFromTemplate.length ?? 0);
      onDone();
    }
    return sent;
  });
  return (
    <section aria-labelledby="batch-heading" data-testid="batch-answer">
      <h2 id="batch-heading">{t('deskCases.batch')}</h2>
      <p className="hint">{t('deskCases.batchHint')}</p>
      <ProblemNotice problems={templates.problems} onRetry={templates.reload} />
      {templates.data && list.length === 0 ? (
        <p className="hint">
          {t('desk.noTemplates')} <Link to="/desk/templates">{t('deskCases.templatesLink')}</Link>
        </p>
      ) : null}
      {list.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <p data-testid="batch-selected">{t('deskCases.batchSelected', { n: ids.length })}</p>
          <Field id="batch-template" label={t('desk.template')} problem={action.problemAt('templateId')}>
            {(aria) => (
              <select {...aria} {...action.form.register('templateId')}>
                <option value="">{t('desk.templateNone')}</option>
                {list.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.titleTh}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button-primary" disabled={action.sending || ids.length === 0 || !templateId}>
            {t('deskCases.batchSend')}
          </button>
        </form>
      ) : null}
      <ActionOutcome success={action.sent ? t('deskCases.batchDone', { n: answered }) : null} problems={action.problems} />
    </section>
  );
}
