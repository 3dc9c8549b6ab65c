import { ContributionText } from '../../components/ReportButton';
import type { InitiativeFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

/** What the public and the desk both see of an initiative: its status, group, dates, the unit's support and result. */
export function InitiativeSummary({ initiative }: { initiative: InitiativeFieldsFragment }) {
  const { t, label, format } = useI18n();
  const i = initiative;
  return (
    <>
      <p className="meta">
        <span className="badge">{label('empower.initiativeStatus', i.status)}</span> {t('empower.byGroup', { group: i.groupName })} ·{' '}
        {format.date(i.startsAt)}
        {i.endsAt ? ` – ${format.date(i.endsAt)}` : ''}
      </p>
      <ContributionText body={i.bodyTh} hiddenReason={i.hiddenReason} />
      {i.declineReasonTh ? <p>{t('empower.declinedWhy', { reason: i.declineReasonTh })}</p> : null}
      {i.supports.length ? (
        <>
          <p>{t('empower.supports', { n: i.supportCount, baht: format.baht(i.budgetTotalBaht) })}</p>
          <ul>
            {i.supports.map((s) => (
              <li key={s.id}>
                {label('empower.supportKind', s.kind)}: {s.descriptionTh}
                {s.amountBaht != null ? ` (${format.baht(s.amountBaht)} ${t('empower.baht')})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {i.resultTh ? (
        <p data-testid="initiative-result">{t('empower.result', { result: i.resultTh, n: i.participantsCount ?? 0 })}</p>
      ) : null}
    </>
  );
}
