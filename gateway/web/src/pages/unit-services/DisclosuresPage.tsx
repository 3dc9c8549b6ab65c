import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { MoreButton } from '../../components/MoreButton';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm } from '../../components/SpecForm';
import {
  AskAboutDisclosureDocument,
  FinanceDisclosuresDocument,
  type DisclosureItemFragment,
  type DisclosureKind,
  type FinanceDisclosuresQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { sendForm } from './desk-send';
import { ServiceHeading } from './service-links';

export const DISCLOSURE_KINDS: readonly DisclosureKind[] = ['PROCUREMENT_PLAN', 'PROCUREMENT_RESULT', 'SPENDING_REPORT'];

type Totals = NonNullable<FinanceDisclosuresQuery['financeAssets']>['disclosureTotals'];

/** A fiscal year's disclosures of a kind (`?fy=`), paged; `reload` after a change. */
export function useDisclosures(kind: DisclosureKind | null) {
  const fiscalYear = useFiscalYearParam();
  const paged = usePaged<DisclosureItemFragment>(`${fiscalYear}:${kind ?? ''}`);
  const query = useQuery(FinanceDisclosuresDocument, { fiscalYear, kind, after: paged.after });
  const page = query.data?.financeAssets?.disclosures;
  return { ...query, fiscalYear, paged, page, disclosures: page ? paged.shown(page.nodes) : [] };
}

function TotalsTable({ totals, fiscalYear }: { totals: Totals; fiscalYear: number }) {
  const { t, label, format } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid="disclosure-totals">
        <caption>{t('finance.totals', { year: fiscalYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('finance.kind')}</th>
            <th scope="col">{t('finance.count')}</th>
            <th scope="col">{t('finance.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{label('disclosureKind', row.kind)}</th>
              <td>{format.number(row.count)}</td>
              <td>{t('finance.baht', { amount: format.baht(row.amountBaht) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a disclosure says: its kind, method, project, amount, seller and dates. */
export function DisclosureFacts({ disclosure }: { disclosure: DisclosureItemFragment }) {
  const { t, label, format } = useI18n();
  return (
    <>
      <p className="badges">
        <span className="badge">{label('disclosureKind', disclosure.kind)}</span>
        <span className="badge">{label('method', disclosure.method)}</span>
      </p>
      <dl className="facts">
        <dt>{t('finance.project')}</dt>
        <dd>{disclosure.projectTh}</dd>
        <dt>{t('finance.amount')}</dt>
        <dd>{t('finance.baht', { amount: format.baht(disclosure.amountBaht) })}</dd>
        <dt>{t('finance.vendor')}</dt>
        <dd>{disclosure.vendorName ?? t('common.dash')}</dd>
        <dt>{t('finance.publishedOn')}</dt>
        <dd>{format.date(disclosure.publishedOn)}</dd>
      </dl>
    </>
  );
}

function Questions({ disclosure }: { disclosure: DisclosureItemFragment }) {
  const { t, format } = useI18n();
  if (disclosure.questions.length === 0) return <p>{t('finance.noQuestions')}</p>;
  return (
    <ol className="history" data-testid="questions">
      {disclosure.questions.map((q) => (
        <li key={q.id} data-question={q.id}>
          <p className="prose">{q.question}</p>
          <p className="meta">{t('finance.askedOn', { date: format.dateTime(q.askedAt) })}</p>
          {q.answerTh ? (
            <div className="answer" data-testid="question-answer">
              {q.answerTh}
              {q.answeredAt ? <p className="meta">{t('follow.answered', { date: format.dateTime(q.answeredAt) })}</p> : null}
            </div>
          ) : (
            <p className="meta">{t('finance.awaitingAnswer')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * Finance and Assets' procurement and spending disclosures of a fiscal year (ITA's open data):
 * each with people's questions and the unit's public answers, and a form to ask one.
 */
export function DisclosuresPage() {
  const { t, label } = useI18n();
  const [kind, setKind] = useState<DisclosureKind | ''>('');
  const { data, problems, loading, reload, fiscalYear, paged, page, disclosures } = useDisclosures(kind || null);
  const totals = data?.financeAssets?.disclosureTotals;
  return (
    <>
      <ServiceHeading unitCode="FINANCE" title="finance.title" lead="finance.lead" />
      <div className="toolbar">
        <FiscalYearSelect id="disclosures-fy" value={fiscalYear} />
        <ChoiceFilter
          id="disclosures-kind"
          label={t('finance.kind')}
          allLabel={t('finance.allKinds')}
          value={kind}
          choices={DISCLOSURE_KINDS.map((value) => ({ value, label: label('disclosureKind', value) }))}
          onChange={setKind}
        />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {totals ? <TotalsTable totals={totals} fiscalYear={fiscalYear} /> : null}
      {page && disclosures.length === 0 ? <p role="status">{t('finance.none')}</p> : null}
      <ul className="cards cards-wide" data-testid="disclosures">
        {disclosures.map((d) => (
          <li key={d.id} className="card" data-disclosure={d.id}>
            <article aria-labelledby={`disclosure-${d.id}`}>
              <h2 id={`disclosure-${d.id}`}>{d.titleTh}</h2>
              <DisclosureFacts disclosure={d} />
              <h3>{t('finance.questions', { n: d.questions.length })}</h3>
              <Questions disclosure={d} />
              <details className="ask">
                <summary>{t('finance.askAbout')}</summary>
                <SpecForm
                  id={`ask-${d.id}`}
                  title="finance.askTitle"
                  headingLevel={3}
                  fields={[{ name: 'question', label: 'finance.question', kind: 'textarea', required: true, hint: 'finance.questionHint' }]}
                  submitLabel="finance.ask"
                  onSubmit={(values, key) =>
                    sendForm(AskAboutDisclosureDocument, { disclosureId: d.id, question: values.question!, key }, 'finance.asked', reload)
                  }
                />
              </details>
            </article>
          </li>
        ))}
      </ul>
      {page ? <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} /> : null}
    </>
  );
}
