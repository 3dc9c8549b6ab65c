import { useQuery } from '../../api/use-query';
import { UnitDelegationDocument, UnitDelegationsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { Paragraphs, TakePartFrame } from '../take-part/TakePartFrame';
import { DelegationSummary } from './DelegationSummary';

/** The decisions a unit has handed to groups, for anyone to read. */
export function DelegationsPage({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const list = useQuery(UnitDelegationsDocument, { code });
  const unit = list.data?.unit;
  const nodes = unit?.delegations?.nodes ?? [];
  return (
    <TakePartFrame
      loading={list.loading}
      problems={list.problems}
      reload={list.reload}
      unit={unit}
      titleTh={unit ? t('empower.publicDelegationsTitle', { unit: pick(unit.nameTh, unit.nameEn) }) : undefined}
    >
      <p className="lead">{t('empower.publicDelegationsLead')}</p>
      {nodes.length ? (
        <ul className="cards cards-wide" data-testid="delegations">
          {nodes.map((d) => (
            <li key={d.id} className="card">
              <h2>
                <Link to={`/units/${code}/delegations/${d.id}`}>{pick(d.scopeTh, d.scopeEn)}</Link>
              </h2>
              <DelegationSummary delegation={d} />
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">{t('moderation.empty')}</p>
      )}
    </TakePartFrame>
  );
}

/** One delegated decision, with its reviews. */
export function DelegationPage({ code, id }: { code: string; id: string }) {
  const { t } = useI18n();
  const one = useQuery(UnitDelegationDocument, { code, id });
  const unit = one.data?.unit;
  const delegation = unit?.delegation;
  return (
    <TakePartFrame
      loading={one.loading}
      problems={one.problems}
      reload={one.reload}
      unit={unit}
      titleTh={delegation ? t('empower.delegationHeading') : undefined}
    >
      {delegation ? (
        <>
          <Paragraphs text={delegation.scopeTh} />
          <DelegationSummary delegation={delegation} />
        </>
      ) : null}
    </TakePartFrame>
  );
}
