import { useState } from 'react';
import { forUnit } from '../../api/unit-operation';
import { SpecForm } from '../../components/SpecForm';
import { useQuery } from '../../api/use-query';
import { IssuedCodes } from '../../components/IssuedCodes';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { StaffIssueSurveyCodesDocument, StaffSurveyResultsDocument, type StaffSurveysQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { SurveyResults } from '../take-part/SurveyPage';
import { refuse, sendForm, wholeNumberOf } from '../unit-services/desk-send';

export type DeskSurvey = NonNullable<NonNullable<StaffSurveysQuery['desk']>['surveys']>['nodes'][number];

/** Participant codes of a LISTED survey: issued here and shown this once, to print and hand out. */
function SurveyCodes({ survey, slug, changed }: { survey: DeskSurvey; slug: string; changed(): void }) {
  const { t, format } = useI18n();
  const [codes, setCodes] = useState<readonly string[]>([]);
  return (
    <>
      <p className="meta" data-testid="codes-issued">
        {t('surveyDesk.codesIssued', { n: format.number(survey.codesIssued) })}
      </p>
      <SpecForm
        id={`codes-${survey.id}`}
        title="surveyDesk.issueTitle"
        headingLevel={4}
        fields={[{ name: 'count', label: 'surveyDesk.codeCount', kind: 'number', required: true, hint: 'surveyDesk.codeCountHint' }]}
        submitLabel="surveyDesk.issue"
        onSubmit={(values) => {
          const count = wholeNumberOf(values.count);
          if (count === null) return refuse('count', 'surveyDesk.err.count');
          return sendForm(forUnit(StaffIssueSurveyCodesDocument, slug), { surveyId: survey.id, count }, 'surveyDesk.issued', (data) => {
            setCodes(data.desk?.issueSurveyCodes ?? []);
            changed();
          });
        }}
      />
      <IssuedCodes codes={codes} keep={t('surveyDesk.codesKeep')} testId="survey-codes" />
    </>
  );
}

/** A survey's results, asked for once staff open them (and again each time the list changes). */
function ResultsAtDesk({ id, slug }: { id: string; slug: string }) {
  const results = useQuery(forUnit(StaffSurveyResultsDocument, slug), { id });
  const survey = results.data?.desk?.survey;
  return (
    <>
      <ProblemNotice problems={results.problems} onRetry={results.reload} />
      {results.loading ? <Loading /> : null}
      {survey ? <SurveyResults survey={survey} level={4} /> : null}
    </>
  );
}

/** One survey at the desk: what it is, its codes (LISTED), and its results as they come in. */
export function DeskSurveyCard({
  survey,
  unitCode,
  slug,
  changed,
}: {
  survey: DeskSurvey;
  unitCode: string;
  slug: string;
  changed(): void;
}) {
  const { t, label, pick, format } = useI18n();
  const [resultsOpen, setResultsOpen] = useState(false);
  return (
    <li className="card" data-survey={survey.id}>
      <h3>{pick(survey.titleTh, survey.titleEn)}</h3>
      <p className="badges">
        <span className="badge">{label('status', survey.status)}</span>{' '}
        <span className="badge">{label('surveyDesk.eligibility', survey.eligibility)}</span>
        {survey.template ? (
          <>
            {' '}
            <span className="badge">{label('surveyDesk.template', survey.template)}</span>
          </>
        ) : null}
      </p>
      <p className="meta">
        {t('take.window', { from: format.dateTime(survey.opensAt), to: format.dateTime(survey.closesAt) })} ·{' '}
        <Link to={`/units/${unitCode}/surveys/${survey.id}`}>{t('consultDesk.publicPage')}</Link>
      </p>
      {survey.eligibility === 'LISTED' ? <SurveyCodes survey={survey} slug={slug} changed={changed} /> : null}
      <details onToggle={(e) => setResultsOpen(e.currentTarget.open)}>
        <summary>{t('surveyDesk.results', { n: format.number(survey.responseCount) })}</summary>
        {resultsOpen ? <ResultsAtDesk id={survey.id} slug={slug} /> : null}
      </details>
    </li>
  );
}
