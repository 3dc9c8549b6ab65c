import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm } from '../../components/SpecForm';
import {
  CreateDigitalServiceSurveyDocument,
  IctRequestsDocument,
  UpdateIctRequestDocument,
  type IctRequestStatus,
  type IctRequestsQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { sendForm } from './desk-send';
import { IctNotes } from './IctFollowPage';
import { TemplateSurveyForm } from './TemplateSurveyForm';

const STATUSES: readonly IctRequestStatus[] = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
/** Where a request may go next (the API holds the same rule and says so when it is broken). */
const NEXT: Record<IctRequestStatus, readonly IctRequestStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  IN_PROGRESS: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};

type IctRequest = NonNullable<IctRequestsQuery['distanceEducationIct']>['ictRequests']['nodes'][number];

function RequestCard({ request, onUpdated }: { request: IctRequest; onUpdated(): void }) {
  const { t, label, format } = useI18n();
  const next = NEXT[request.status];
  return (
    <li className="card" data-request={request.code}>
      <article aria-labelledby={`ict-${request.id}-heading`}>
        <h2 id={`ict-${request.id}-heading`}>
          {request.code} — {request.schoolName}
        </h2>
        <p className="badges">
          <span className="badge" data-testid="ict-status">
            {label('ictStatus', request.status)}
          </span>
          <span className="badge">{label('ictCategory', request.category)}</span>
        </p>
        <dl className="facts">
          <dt>{t('ict.schoolCode')}</dt>
          <dd>{request.schoolCode ?? t('common.dash')}</dd>
          <dt>{t('ict.contactName')}</dt>
          <dd>{request.contactName ?? t('common.dash')}</dd>
          <dt>{t('follow.received')}</dt>
          <dd>{format.dateTime(request.receivedAt)}</dd>
        </dl>
        <p className="prose">{request.descriptionTh}</p>
        <h3>{t('follow.history')}</h3>
        <IctNotes notes={request.notes} />
        {next.length > 0 ? (
          <SpecForm
            id={`ict-${request.id}`}
            title="ict.updateTitle"
            headingLevel={3}
            fields={[
              {
                name: 'status',
                label: 'follow.status',
                kind: 'select',
                options: next.map((value) => ({ value, label: label('ictStatus', value) })),
                initial: next[0],
                required: true,
              },
              { name: 'noteTh', label: 'ict.note', kind: 'textarea', required: true, hint: 'ict.noteHint' },
            ]}
            submitLabel="ict.update"
            onSubmit={(values) =>
              sendForm(
                UpdateIctRequestDocument,
                { id: request.id, status: values.status as IctRequestStatus, noteTh: values.noteTh! },
                'ict.updated',
                onUpdated,
              )
            }
          />
        ) : null}
      </article>
    </li>
  );
}

/** Distance Education and ICT's desk: the schools' requests, newest first, each moved on with a note. */
export function DeskIctRequestsPage() {
  return <RequireDeskUnit code="DLICT">{() => <DeskIctRequests />}</RequireDeskUnit>;
}

function DeskIctRequests() {
  const { t, label } = useI18n();
  const [status, setStatus] = useState<IctRequestStatus | ''>('');
  const paged = usePaged<IctRequest>(status);
  const { data, problems, loading, reload } = useQuery(IctRequestsDocument, { status: status || null, after: paged.after });
  const page = data?.distanceEducationIct?.ictRequests;
  const requests = page ? paged.shown(page.nodes) : [];
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('ict.deskTitle')}</h1>
      <p className="lead">{t('ict.deskLead')}</p>
      <TemplateSurveyForm
        id="digital-survey"
        unitCode="DLICT"
        title="ict.surveyTitle"
        submitLabel="ict.openSurvey"
        open={(window, opened) =>
          sendForm(CreateDigitalServiceSurveyDocument, window, 'ict.surveyOpened', (data) =>
            opened(data.distanceEducationIct!.createDigitalServiceSurvey),
          )
        }
      />
      <div className="toolbar">
        <ChoiceFilter
          id="ict-status-filter"
          label={t('follow.status')}
          allLabel={t('ict.allStatuses')}
          value={status}
          choices={STATUSES.map((value) => ({ value, label: label('ictStatus', value) }))}
          onChange={setStatus}
        />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {page && requests.length === 0 ? <p role="status">{t('ict.none')}</p> : null}
      <ul className="cards cards-wide" data-testid="ict-requests">
        {requests.map((request) => (
          <RequestCard key={request.id} request={request} onUpdated={reload} />
        ))}
      </ul>
      {page ? <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} /> : null}
    </>
  );
}
