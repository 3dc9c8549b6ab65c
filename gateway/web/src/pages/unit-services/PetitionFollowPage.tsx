import { useQuery } from '../../api/use-query';
import { CodeLookup } from '../../components/CodeLookup';
import { RequireSignIn } from '../../components/RequireRole';
import { TrackingSummary } from '../../components/TrackingSummary';
import { MyPetitionDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useLocation } from '../../router';
import { SERVICE_PATHS, ServiceHeading } from './service-links';

/** The petitioner, signed in as when they filed it, follows their petition's status by its code. */
export function PetitionFollowPage() {
  const { t } = useI18n();
  return (
    <>
      <ServiceHeading unitCode="PERSONNEL" title="petition.followTitle" lead="petition.followLead" />
      <RequireSignIn why={t('petition.signInToFollow')}>
        <PetitionFollow />
      </RequireSignIn>
    </>
  );
}

function PetitionFollow() {
  const { t, label, format } = useI18n();
  const code = useLocation().search.get('code')?.trim() ?? '';
  const { data, problems, loading, reload } = useQuery(MyPetitionDocument, { code }, !code);
  const tracking = data?.personnel?.myPetition;
  return (
    <>
      <CodeLookup
        id="petition-follow"
        path={SERVICE_PATHS.petitionFollow}
        code={code}
        label={t('petition.code')}
        hint={t('petition.codeHint')}
        problems={problems}
        loading={loading}
        notFound={Boolean(data) && !tracking}
        notFoundText={{ title: t('petition.notFound'), next: t('petition.notFoundNext') }}
        reload={reload}
      />
      {code && tracking ? (
        <TrackingSummary
          code={tracking.code}
          testId="petition"
          facts={[
            { label: t('follow.status'), value: <strong>{label('petitionStatus', tracking.status)}</strong>, testId: 'petition-status' },
            { label: t('services.updatedAt'), value: format.dateTime(tracking.updatedAt) },
          ]}
        >
          <p>{t('petition.statusOnly')}</p>
        </TrackingSummary>
      ) : null}
    </>
  );
}
