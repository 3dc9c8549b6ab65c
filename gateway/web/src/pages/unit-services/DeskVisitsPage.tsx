import { useState } from 'react';
import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { RecordSupervisionVisitDocument, type RecordSupervisionVisitMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { besideList, listOf, sendForm, todayInBangkok } from './desk-send';
import { DeskHeading, SERVICE_PATHS } from './service-links';
import { useVisits, VisitsOfYear } from './SupervisionVisitsPage';

type Recorded = NonNullable<RecordSupervisionVisitMutation['supervision']>['recordSupervisionVisit'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'schoolName', label: 'visit.school', kind: 'text', required: true },
  { name: 'visitedOn', label: 'visit.visitedOn', kind: 'date', initial: todayInBangkok(), required: true },
  { name: 'topicTh', label: 'visit.topic', kind: 'text', required: true },
  { name: 'supervisors', label: 'visit.supervisors', kind: 'textarea', required: true, hint: 'visit.supervisorsHint' },
];

/** Supervision's desk: record a visit (the code to leave with the school, shown once) and read the ratings and comments. */
export function DeskVisitsPage() {
  return <RequireDeskUnit code="SUPERVISION">{() => <DeskVisits />}</RequireDeskUnit>;
}

function DeskVisits() {
  const { t } = useI18n();
  const list = useVisits();
  const reload = list.reload;
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  return (
    <>
      <DeskHeading title="visit.deskTitle" lead="visit.deskLead" publicPage={{ to: SERVICE_PATHS.visits, label: 'visit.title' }} />
      <SpecForm
        id="visit"
        title="visit.recordTitle"
        fields={FIELDS}
        submitLabel="visit.record"
        onSubmit={(values) => {
          setRecorded(null);
          const supervisors = listOf(values.supervisors);
          return sendForm(
            RecordSupervisionVisitDocument,
            { input: { schoolName: values.schoolName!, visitedOn: values.visitedOn!, topicTh: values.topicTh!, supervisors } },
            'visit.recorded',
            (data) => {
              setRecorded(data.supervision?.recordSupervisionVisit ?? null);
              reload();
            },
          ).then((r) => ({ ...r, problems: besideList(r.problems, 'supervisors') }));
        }}
      />
      {recorded ? (
        <div className="notice" data-testid="visit-code-notice">
          <p>
            {t('visit.codeFor', { school: recorded.visit.schoolName })}{' '}
            <output className="case-code" data-testid="visit-code">
              {recorded.feedbackCode}
            </output>
          </p>
          <p>{t('visit.codeKeep')}</p>
        </div>
      ) : null}
      <VisitsOfYear
        id="desk-visits"
        list={list}
        extra={(visit) =>
          visit.commentTh ? (
            <p className="prose" data-testid="visit-comment">
              <strong>{t('visit.schoolComment')}:</strong> {visit.commentTh}
            </p>
          ) : null
        }
      />
    </>
  );
}
