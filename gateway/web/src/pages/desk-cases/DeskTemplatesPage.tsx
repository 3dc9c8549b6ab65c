import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { useQuery } from '../../api/use-query';
import { ActionOutcome, Field } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { sentOf, useApiForm } from '../../components/use-api-form';
import { StaffAnswerTemplatesDocument, StaffCreateAnswerTemplateDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

const EMPTY = { titleTh: '', bodyTh: '', bodyEn: '' };
const IDS = { titleTh: 'template-title', bodyTh: 'template-body-th', bodyEn: 'template-body-en' } as const;

function TemplateForm({ slug, onDone }: { slug: string; onDone(): void }) {
  const { t } = useI18n();
  const action = useApiForm({ defaultValues: EMPTY, fields: { titleTh: 'titleTh', bodyTh: 'bodyTh', bodyEn: 'bodyEn' } });
  const submit = action.submit(async (draft) => {
    const input = { ...draft, bodyEn: draft.bodyEn.trim() || null };
    const sent = sentOf(await execute(forUnit(StaffCreateAnswerTemplateDocument, slug), { input }));
    if (sent === true) {
      action.form.reset(EMPTY);
      onDone();
    }
    return sent;
  });
  return (
    <form onSubmit={submit} noValidate>
      <Field id={IDS.titleTh} label={`${t('deskCases.templateTitle')} ${t('common.required')}`} problem={action.problemAt('titleTh')}>
        {(aria) => <input {...aria} {...action.form.register('titleTh')} />}
      </Field>
      <Field id={IDS.bodyTh} label={`${t('deskCases.templateBodyTh')} ${t('common.required')}`} problem={action.problemAt('bodyTh')}>
        {(aria) => <textarea {...aria} {...action.form.register('bodyTh')} />}
      </Field>
      <Field id={IDS.bodyEn} label={`${t('deskCases.templateBodyEn')} ${t('common.optional')}`} problem={action.problemAt('bodyEn')}>
        {(aria) => <textarea {...aria} {...action.form.register('bodyEn')} />}
      </Field>
      <button type="submit" className="button-primary" disabled={action.sending}>
        {t('deskCases.templateCreate')}
      </button>
      <ActionOutcome success={action.sent ? t('deskCases.templateCreated') : null} problems={action.problems} />
    </form>
  );
}

/** The unit's answer templates: what it has and a form for another. */
export function DeskTemplatesPage() {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const query = useQuery(forUnit(StaffAnswerTemplatesDocument, unit?.slug ?? 'financeAssets'), undefined, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const list = query.data?.desk?.answerTemplates ?? [];
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('deskCases.templatesTitle', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('deskCases.templatesLead')}</p>
      <TemplateForm slug={unit.slug} onDone={query.reload} />
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !query.data ? <Loading /> : null}
      {query.data ? (
        <section aria-labelledby="templates-heading">
          <h2 id="templates-heading">{t('deskCases.templateList', { n: list.length })}</h2>
          {list.length === 0 ? <p className="meta">{t('desk.noTemplates')}</p> : null}
          <ul className="cards" data-testid="templates">
            {list.map((x) => (
              <li key={x.id} className="card">
                <h3>{x.titleTh}</h3>
                <p>{pick(x.bodyTh, x.bodyEn)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
