import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { CardList } from '../../components/CardList';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { Loading } from '../../components/ProblemNotice';
import {
  PersonnelPetitionDocument,
  PersonnelPetitionsDocument,
  UpdatePersonnelPetitionDocument,
  type PersonnelPetitionQuery,
  type PersonnelPetitionStatus,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { orNull, sendForm } from './desk-send';
import { ChannelProblems, ChannelRecordPage, MoveOnForm, OpenRecordLink, RequireNamedStaff, StatusBadge } from './named-staff';
import { DeskHeading, SERVICE_PATHS } from './service-links';

const STATUSES: readonly PersonnelPetitionStatus[] = ['RECEIVED', 'IN_REVIEW', 'ANSWERED', 'CLOSED'];
const NEXT = STATUSES.filter((s) => s !== 'RECEIVED');

type Petition = NonNullable<NonNullable<PersonnelPetitionQuery['personnel']>['personnelPetition']>;

/** A petition's own page at the desk. */
export const deskPetitionPath = (id: string) => `${SERVICE_PATHS.deskPetitions}/${encodeURIComponent(id)}`;

/** A petition as the named staff read it, and its next status with a note the petitioner never sees. */
function PetitionAtDesk({ petition, headingLevel, onUpdated }: { petition: Petition; headingLevel: 2 | 4; onUpdated(): void }) {
  const { t, format } = useI18n();
  return (
    <>
      <StatusBadge labels="petitionStatus" status={petition.status} testId="petition-status" />
      <dl className="facts">
        <dt>{t('petition.name')}</dt>
        <dd>{petition.petitionerName}</dd>
        <dt>{t('petition.contact')}</dt>
        <dd>{petition.contact}</dd>
        <dt>{t('follow.received')}</dt>
        <dd>{format.dateTime(petition.receivedAt)}</dd>
        <dt>{t('petition.staffNote')}</dt>
        <dd data-testid="petition-note">{petition.noteTh ?? t('common.dash')}</dd>
      </dl>
      <p className="prose">{petition.bodyTh}</p>
      {petition.status !== 'CLOSED' ? (
        <MoveOnForm
          id={`petition-${petition.id}`}
          title="petition.updateTitle"
          headingLevel={headingLevel}
          statuses={NEXT}
          labels="petitionStatus"
          initial={NEXT[0]!}
          note={{ label: 'petition.staffNote', hint: 'petition.staffNoteHint' }}
          send={(status, noteTh) =>
            sendForm(UpdatePersonnelPetitionDocument, { id: petition.id, status, noteTh: orNull(noteTh) }, 'ict.updated', onUpdated)
          }
        />
      ) : null}
    </>
  );
}

/** Personnel's petitions, for its named staff only (the confidential claim; every read is logged). */
export function DeskPetitionsPage() {
  return (
    <RequireNamedStaff code="PERSONNEL" title="petition.deskTitle" why="petition.namedStaffOnly">
      {() => <DeskPetitions />}
    </RequireNamedStaff>
  );
}

function DeskPetitions() {
  const { t, label } = useI18n();
  const [status, setStatus] = useState<PersonnelPetitionStatus | ''>('');
  const paged = usePaged<Petition>(status);
  const { data, problems, loading, reload } = useQuery(PersonnelPetitionsDocument, { status: status || null, after: paged.after });
  const page = data?.personnel?.personnelPetitions;
  return (
    <>
      <DeskHeading title="petition.deskTitle" lead="petition.deskLead" />
      <div className="toolbar">
        <ChoiceFilter
          id="petition-status-filter"
          label={t('follow.status')}
          allLabel={t('ict.allStatuses')}
          value={status}
          choices={STATUSES.map((value) => ({ value, label: label('petitionStatus', value) }))}
          onChange={setStatus}
        />
      </div>
      <ChannelProblems problems={problems} why="petition.namedStaffOnly" onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      <CardList
        id="petitions"
        heading={t('petition.listHeading')}
        none={t('petition.none')}
        page={page}
        items={page ? paged.shown(page.nodes) : []}
        paged={paged}
        title={(p) => `${p.code} — ${p.subjectTh}`}
      >
        {(p) => (
          <>
            <PetitionAtDesk petition={p} headingLevel={4} onUpdated={reload} />
            <OpenRecordLink to={deskPetitionPath(p.id)} code={p.code} />
          </>
        )}
      </CardList>
    </>
  );
}

/** One petition on its own page (reached from the list), for Personnel's named staff only. */
export function DeskPetitionPage({ id }: { id: string }) {
  return (
    <ChannelRecordPage
      code="PERSONNEL"
      title="petition.pageTitle"
      why="petition.namedStaffOnly"
      back={{ to: SERVICE_PATHS.deskPetitions, label: 'petition.backToList' }}
      document={PersonnelPetitionDocument}
      id={id}
      record={(data) => data.personnel?.personnelPetition}
    >
      {(petition, reload) => (
        <article data-testid="petition-record">
          <PetitionAtDesk petition={petition} headingLevel={2} onUpdated={reload} />
        </article>
      )}
    </ChannelRecordPage>
  );
}
