import { useState } from 'react';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, toDateTime, type FieldSpec } from '../../components/SpecForm';
import { StaffCreateSatisfactionSurveyDocument, StaffSurveysDocument, type SurveyEligibility } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { orNull, sendForm } from '../unit-services/desk-send';
import { DeskHeading } from '../unit-services/service-links';
import { DeskSurveyCard, type DeskSurvey } from './DeskSurveyCard';
import { SurveyBuilder } from './SurveyBuilder';

/** The unit's surveys at its desk: the one-click satisfaction survey, the builder, and each survey's codes and results. */
export function DeskSurveysPage() {
  const { t, label, format } = useI18n();
  const unit = useDeskUnit();
  // A change starts the list again from its first page, so no card shows what was true before.
  const [round, setRound] = useState(0);
  const paged = usePaged<DeskSurvey>(String(round));
  const list = useQuery(forUnit(StaffSurveysDocument, unit?.slug ?? 'financeAssets'), { after: paged.after }, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const slug = unit.slug;
  const page = list.data?.desk?.surveys;
  const changed = () => {
    setRound((n) => n + 1);
    list.reload();
  };
  const satisfaction: FieldSpec[] = [
    { name: 'titleTh', label: 'surveyDesk.titleOptional', kind: 'text', hint: 'surveyDesk.satisfactionHint' },
    {
      name: 'eligibility',
      label: 'surveyDesk.eligibility',
      kind: 'select',
      options: (['OPEN', 'LISTED'] as const).map((value) => ({ value, label: label('surveyDesk.eligibility', value) })),
      initial: 'OPEN',
      required: true,
    },
    { name: 'opensAt', label: 'desk.opensAt', kind: 'datetime', required: true },
    { name: 'closesAt', label: 'desk.closesAt', kind: 'datetime', required: true },
  ];
  const shown = page ? paged.shown(page.nodes) : [];
  return (
    <>
      <DeskHeading title="surveyDesk.title" lead="surveyDesk.lead" />
      <SpecForm
        id="satisfaction"
        title="surveyDesk.satisfactionTitle"
        fields={satisfaction}
        submitLabel="surveyDesk.createSatisfaction"
        onSubmit={(v) =>
          sendForm(
            forUnit(StaffCreateSatisfactionSurveyDocument, slug),
            {
              titleTh: orNull(v.titleTh),
              eligibility: v.eligibility as SurveyEligibility,
              opensAt: toDateTime(v.opensAt)!,
              closesAt: toDateTime(v.closesAt)!,
            },
            'surveyDesk.satisfactionCreated',
            changed,
          )
        }
      />
      <SurveyBuilder slug={slug} created={changed} />
      <ProblemNotice problems={list.problems} onRetry={list.reload} />
      {list.loading ? <Loading /> : null}
      {page ? (
        <section aria-labelledby="surveys-heading">
          <h2 id="surveys-heading">{t('surveyDesk.listCaption', { n: format.number(page.totalCount) })}</h2>
          {shown.length ? (
            <ul className="cards" data-testid="desk-surveys">
              {shown.map((survey) => (
                <DeskSurveyCard key={survey.id} survey={survey} unitCode={unit.code} slug={slug} changed={changed} />
              ))}
            </ul>
          ) : (
            <p role="status">{t('surveyDesk.empty')}</p>
          )}
          <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} />
        </section>
      ) : null}
    </>
  );
}
