import { forUnit } from '../../api/unit-operation';
import type { DirectoryUnit } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import {
  StaffDelegateDecisionDocument,
  StaffDelegationsDocument,
  StaffReviewDelegationDocument,
  type DelegationReviewOutcome,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull } from '../unit-services/desk-send';
import { DeskFrame, deskSender } from './desk-frame';
import { DelegationSummary } from './DelegationSummary';

const DELEGATE: FieldSpec[] = [
  { name: 'scopeTh', label: 'empower.scopeTh', kind: 'textarea', required: true },
  { name: 'delegateName', label: 'empower.delegateName', kind: 'text', required: true },
  { name: 'startsOn', label: 'empower.startsOn', kind: 'date', required: true },
  { name: 'reviewOn', label: 'empower.reviewOn', kind: 'date', required: true },
];

function DelegationsDesk({ unit }: { unit: DirectoryUnit }) {
  const { t, label } = useI18n();
  const list = useQuery(forUnit(StaffDelegationsDocument, unit.slug), { dueOnly: false });
  const send = deskSender(unit.slug, list.reload);
  const nodes = list.data?.desk?.delegations?.nodes ?? [];
  const review: FieldSpec[] = [
    {
      name: 'outcome',
      label: 'empower.reviewOutcome',
      kind: 'select',
      options: ['CONTINUE', 'AMEND', 'REVOKE'].map((value) => ({ value, label: label('empower.reviewOutcome', value) })),
      initial: 'CONTINUE',
      required: true,
    },
    { name: 'noteTh', label: 'empower.reviewNote', kind: 'textarea', required: true },
    { name: 'nextReviewOn', label: 'empower.nextReviewOn', kind: 'date', hint: 'empower.nextReviewHint' },
  ];
  return (
    <>
      <p>
        <Link to={`/units/${unit.code}/delegations`}>{t('empower.publicDelegations')}</Link>
      </p>
      <SpecForm
        id="delegate"
        title="empower.delegateTitle"
        fields={DELEGATE}
        submitLabel="empower.delegate"
        onSubmit={(v) =>
          send(
            StaffDelegateDecisionDocument,
            { input: { scopeTh: v.scopeTh!, delegateName: v.delegateName!, startsOn: v.startsOn!, reviewOn: v.reviewOn! } },
            'empower.delegated',
          )
        }
      />
      <ProblemNotice problems={list.problems} onRetry={list.reload} />
      {list.loading ? <Loading /> : null}
      <section aria-labelledby="delegations-heading">
        <h2 id="delegations-heading">{t('empower.delegationsList', { n: nodes.length })}</h2>
        <ul className="cards cards-wide" data-testid="desk-delegations">
          {nodes.map((d) => (
            <li key={d.id} className="card" data-delegation={d.id}>
              <h3>
                <Link to={`/units/${unit.code}/delegations/${d.id}`}>{d.scopeTh}</Link>
              </h3>
              <DelegationSummary delegation={d} />
              {d.status === 'ACTIVE' ? (
                <SpecForm
                  id={`review-${d.id}`}
                  title="empower.reviewTitle"
                  headingLevel={4}
                  fields={review}
                  submitLabel="empower.review"
                  onSubmit={(v) =>
                    send(
                      StaffReviewDelegationDocument,
                      { id: d.id, outcome: v.outcome as DelegationReviewOutcome, noteTh: v.noteTh!, nextReviewOn: orNull(v.nextReviewOn) },
                      'empower.reviewed',
                    )
                  }
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** Decisions the unit hands to a group, each with a review date: delegate one, review it. */
export function DeskDelegationsPage() {
  return (
    <DeskFrame title="empower.delegationsTitle" lead="empower.delegationsLead">
      {(unit) => <DelegationsDesk unit={unit} />}
    </DeskFrame>
  );
}
