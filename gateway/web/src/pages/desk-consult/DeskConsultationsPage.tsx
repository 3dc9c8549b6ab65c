import { useState } from 'react';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { StaffConsultationsDocument, type DeskConsultationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { DeskHeading } from '../unit-services/service-links';
import { DeskConsultationCard } from './DeskConsultationCard';

/** The unit's consultations at its desk, newest opening first; new ones open on the publish page. */
export function DeskConsultationsPage() {
  const { t, format } = useI18n();
  const unit = useDeskUnit();
  // A change starts the list again from its first page, so no card shows what was true before.
  const [round, setRound] = useState(0);
  const paged = usePaged<DeskConsultationFieldsFragment>(String(round));
  const list = useQuery(forUnit(StaffConsultationsDocument, unit?.slug ?? 'financeAssets'), { after: paged.after }, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const page = list.data?.desk?.consultations;
  const changed = () => {
    setRound((n) => n + 1);
    list.reload();
  };
  const shown = page ? paged.shown(page.nodes) : [];
  return (
    <>
      <DeskHeading title="consultDesk.title" lead="consultDesk.lead" />
      <p>
        <Link to="/desk/publish">{t('consultDesk.openLink')}</Link>
      </p>
      <ProblemNotice problems={list.problems} onRetry={list.reload} />
      {list.loading ? <Loading /> : null}
      {page ? (
        <section aria-labelledby="consultations-heading">
          <h2 id="consultations-heading">{t('consultDesk.listCaption', { n: format.number(page.totalCount) })}</h2>
          {shown.length ? (
            <ul className="cards" data-testid="desk-consultations">
              {shown.map((c) => (
                <DeskConsultationCard key={c.id} consultation={c} unitCode={unit.code} slug={unit.slug} changed={changed} />
              ))}
            </ul>
          ) : (
            <p role="status">{t('consultDesk.empty')}</p>
          )}
          <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} />
        </section>
      ) : null}
    </>
  );
}
