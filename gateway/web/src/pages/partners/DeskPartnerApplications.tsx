import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { CardList } from '../../components/CardList';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { ActionOutcome } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import {
  AcceptPartnerApplicationDocument,
  DeclinePartnerApplicationDocument,
  DeskPartnerApplicationsDocument,
  type PartnerApplicationItemFragment,
  type PartnerApplicationStatus,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { sendForm } from '../unit-services/desk-send';
import { SERVICE_PATHS } from '../unit-services/service-links';
import { partnerPath } from './partner-parts';

const STATUSES: readonly PartnerApplicationStatus[] = ['RECEIVED', 'ACCEPTED', 'DECLINED'];
const DECLINE: readonly FieldSpec[] = [{ name: 'reasonTh', label: 'partnerApps.declineReason', kind: 'textarea', required: true }];

type Partner = NonNullable<PartnerApplicationItemFragment['partner']>;

/** What an organisation sent, with the contact person only the staff who decide see. */
function ApplicationFacts({ application: a }: { application: PartnerApplicationItemFragment }) {
  const { t, label, format } = useI18n();
  const cleared = <span className="meta">{t('partnerApps.cleared')}</span>;
  return (
    <dl className="facts">
      {a.nameEn ? (
        <>
          <dt>{t('partner.nameEn')}</dt>
          <dd lang="en">{a.nameEn}</dd>
        </>
      ) : null}
      <dt>{t('partner.kind')}</dt>
      <dd>{label('partnerKind', a.kind)}</dd>
      <dt>{t('partner.province')}</dt>
      <dd>{a.province}</dd>
      <dt>{t('partnerApps.receivedAt')}</dt>
      <dd>{format.dateTime(a.receivedAt)}</dd>
      <dt>{t('partnerApps.status')}</dt>
      <dd data-testid="application-status">{label('partnerApplicationStatus', a.status)}</dd>
      {a.decidedAt ? (
        <>
          <dt>{t('partnerApps.decidedAt')}</dt>
          <dd>{format.dateTime(a.decidedAt)}</dd>
        </>
      ) : null}
      <dt>{t('partnerApps.message')}</dt>
      <dd>{a.message ?? cleared}</dd>
      <dt>{t('partnerApps.contact')}</dt>
      <dd data-testid="application-contact">
        {a.contactName && a.contactEmail ? (
          <>
            {a.contactName} — <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
          </>
        ) : (
          cleared
        )}
      </dd>
      {a.declineReason ? (
        <>
          <dt>{t('partnerApps.declineReason')}</dt>
          <dd>{a.declineReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One application: accept it (the partner is registered) or decline it with a reason, while it waits. */
function ApplicationAtDesk(props: { application: PartnerApplicationItemFragment; onAccepted(partner: Partner): void; onDeclined(): void }) {
  const { application: a, onAccepted, onDeclined } = props;
  const { t } = useI18n();
  const accept = useAction();
  return (
    <>
      <ApplicationFacts application={a} />
      {a.partner ? (
        <p>
          <Link to={partnerPath(a.partner.id)}>{t('partnerApps.partnerPage', { name: a.partner.nameTh })}</Link>
        </p>
      ) : null}
      {a.status === 'RECEIVED' ? (
        <>
          <ActionOutcome success={null} problems={accept.problems} />
          <button
            type="button"
            className="button-primary"
            aria-disabled={accept.sending || undefined}
            onClick={async () => {
              if (accept.sending) return;
              const data = await accept.run(AcceptPartnerApplicationDocument, { id: a.id }, 'partnerApps.accepted');
              const partner = data?.acceptPartnerApplication.partner;
              if (partner) onAccepted(partner);
            }}
          >
            {t('partnerApps.accept')}
          </button>
          <details className="ask">
            <summary>{t('partnerApps.declineOpen', { name: a.nameTh })}</summary>
            <SpecForm
              id={`decline-application-${a.id}`}
              title="partnerApps.declineTitle"
              headingLevel={4}
              fields={DECLINE}
              submitLabel="partnerApps.decline"
              onSubmit={(values) =>
                sendForm(DeclinePartnerApplicationDocument, { id: a.id, reasonTh: values.reasonTh! }, 'partnerApps.declined', onDeclined)
              }
            />
          </details>
        </>
      ) : null}
    </>
  );
}

/**
 * The applications to become a partner at the register's desk, waiting ones first shown: accepting
 * registers the organisation (then `onAccepted`, so the register's list shows it) and links to its page.
 */
export function DeskPartnerApplications({ onAccepted }: { onAccepted(): void }) {
  const { t, label } = useI18n();
  const [status, setStatus] = useState<PartnerApplicationStatus | ''>('RECEIVED');
  const [decided, setDecided] = useState<{ words: string; partner: Partner | null } | null>(null);
  const paged = usePaged<PartnerApplicationItemFragment>(status);
  const { data, problems, loading, reload } = useQuery(DeskPartnerApplicationsDocument, { status: status || null, after: paged.after });
  const page = data?.partnerApplications;
  const statuses = STATUSES.map((value) => ({ value, label: label('partnerApplicationStatus', value) }));
  const accepted = (partner: Partner) => {
    setDecided({ words: t('partnerApps.accepted'), partner });
    reload();
    onAccepted();
  };
  const declined = () => {
    setDecided({ words: t('partnerApps.declined'), partner: null });
    reload();
  };
  return (
    <>
      <p>
        <Link to={SERVICE_PATHS.partnerApply}>{t('partnerApps.publicForm')}</Link>
      </p>
      <div className="toolbar">
        <ChoiceFilter
          id="application-status-filter"
          label={t('partnerApps.status')}
          allLabel={t('partnerApps.allStatuses')}
          value={status}
          choices={statuses}
          onChange={setStatus}
        />
      </div>
      {decided ? (
        <div className="notice notice-success" role="status" data-testid="application-decided">
          <p>{decided.words}</p>
          {decided.partner ? (
            <p>
              <Link to={partnerPath(decided.partner.id)}>{t('partnerApps.partnerPage', { name: decided.partner.nameTh })}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      <CardList
        id="partner-applications"
        heading={t('partnerApps.heading')}
        none={t('partnerApps.none')}
        page={page}
        items={page ? paged.shown(page.nodes) : []}
        paged={paged}
        title={(application) => application.nameTh}
      >
        {(application) => <ApplicationAtDesk application={application} onAccepted={accepted} onDeclined={declined} />}
      </CardList>
    </>
  );
}
