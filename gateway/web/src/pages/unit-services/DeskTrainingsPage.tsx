import { useState } from 'react';
import { IssuedCodes } from '../../components/IssuedCodes';
import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { IssueEvaluationCodesDocument, OpenTrainingNeedsSurveyDocument, RecordTrainingDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { numberOf, refuse, sendForm, todayInBangkok, wholeNumberOf } from './desk-send';
import { DeskHeading, SERVICE_PATHS } from './service-links';
import { TemplateSurveyForm } from './TemplateSurveyForm';
import { TrainingList, useTrainings, type Training } from './TrainingsPage';

const RECORD: readonly FieldSpec[] = [
  { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
  { name: 'startsOn', label: 'training.startsOn', kind: 'date', initial: todayInBangkok(), required: true },
  { name: 'endsOn', label: 'training.endsOn', kind: 'date', initial: todayInBangkok(), required: true },
  { name: 'hours', label: 'training.hours', kind: 'number', required: true, hint: 'training.hoursHint' },
  { name: 'participantsCount', label: 'training.participants', kind: 'number', required: true },
];

/** A training at the desk: its ratings, the participants' comments, and codes to hand out. */
function TrainingAtDesk({ training, onChanged }: { training: Training; onChanged(): void }) {
  const { t, format } = useI18n();
  const [codes, setCodes] = useState<readonly string[]>([]);
  return (
    <>
      <p className="meta">
        {t('training.codesIssued', { n: format.number(training.codesIssued), of: format.number(training.participantsCount) })}
      </p>
      <h4>{t('training.comments')}</h4>
      {training.comments?.length ? (
        <ul data-testid="training-comments">
          {training.comments.map((comment, i) => (
            <li key={i} className="prose">
              {comment}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('training.noComments')}</p>
      )}
      <SpecForm
        id={`codes-${training.id}`}
        title="training.issueTitle"
        headingLevel={4}
        fields={[{ name: 'count', label: 'training.codeCount', kind: 'number', required: true, hint: 'training.codeCountHint' }]}
        submitLabel="training.issue"
        onSubmit={(values) => {
          const count = wholeNumberOf(values.count);
          if (count === null) return refuse('count', 'training.err.count');
          return sendForm(IssueEvaluationCodesDocument, { trainingId: training.id, count }, 'training.issued', (data) => {
            setCodes(data.teacherDevelopment?.issueEvaluationCodes ?? []);
            onChanged();
          });
        }}
      />
      <IssuedCodes codes={codes} keep={t('training.codesKeep')} testId="evaluation-codes" />
    </>
  );
}

/** Teacher Development's desk: record a training, hand out evaluation codes, open the needs survey. */
export function DeskTrainingsPage() {
  return <RequireDeskUnit code="TEACHER_DEV">{() => <DeskTrainings />}</RequireDeskUnit>;
}

function DeskTrainings() {
  const list = useTrainings();
  const reload = list.reload;
  return (
    <>
      <DeskHeading
        title="training.deskTitle"
        lead="training.deskLead"
        publicPage={{ to: SERVICE_PATHS.trainings, label: 'training.title' }}
      />
      <SpecForm
        id="training"
        title="training.recordTitle"
        fields={RECORD}
        submitLabel="training.record"
        onSubmit={(values) => {
          const hours = numberOf(values.hours);
          const participantsCount = wholeNumberOf(values.participantsCount);
          if (hours === null) return refuse('hours', 'training.err.hours');
          if (participantsCount === null) return refuse('participantsCount', 'training.err.count');
          return sendForm(
            RecordTrainingDocument,
            { input: { titleTh: values.titleTh!, startsOn: values.startsOn!, endsOn: values.endsOn!, hours, participantsCount } },
            'training.recorded',
            reload,
          );
        }}
      />
      <TemplateSurveyForm
        id="needs-survey"
        unitCode="TEACHER_DEV"
        title="training.openSurveyTitle"
        submitLabel="training.openSurvey"
        perFiscalYear
        open={({ fiscalYear, opensAt, closesAt }, opened) =>
          sendForm(OpenTrainingNeedsSurveyDocument, { fiscalYear: fiscalYear!, opensAt, closesAt }, 'training.surveyOpened', (data) => {
            opened(data.teacherDevelopment!.openTrainingNeedsSurvey);
            reload();
          })
        }
      />
      <TrainingList id="desk-trainings" list={list} extra={(training) => <TrainingAtDesk training={training} onChanged={reload} />} />
    </>
  );
}
