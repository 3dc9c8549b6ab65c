import { useState, type FormEvent } from 'react';
import { forUnit, useDeskUnit } from '../../api/unit-desk';
import { useAction } from '../../api/use-action';
import { useQuery } from '../../api/use-query';
import { ActionOutcome, Field, splitFieldProblems } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { StaffAnswerTemplatesDocument, StaffCreateAnswerTemplateDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

const EMPTY = { titleTh: '', bodyTh: '', bodyEn: '' };
const IDS = { titleTh: 'template-title', bodyTh: 'template-body-th', bodyEn: 'template-body-en' } as const;

function TemplateForm({ slug, onDone }: { slug: string; onDone(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [draft, setDraft] = useState(EMPTY);
  const { byInput, rest } = splitFieldProblems(action.problems, IDS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...draft, bodyEn: draft.bodyEn.trim() || null };
    if (await action.run(forUnit(StaffCreateAnswerTemplateDocument, slug), { input }, 'deskCases.templateCreated')) {
      setDraft(EMPTY);
      onDone();
    }
  };
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form onSubmit={submit} noValidate>
      <Field id={IDS.titleTh} label={`${t('deskCases.templateTitle')} ${t('common.required')}`} problem={byInput[IDS.titleTh]}>
        {(aria) => <input {...aria} value={draft.titleTh} onChange={(e) => set('titleTh')(e.target.value)} />}
      </Field>
      <Field id={IDS.bodyTh} label={`${t('deskCases.templateBodyTh')} ${t('common.required')}`} problem={byInput[IDS.bodyTh]}>
        {(aria) => <textarea {...aria} value={draft.bodyTh} onChange={(e) => set('bodyTh')(e.target.value)} />}
      </Field>
      <Field id={IDS.bodyEn} label={`${t('deskCases.templateBodyEn')} ${t('common.optional')}`} problem={byInput[IDS.bodyEn]}>
        {(aria) => <textarea {...aria} value={draft.bodyEn} onChange={(e) => set('bodyEn')(e.target.value)} />}
      </Field>
      <button type="submit" className="button-primary" disabled={action.sending}>
        {t('deskCases.templateCreate')}
      </button>
      <ActionOutcome success={action.done ? t(action.done) : null} problems={rest} />
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
