import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { FiscalYearSelect, useFiscalYearParam } from '../../components/FiscalYearSelect';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { PersonnelOrdersDocument, type PersonnelOrderKind, type PersonnelOrdersQuery } from '../../gql/graphql';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n/i18n';
import { ServiceHeading } from './service-links';

export const ORDER_KINDS: readonly PersonnelOrderKind[] = ['APPOINTMENT', 'TRANSFER', 'PROMOTION', 'RETIREMENT'];

type PersonnelOrder = NonNullable<PersonnelOrdersQuery['personnel']>['personnelOrders']['nodes'][number];

/** Personnel's published orders of a fiscal year (`?fy=`) and kind, newest order date first. */
export function PersonnelOrdersPage() {
  const { t, label, format } = useI18n();
  const fiscalYear = useFiscalYearParam();
  const [kind, setKind] = useState<PersonnelOrderKind | ''>('');
  const paged = usePaged<PersonnelOrder>(`${fiscalYear}:${kind}`);
  const { data, problems, loading, reload } = useQuery(PersonnelOrdersDocument, { fiscalYear, kind: kind || null, after: paged.after });
  const page = data?.personnel?.personnelOrders;
  const orders = page ? paged.shown(page.nodes) : [];
  return (
    <>
      <ServiceHeading unitCode="PERSONNEL" title="orders.title" lead="orders.lead" />
      <div className="toolbar">
        <FiscalYearSelect id="orders-fy" value={fiscalYear} />
        <ChoiceFilter
          id="orders-kind"
          label={t('finance.kind')}
          allLabel={t('finance.allKinds')}
          value={kind}
          choices={ORDER_KINDS.map((value) => ({ value, label: label('orderKind', value) }))}
          onChange={setKind}
        />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {page && orders.length === 0 ? <p role="status">{t('orders.none')}</p> : null}
      {orders.length > 0 ? (
        <TableWrap label={t('orders.caption', { year: fiscalYear })}>
          <table className="table-text" data-testid="personnel-orders">
            <caption>{t('orders.caption', { year: fiscalYear })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orders.person')}</th>
                <th scope="col">{t('orders.orderNo')}</th>
                <th scope="col">{t('finance.kind')}</th>
                <th scope="col">{t('orders.position')}</th>
                <th scope="col">{t('orders.fromTo')}</th>
                <th scope="col">{t('orders.effectiveOn')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} data-order={order.orderNo}>
                  <th scope="row">{order.personName}</th>
                  <td>
                    {order.orderNo}
                    <span className="meta"> ({format.date(order.orderDate)})</span>
                  </td>
                  <td>{label('orderKind', order.kind)}</td>
                  <td>{order.positionTh}</td>
                  <td>{[order.fromSchool, order.toSchool].filter(Boolean).join(' → ') || t('common.dash')}</td>
                  <td>{format.date(order.effectiveOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {page ? <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} /> : null}
    </>
  );
}
