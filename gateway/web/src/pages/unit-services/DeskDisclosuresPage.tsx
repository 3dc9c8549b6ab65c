import { useState } from 'react';
import { RequireDeskUnit } from '../../components/RequireRole';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, type FieldSpec, type FormValues } from '../../components/SpecForm';
import {
  AnswerDisclosureQuestionDocument,
  PublishDisclosureDocument,
  type DisclosureKind,
  type ProcurementMethod,
} from '../../gql/graphql';
import { fiscalYearOf } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { DISCLOSURE_KINDS, DisclosureFacts, useDisclosures } from './DisclosuresPage';
import { numberOf, orNull, refuse, sendForm, todayInBangkok, wholeNumberOf } from './desk-send';
import { SERVICE_PATHS } from './service-links';

const METHODS: readonly ProcurementMethod[] = ['E_BIDDING', 'E_MARKET', 'SELECTION', 'SPECIFIC', 'OTHER'];

function publish(values: FormValues) {
  const amountBaht = numberOf(values.amountBaht);
  const fiscalYear = wholeNumberOf(values.fiscalYear);
  if (amountBaht === null) return refuse('amountBaht', 'finance.err.amount');
  if (fiscalYear === null) return refuse('fiscalYear', 'finance.err.fiscalYear');
  return sendForm(
    PublishDisclosureDocument,
    {
      input: {
        kind: values.kind as DisclosureKind,
        titleTh: values.titleTh!,
        projectTh: values.projectTh!,
        amountBaht,
        method: values.method as ProcurementMethod,
        vendorName: orNull(values.vendorName),
        fiscalYear,
        publishedOn: values.publishedOn!,
      },
    },
    'finance.published',
  );
}

/** Questions still waiting for the unit's answer (of the year shown), each with its answer form. */
function Unanswered() {
  const { t, format } = useI18n();
  const { data, problems, loading, reload, fiscalYear, disclosures } = useDisclosures(null);
  // The answered question leaves the list (and its form with it): the page says it went out.
  const [answered, setAnswered] = useState(false);
  const waiting = disclosures.flatMap((d) => d.questions.filter((q) => !q.answerTh).map((q) => ({ q, d })));
  return (
    <section aria-labelledby="unanswered-heading">
      <h2 id="unanswered-heading">{t('finance.unanswered')}</h2>
      <div className="toolbar">
        <FiscalYearSelect id="desk-disclosures-fy" value={fiscalYear} />
      </div>
      {answered ? (
        <div className="notice notice-success" role="status" data-testid="answer-sent">
          <p>{t('finance.answered')}</p>
        </div>
      ) : null}
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data && waiting.length === 0 ? <p role="status">{t('finance.noneWaiting')}</p> : null}
      <ul className="cards cards-wide" data-testid="unanswered">
        {waiting.map(({ q, d }) => (
          <li key={q.id} className="card" data-question={q.id}>
            <article aria-labelledby={`q-${q.id}`}>
              <h3 id={`q-${q.id}`}>{d.titleTh}</h3>
              <DisclosureFacts disclosure={d} />
              <p className="prose">{q.question}</p>
              <p className="meta">{t('finance.askedOn', { date: format.dateTime(q.askedAt) })}</p>
              <SpecForm
                id={`answer-${q.id}`}
                title="finance.answerTitle"
                headingLevel={4}
                fields={[{ name: 'answerTh', label: 'finance.answer', kind: 'textarea', required: true }]}
                submitLabel="finance.sendAnswer"
                onSubmit={(values) => {
                  setAnswered(false);
                  return sendForm(
                    AnswerDisclosureQuestionDocument,
                    { questionId: q.id, answerTh: values.answerTh! },
                    'finance.answered',
                    () => {
                      setAnswered(true);
                      reload();
                    },
                  );
                }}
              />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Finance and Assets' desk: publish a disclosure, answer the public's questions about them. */
export function DeskDisclosuresPage() {
  return <RequireDeskUnit code="FINANCE">{(unit) => <DeskDisclosures unitName={[unit.nameTh, unit.nameEn]} />}</RequireDeskUnit>;
}

function DeskDisclosures({ unitName }: { unitName: [string, string] }) {
  const { t, label, pick } = useI18n();
  const choices = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: label(prefix, value) }));
  const fields: FieldSpec[] = [
    {
      name: 'kind',
      label: 'finance.kind',
      kind: 'select',
      options: choices('disclosureKind', DISCLOSURE_KINDS),
      initial: 'PROCUREMENT_RESULT',
      required: true,
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'projectTh', label: 'finance.project', kind: 'text', required: true },
    { name: 'amountBaht', label: 'finance.amountInput', kind: 'number', required: true, hint: 'finance.amountHint' },
    { name: 'method', label: 'finance.method', kind: 'select', options: choices('method', METHODS), initial: 'E_BIDDING', required: true },
    { name: 'vendorName', label: 'finance.vendor', kind: 'text' },
    { name: 'fiscalYear', label: 'dash.fiscalYear', kind: 'number', initial: String(fiscalYearOf(new Date())), required: true },
    { name: 'publishedOn', label: 'finance.publishedOn', kind: 'date', initial: todayInBangkok(), required: true },
  ];
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('finance.deskHeading', { unit: pick(...unitName) })}</h1>
      <p className="lead">
        {t('finance.deskLead')} <Link to={SERVICE_PATHS.disclosures}>{t('finance.title')}</Link>
      </p>
      <SpecForm id="disclosure" title="finance.publishTitle" fields={fields} submitLabel="finance.publish" onSubmit={publish} />
      <Unanswered />
    </>
  );
}
