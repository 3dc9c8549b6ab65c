import { useState } from 'react';
import { useSession } from '../../api/session';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { CardList } from '../../components/CardList';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm } from '../../components/SpecForm';
import {
  PersonnelPetitionsDocument,
  UpdatePersonnelPetitionDocument,
  type PersonnelPetitionStatus,
  type PersonnelPetitionsQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, sendForm } from './desk-send';
import { DeskHeading } from './service-links';

const STATUSES: readonly PersonnelPetitionStatus[] = ['RECEIVED', 'IN_REVIEW', 'ANSWERED', 'CLOSED'];

type Petition = NonNullable<PersonnelPetitionsQuery['personnel']>['personnelPetitions']['nodes'][number];

/** A petition as the named staff read it, and its next status with a note the petitioner never sees. */
function PetitionAtDesk({ petition, onUpdated }: { petition: Petition; onUpdated(): void }) {
  const { t, label, format } = useI18n();
  const next = STATUSES.filter((s) => s !== 'RECEIVED');
  return (
    <>
      <p className="badges">
        <span className="badge" data-testid="petition-status">
          {label('petitionStatus', petition.status)}
        </span>
      </p>
      <dl className="facts">
        <dt>{t('petition.name')}</dt>
        <dd>{petition.petitionerName}</dd>
        <dt>{t('petition.contact')}</dt>
        <dd>{petition.contact}</dd>
        <dt>{t('follow.received')}</dt>
        <dd>{format.dateTime(petition.receivedAt)}</dd>
        <dt>{t('petition.staffNote')}</dt>
        <dd>{petition.noteTh ?? t('common.dash')}</dd>
      </dl>
      <p className="prose">{petition.bodyTh}</p>
      {petition.status !== 'CLOSED' ? (
        <SpecForm
          id={`petition-${petition.id}`}
          title="petition.updateTitle"
          headingLevel={4}
          fields={[
            {
              name: 'status',
              label: 'follow.status',
              kind: 'select',
              options: next.map((value) => ({ value, label: label('petitionStatus', value) })),
              initial: next[0],
              required: true,
            },
            { name: 'noteTh', label: 'petition.staffNote', kind: 'textarea', hint: 'petition.staffNoteHint' },
          ]}
          submitLabel="ict.update"
          onSubmit={(values) =>
            sendForm(
              UpdatePersonnelPetitionDocument,
              { id: petition.id, status: values.status as PersonnelPetitionStatus, noteTh: orNull(values.noteTh) },
              'ict.updated',
              onUpdated,
            )
          }
        />
      ) : null}
    </>
  );
}

/** Personnel's petitions, for its named staff only (the confidential claim; every read is logged). */
export function DeskPetitionsPage() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <RequireDeskUnit code="PERSONNEL">
      {() =>
        session?.confidential ? (
          <DeskPetitions />
        ) : (
          <div className="notice" role="status" data-testid="named-staff-only">
            <p>{t('petition.namedStaffOnly')}</p>
            <p>
              <Link to="/desk">{t('desk.backToQueue')}</Link>
            </p>
          </div>
        )
      }
    </RequireDeskUnit>
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
      <ProblemNotice problems={problems} onRetry={reload} />
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
        {(p) => <PetitionAtDesk petition={p} onUpdated={reload} />}
      </CardList>
    </>
  );
}
