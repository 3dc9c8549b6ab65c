import { forUnit } from '../../api/unit-operation';
import type { DirectoryUnit } from '../../api/units';
import { useAction } from '../../api/use-action';
import { useQuery } from '../../api/use-query';
import { ActionOutcome } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import {
  StaffApproveInitiativeDocument,
  StaffCompleteInitiativeDocument,
  StaffDeclineInitiativeDocument,
  StaffInitiativesDocument,
  StaffRecordSupportDocument,
  type InitiativeFieldsFragment,
  type InitiativeSupportKind,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { numberOf, refuse, wholeNumberOf } from '../unit-services/desk-send';
import { DeskFrame, deskSender } from './desk-frame';
import { InitiativeSummary } from './InitiativeSummary';

const SUPPORT_KINDS: readonly InitiativeSupportKind[] = ['BUDGET', 'VENUE', 'EQUIPMENT', 'STAFF_TIME', 'ADVICE', 'PUBLICITY'];
const DECLINE: FieldSpec[] = [{ name: 'reasonTh', label: 'empower.declineReason', kind: 'textarea', required: true }];
const COMPLETE: FieldSpec[] = [
  { name: 'resultTh', label: 'empower.resultTh', kind: 'textarea', required: true },
  { name: 'participantsCount', label: 'empower.participantsCount', kind: 'number', required: true },
];

/** The decisions that fit where an initiative stands: approve or decline it; record support and complete it. */
function InitiativeCard({ initiative, unit, changed }: { initiative: InitiativeFieldsFragment; unit: DirectoryUnit; changed(): void }) {
  const { t, label } = useI18n();
  const approve = useAction();
  const send = deskSender(unit.slug, changed);
  const i = initiative;
  const support: FieldSpec[] = [
    {
      name: 'kind',
      label: 'empower.supportKind',
      kind: 'select',
      options: SUPPORT_KINDS.map((value) => ({ value, label: label('empower.supportKind', value) })),
      initial: 'VENUE',
      required: true,
    },
    { name: 'descriptionTh', label: 'empower.supportDescription', kind: 'text', required: true },
    { name: 'amountBaht', label: 'empower.amountBaht', kind: 'number', hint: 'empower.amountHint' },
  ];
  return (
    <li className="card" data-initiative={i.id}>
      <h3>
        <Link to={`/units/${unit.code}/initiatives/${i.id}`}>{i.titleTh}</Link>
      </h3>
      <InitiativeSummary initiative={i} />
      {i.status === 'PROPOSED' ? (
        <>
          <ActionOutcome success={approve.done ? t(approve.done) : null} problems={approve.problems} />
          <button
            type="button"
            className="button-primary"
            aria-disabled={approve.sending || undefined}
            onClick={async () => {
              if (await approve.run(forUnit(StaffApproveInitiativeDocument, unit.slug), { id: i.id }, 'empower.approved')) changed();
            }}
          >
            {t('empower.approve')}
          </button>
          <SpecForm
            id={`decline-${i.id}`}
            title="empower.declineTitle"
            headingLevel={4}
            fields={DECLINE}
            submitLabel="empower.decline"
            onSubmit={(v) => send(StaffDeclineInitiativeDocument, { id: i.id, reasonTh: v.reasonTh! }, 'empower.declined')}
          />
        </>
      ) : null}
      {i.status === 'APPROVED' ? (
        <>
          <SpecForm
            id={`support-${i.id}`}
            title="empower.supportTitle"
            headingLevel={4}
            fields={support}
            submitLabel="empower.recordSupport"
            onSubmit={(v) => {
              const amountBaht = v.amountBaht?.trim() ? numberOf(v.amountBaht) : null;
              if (v.amountBaht?.trim() && amountBaht === null) return refuse('amountBaht', 'empower.amountHint');
              return send(
                StaffRecordSupportDocument,
                { initiativeId: i.id, input: { kind: v.kind as InitiativeSupportKind, descriptionTh: v.descriptionTh!, amountBaht } },
                'empower.supportRecorded',
              );
            }}
          />
          <SpecForm
            id={`complete-${i.id}`}
            title="empower.completeTitle"
            headingLevel={4}
            fields={COMPLETE}
            submitLabel="empower.complete"
            onSubmit={(v) => {
              const participantsCount = wholeNumberOf(v.participantsCount);
              if (participantsCount === null) return refuse('participantsCount', 'empower.wholeNumber');
              return send(StaffCompleteInitiativeDocument, { id: i.id, resultTh: v.resultTh!, participantsCount }, 'empower.completed');
            }}
          />
        </>
      ) : null}
    </li>
  );
}

function InitiativesDesk({ unit }: { unit: DirectoryUnit }) {
  const { t } = useI18n();
  const list = useQuery(forUnit(StaffInitiativesDocument, unit.slug), { status: null });
  const nodes = list.data?.desk?.initiatives?.nodes ?? [];
  return (
    <>
      <p>
        <Link to={`/units/${unit.code}/initiatives`}>{t('empower.publicInitiatives')}</Link>
      </p>
      <ProblemNotice problems={list.problems} onRetry={list.reload} />
      {list.loading ? <Loading /> : null}
      <section aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading">{t('empower.initiativesList', { n: nodes.length })}</h2>
        <ul className="cards cards-wide" data-testid="desk-initiatives">
          {nodes.map((i) => (
            <InitiativeCard key={i.id} initiative={i} unit={unit} changed={list.reload} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** Initiatives groups proposed to the unit: approve, decline with a reason, record support, complete. */
export function DeskInitiativesPage() {
  return (
    <DeskFrame title="empower.initiativesTitle" lead="empower.initiativesLead">
      {(unit) => <InitiativesDesk unit={unit} />}
    </DeskFrame>
  );
}
