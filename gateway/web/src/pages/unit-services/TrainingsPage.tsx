import type { ReactNode } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { CardList } from '../../components/CardList';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm } from '../../components/SpecForm';
import { EvaluateTrainingDocument, TeacherTrainingsDocument, type TeacherTrainingsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, sendForm } from './desk-send';
import { RatingFacts, ratingsOf, useRatingFields } from './ratings';
import { ServiceHeading } from './service-links';

export const TRAINING_CRITERIA = ['content', 'trainer', 'usefulness', 'organisation'] as const;
/** How the unit's template names its yearly training-needs survey (services/teacherDevelopment). */
const NEEDS_SURVEY_TITLE = 'แบบสำรวจความต้องการในการพัฒนาครู';

export type Training = NonNullable<TeacherTrainingsQuery['teacherDevelopment']>['trainings']['nodes'][number];

/** The unit's trainings, latest first, paged; its training-needs surveys; `reload` after a change. */
export function useTrainings() {
  const paged = usePaged<Training>('');
  const query = useQuery(TeacherTrainingsDocument, { after: paged.after });
  const unit = query.data?.teacherDevelopment;
  const page = unit?.trainings;
  const needsSurveys = (unit?.surveys?.nodes ?? []).filter((s) => s.titleTh.startsWith(NEEDS_SURVEY_TITLE));
  return { ...query, paged, page, trainings: page ? paged.shown(page.nodes) : [], needsSurveys };
}

/** A training's dates, hours, participants and evaluations, with its mean ratings. */
export function TrainingFacts({ training }: { training: Training }) {
  const { t, format } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('training.dates')}</dt>
        <dd>
          {format.date(training.startsOn)}
          {training.endsOn !== training.startsOn ? ` – ${format.date(training.endsOn)}` : ''}
        </dd>
        <dt>{t('training.hours')}</dt>
        <dd>{t('training.hoursValue', { n: format.number(training.hours, 1) })}</dd>
        <dt>{t('training.participants')}</dt>
        <dd>{format.number(training.participantsCount)}</dd>
        <dt>{t('training.evaluations')}</dt>
        <dd data-testid="evaluation-count">{format.number(training.evaluationCount)}</dd>
      </dl>
      <h4>{t('training.meanRatings')}</h4>
      <RatingFacts prefix="training" criteria={TRAINING_CRITERIA} ratings={training.ratings} testId="training-ratings" />
    </>
  );
}

function EvaluateForm({ training, onDone }: { training: Training; onDone(): void }) {
  const ratingFields = useRatingFields('training', TRAINING_CRITERIA);
  return (
    <SpecForm
      id={`evaluate-${training.id}`}
      title="training.evaluateTitle"
      headingLevel={4}
      fields={[
        { name: 'code', label: 'training.code', kind: 'text', required: true, hint: 'training.codeHint' },
        ...ratingFields,
        { name: 'commentTh', label: 'training.comment', kind: 'textarea', hint: 'training.commentHint' },
      ]}
      submitLabel="training.evaluate"
      onSubmit={(values, key) =>
        sendForm(
          EvaluateTrainingDocument,
          {
            trainingId: training.id,
            code: values.code!,
            ratings: ratingsOf(TRAINING_CRITERIA, values),
            commentTh: orNull(values.commentTh),
            key,
          },
          'training.evaluated',
          onDone,
        )
      }
    />
  );
}

/** Links to the unit's training-needs survey of each year (the survey pages do the rest). */
export function NeedsSurveys({ surveys }: { surveys: ReturnType<typeof useTrainings>['needsSurveys'] }) {
  const { t, label, pick } = useI18n();
  return (
    <section aria-labelledby="needs-heading">
      <h2 id="needs-heading">{t('training.needsHeading')}</h2>
      {surveys.length === 0 ? <p>{t('training.noNeedsSurvey')}</p> : null}
      <ul className="service-links" data-testid="needs-surveys">
        {surveys.map((s) => (
          <li key={s.id}>
            <Link to={`/units/TEACHER_DEV/surveys/${s.id}`}>{pick(s.titleTh, s.titleEn ?? s.titleTh)}</Link>
            <span className="meta"> — {label('status', s.status)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The trainings with their mean ratings and the needs surveys; `extra` adds to each card. */
export function TrainingList({
  id,
  list,
  extra,
}: {
  id: string;
  list: ReturnType<typeof useTrainings>;
  extra(training: Training): ReactNode;
}) {
  const { t } = useI18n();
  const { data, problems, loading, reload, paged, page, trainings, needsSurveys } = list;
  return (
    <>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data ? <NeedsSurveys surveys={needsSurveys} /> : null}
      <CardList
        id={id}
        heading={t('training.listHeading')}
        none={t('training.none')}
        page={page}
        items={trainings}
        paged={paged}
        title={(training) => training.titleTh}
      >
        {(training) => (
          <>
            <TrainingFacts training={training} />
            {extra(training)}
          </>
        )}
      </CardList>
    </>
  );
}

/**
 * Teacher Development's trainings with how participants rated them, a participant's evaluation
 * with the one-time code they were given, and the yearly training-needs survey.
 */
export function TrainingsPage() {
  const { t } = useI18n();
  const list = useTrainings();
  return (
    <>
      <ServiceHeading unitCode="TEACHER_DEV" title="training.title" lead="training.lead" />
      <TrainingList
        id="trainings"
        list={list}
        extra={(training) => (
          <details className="ask">
            <summary>{t('training.evaluateThis')}</summary>
            <EvaluateForm training={training} onDone={list.reload} />
          </details>
        )}
      />
    </>
  );
}
