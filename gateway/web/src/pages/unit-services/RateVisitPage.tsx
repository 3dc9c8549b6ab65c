import { useState } from 'react';
import { Receipt } from '../../components/Receipt';
import { SpecForm } from '../../components/SpecForm';
import { RateSupervisionVisitDocument, type RateSupervisionVisitMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, sendForm } from './desk-send';
import { RatingFacts, ratingsOf, useRatingFields } from './ratings';
import { SERVICE_PATHS, ServiceHeading } from './service-links';
import { VISIT_CRITERIA } from './SupervisionVisitsPage';

type Rated = NonNullable<RateSupervisionVisitMutation['supervision']>['rateSupervisionVisit'];

/** A school rates the supervision visit it received, once, with the code the supervisors left. */
export function RateVisitPage() {
  const { t, format } = useI18n();
  const ratingFields = useRatingFields('visit', VISIT_CRITERIA);
  const [rated, setRated] = useState<{ rating: Rated; scores: Record<string, number> } | null>(null);
  return (
    <>
      <ServiceHeading unitCode="SUPERVISION" title="visit.rateTitle" lead="visit.rateLead" />
      {rated ? (
        <Receipt
          title={t('visit.thanks')}
          codes={[]}
          receivedAt={rated.rating.submittedAt}
          keep={t('visit.ratedOnce')}
          another={{ label: t('visit.another'), onClick: () => setRated(null) }}
        >
          <dl className="facts">
            <dt>{t('visit.school')}</dt>
            <dd>{rated.rating.visit.schoolName}</dd>
            <dt>{t('visit.visitedOn')}</dt>
            <dd>{format.date(rated.rating.visit.visitedOn)}</dd>
            <dt>{t('visit.topic')}</dt>
            <dd>{rated.rating.visit.topicTh}</dd>
          </dl>
          <RatingFacts prefix="visit" criteria={VISIT_CRITERIA} ratings={rated.scores} />
          <p>
            <Link to={SERVICE_PATHS.visits}>{t('visit.title')}</Link>
          </p>
        </Receipt>
      ) : (
        <SpecForm
          id="rate-visit"
          title="visit.rateFormTitle"
          fields={[
            { name: 'code', label: 'visit.code', kind: 'text', required: true, hint: 'visit.codeHint' },
            ...ratingFields,
            { name: 'commentTh', label: 'visit.comment', kind: 'textarea', hint: 'visit.commentHint' },
          ]}
          submitLabel="visit.rate"
          onSubmit={(values, key) => {
            const scores = ratingsOf(VISIT_CRITERIA, values);
            return sendForm(
              RateSupervisionVisitDocument,
              { code: values.code!, ratings: scores, commentTh: orNull(values.commentTh), key },
              'visit.rateSent',
              (data) => setRated(data.supervision ? { rating: data.supervision.rateSupervisionVisit, scores } : null),
            );
          }}
        />
      )}
    </>
  );
}
