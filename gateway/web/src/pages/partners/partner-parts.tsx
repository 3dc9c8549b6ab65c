import { TableWrap } from '../../components/TableWrap';
import type { PartnerItemFragment, PartnerKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

export const PARTNER_KINDS: readonly PartnerKind[] = [
  'SCHOOL',
  'PARENT_NETWORK',
  'SCHOOL_BOARD',
  'COMMUNITY_ORGANISATION',
  'BUSINESS',
  'AGENCY',
  'FOUNDATION',
];

/** One partner's public page (the desk and the pages naming a partner link to it). */
export const partnerPath = (id: string) => `/partners/${id}`;

/** What the register holds of an organisation: its kind, province and when it was registered. */
export function PartnerFacts({ partner }: { partner: PartnerItemFragment }) {
  const { t, label, format } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('partner.kind')}</dt>
      <dd data-testid="partner-kind">{label('partnerKind', partner.kind)}</dd>
      <dt>{t('partner.province')}</dt>
      <dd>{partner.province}</dd>
      <dt>{t('partner.registeredAt')}</dt>
      <dd>{format.date(partner.registeredAt)}</dd>
    </dl>
  );
}

/** A partner's MOUs, latest start first, each in force or expired (in words). */
export function AgreementsTable({ partner }: { partner: PartnerItemFragment }) {
  const { t, label, format } = useI18n();
  if (partner.agreements.length === 0) return <p data-testid="no-agreements">{t('partner.noAgreements')}</p>;
  const caption = t('partner.agreementsOf', { name: partner.nameTh });
  return (
    <TableWrap label={caption}>
      <table data-testid="partner-agreements">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partner.agreement')}</th>
            <th scope="col">{t('partner.period')}</th>
            <th scope="col">{t('partner.status')}</th>
          </tr>
        </thead>
        <tbody>
          {partner.agreements.map((a) => (
            <tr key={a.id} data-status={a.status}>
              <th scope="row">
                <span data-testid="agreement-title">{a.title}</span>
                <br />
                <span className="meta">{t('partner.signedOn', { date: format.date(a.signedAt) })}</span>
              </th>
              <td>{t('partner.periodValue', { from: format.date(a.startsOn), to: format.date(a.endsOn) })}</td>
              <td>
                <span data-testid="agreement-status" className={a.status === 'ACTIVE' ? 'badge-ok' : 'badge-late'}>
                  {label('agreementStatus', a.status)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
