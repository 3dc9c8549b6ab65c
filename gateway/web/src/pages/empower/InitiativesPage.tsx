import { useSession } from '../../api/session';
import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { slugOfCode } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { ReportButton } from '../../components/ReportButton';
import { SpecForm, toDateTime, type FieldSpec } from '../../components/SpecForm';
import { ProposeInitiativeDocument, UnitInitiativeDocument, UnitInitiativesDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { TakePartFrame } from '../take-part/TakePartFrame';
import { InitiativeSummary } from './InitiativeSummary';

const PROPOSE: FieldSpec[] = [
  { name: 'titleTh', label: 'empower.initiativeTitle', kind: 'text', required: true },
  { name: 'groupName', label: 'empower.groupName', kind: 'text', required: true },
  { name: 'bodyTh', label: 'empower.initiativeBody', kind: 'textarea', required: true },
  { name: 'startsAt', label: 'empower.startsAt', kind: 'datetime', required: true },
  { name: 'endsAt', label: 'empower.endsAt', kind: 'datetime' },
];

/** A signed-in person proposes an initiative their group will run; anyone else is asked to sign in first. */
function ProposeForm({ code, proposed }: { code: string; proposed(): void }) {
  const { t } = useI18n();
  const session = useSession();
  if (!session) {
    return (
      <p className="notice" data-testid="sign-in-needed">
        {t('empower.proposeSignIn')}{' '}
        <Link to={`/sign-in?next=${encodeURIComponent(window.location.pathname)}`}>{t('auth.signInFirst')}</Link>
      </p>
    );
  }
  return (
    <SpecForm
      id="propose"
      title="empower.proposeTitle"
      fields={PROPOSE}
      submitLabel="empower.propose"
      onSubmit={async (v, key) => {
        const { data, problems } = await execute(forUnit(ProposeInitiativeDocument, slugOfCode(code)), {
          key,
          input: {
            titleTh: v.titleTh!,
            groupName: v.groupName!,
            bodyTh: v.bodyTh!,
            startsAt: toDateTime(v.startsAt)!,
            endsAt: toDateTime(v.endsAt),
          },
        });
        const result = data?.unit?.proposeInitiative;
        if (result) proposed();
        return { problems, done: result ? (result.moderation === 'HELD' ? 'empower.proposedHeld' : 'empower.proposed') : null };
      }}
    />
  );
}

/** A unit's initiatives, each with a report button, and the form to propose one. */
export function InitiativesPage({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const list = useQuery(UnitInitiativesDocument, { code });
  const unit = list.data?.unit;
  const nodes = unit?.initiatives?.nodes ?? [];
  return (
    <TakePartFrame
      loading={list.loading}
      problems={list.problems}
      reload={list.reload}
      unit={unit}
      titleTh={unit ? t('empower.publicTitle', { unit: pick(unit.nameTh, unit.nameEn) }) : undefined}
    >
      <p className="lead">{t('empower.publicLead')}</p>
      <section aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading">{t('empower.initiativesList', { n: nodes.length })}</h2>
        <ul className="cards cards-wide" data-testid="initiatives">
          {nodes.map((i) => (
            <li key={i.id} className="card" data-initiative={i.id}>
              <h3>
                <Link to={`/units/${code}/initiatives/${i.id}`}>{pick(i.titleTh, i.titleEn)}</Link>
              </h3>
              <InitiativeSummary initiative={i} />
              {i.hiddenReason ? null : <ReportButton code={code} kind="INITIATIVE" id={i.id} />}
            </li>
          ))}
        </ul>
      </section>
      <ProposeForm code={code} proposed={list.reload} />
    </TakePartFrame>
  );
}

/** One initiative: what the group does, the unit's support and the result. */
export function InitiativePage({ code, id }: { code: string; id: string }) {
  const one = useQuery(UnitInitiativeDocument, { code, id });
  const unit = one.data?.unit;
  const initiative = unit?.initiative;
  return (
    <TakePartFrame
      loading={one.loading}
      problems={one.problems}
      reload={one.reload}
      unit={unit}
      titleTh={initiative?.titleTh}
      titleEn={initiative?.titleEn}
    >
      {initiative ? (
        <>
          <InitiativeSummary initiative={initiative} />
          {initiative.hiddenReason ? null : <ReportButton code={code} kind="INITIATIVE" id={initiative.id} />}
        </>
      ) : null}
    </TakePartFrame>
  );
}
