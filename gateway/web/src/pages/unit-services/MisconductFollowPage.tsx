import { useState } from 'react';
import { execute } from '../../api/client';
import type { Problem } from '../../api/problems';
import { LookupForm } from '../../components/LookupForm';
import { Loading } from '../../components/ProblemNotice';
import { TrackingSummary } from '../../components/TrackingSummary';
import { FollowMisconductReportDocument, type FollowMisconductReportQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ServiceHeading } from './service-links';

type FollowUp = NonNullable<FollowMisconductReportQuery['internalAudit']>['followMisconductReport'];

/**
 * The reporter follows a misconduct report with its code and PIN: the status only. Neither goes
 * into the address (the PIN is a secret; the page asks the API when the form is sent).
 */
export function MisconductFollowPage() {
  const { t, label, format } = useI18n();
  const [answer, setAnswer] = useState<{ followUp: FollowUp; problems: Problem[] } | null>(null);
  const [asking, setAsking] = useState(false);
  const [asked, setAsked] = useState<{ code: string; pin: string } | null>(null);
  const ask = async (values: { code: string; pin: string }) => {
    setAsked(values);
    setAsking(true);
    const result = await execute(FollowMisconductReportDocument, values);
    setAsking(false);
    setAnswer({ followUp: result.data?.internalAudit?.followMisconductReport ?? null, problems: result.problems });
  };
  const followUp = answer?.followUp;
  return (
    <>
      <ServiceHeading unitCode="AUDIT" title="audit.followTitle" lead="audit.followLead" />
      <LookupForm
        id="misconduct-follow"
        fields={[
          { name: 'code', label: t('audit.code') },
          { name: 'pin', label: t('audit.pin'), secret: true },
        ]}
        submitLabel={t('follow.search')}
        problems={answer?.problems ?? []}
        onRetry={asked ? () => void ask(asked) : undefined}
        onSubmit={(values) => void ask({ code: values.code!, pin: values.pin! })}
      />
      {asking ? <Loading /> : null}
      {!asking && answer && !followUp && answer.problems.length === 0 ? (
        <div className="notice" role="status" data-testid="report-not-found">
          <p>
            <strong>{t('audit.notFound')}</strong> {t('audit.notFoundNext')}
          </p>
        </div>
      ) : null}
      {!asking && followUp ? (
        <TrackingSummary
          code={followUp.code}
          testId="report"
          facts={[
            { label: t('follow.status'), value: <strong>{label('misconductStatus', followUp.status)}</strong>, testId: 'report-status' },
            { label: t('services.updatedAt'), value: format.dateTime(followUp.updatedAt) },
          ]}
        >
          <p>{t('audit.statusOnly')}</p>
        </TrackingSummary>
      ) : null}
    </>
  );
}
