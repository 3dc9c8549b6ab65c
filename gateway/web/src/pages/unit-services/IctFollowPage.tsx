import { useQuery } from '../../api/use-query';
import { CodeLookup } from '../../components/CodeLookup';
import { TrackingSummary } from '../../components/TrackingSummary';
import { FollowIctRequestDocument, type IctNoteItemFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useLocation } from '../../router';
import { SERVICE_PATHS, ServiceHeading } from './service-links';

/** A request's steps with the notes staff wrote for the school, oldest first. */
export function IctNotes({ notes }: { notes: readonly IctNoteItemFragment[] }) {
  const { t, label, format } = useI18n();
  if (notes.length === 0) return <p>{t('ict.noNotes')}</p>;
  return (
    <ol className="history" data-testid="ict-notes">
      {notes.map((note, i) => (
        <li key={`${note.at}-${i}`}>
          <time dateTime={note.at}>{format.dateTime(note.at)}</time> — <strong>{label('ictStatus', note.status)}</strong>: {note.noteTh}
        </li>
      ))}
    </ol>
  );
}

/** A school follows its ICT support request by the code it received: status and the unit's notes. */
export function IctFollowPage() {
  const { t, label, format } = useI18n();
  const { search } = useLocation();
  const code = search.get('code')?.trim() ?? '';
  const { data, problems, loading, reload } = useQuery(FollowIctRequestDocument, { code }, !code);
  const tracking = data?.distanceEducationIct?.ictRequestByCode;
  return (
    <>
      <ServiceHeading unitCode="DLICT" title="ict.followTitle" />
      <CodeLookup
        id="ict-follow"
        path={SERVICE_PATHS.ictFollow}
        code={code}
        label={t('ict.code')}
        hint={t('ict.codeHint')}
        problems={problems}
        loading={loading}
        notFound={Boolean(data) && !tracking}
        notFoundText={{ title: t('ict.notFound'), next: t('ict.notFoundNext') }}
        reload={reload}
      />
      {code && tracking ? (
        <TrackingSummary
          code={tracking.code}
          testId="ict-request"
          facts={[
            { label: t('follow.status'), value: <strong>{label('ictStatus', tracking.status)}</strong>, testId: 'ict-status' },
            { label: t('ict.category'), value: label('ictCategory', tracking.category) },
            { label: t('follow.received'), value: format.dateTime(tracking.receivedAt) },
            { label: t('services.updatedAt'), value: format.dateTime(tracking.updatedAt) },
          ]}
        >
          <h3>{t('follow.history')}</h3>
          <IctNotes notes={tracking.notes} />
        </TrackingSummary>
      ) : null}
    </>
  );
}
