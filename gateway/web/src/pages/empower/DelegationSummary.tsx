import type { DelegationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

/** A delegated decision as the public and the desk both see it: to whom, since when, its next review and past reviews. */
export function DelegationSummary({ delegation }: { delegation: DelegationFieldsFragment }) {
  const { t, label, format } = useI18n();
  const d = delegation;
  return (
    <>
      <p className="meta">
        <span className={`badge ${d.status === 'REVOKED' ? 'badge-late' : d.reviewDue ? 'badge-warn' : 'badge-ok'}`}>
          {d.status === 'ACTIVE' && d.reviewDue ? t('empower.reviewDue') : label('empower.delegationStatus', d.status)}
        </span>{' '}
        {t('empower.delegatedTo', { name: d.delegateName })} · {t('empower.since', { date: format.date(d.startsOn) })}
        {d.status === 'ACTIVE' ? ` · ${t('empower.nextReview', { date: format.date(d.reviewOn) })}` : ''}
      </p>
      {d.reviews.length ? (
        <ul data-testid="delegation-reviews">
          {d.reviews.map((r) => (
            <li key={r.reviewedAt}>
              {format.date(r.reviewedAt)} {label('empower.reviewOutcome', r.outcome)}: {r.noteTh}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
