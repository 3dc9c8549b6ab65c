import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { AnnouncePersonnelOrderDocument, type PersonnelOrderKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { orNull, sendForm, todayInBangkok } from './desk-send';
import { ORDER_KINDS } from './PersonnelOrdersPage';
import { DeskHeading, SERVICE_PATHS } from './service-links';

/** Personnel's desk: announce a personnel order (the published name and position only). */
export function DeskPersonnelOrdersPage() {
  return <RequireDeskUnit code="PERSONNEL">{() => <DeskPersonnelOrders />}</RequireDeskUnit>;
}

function DeskPersonnelOrders() {
  const { label } = useI18n();
  const fields: FieldSpec[] = [
    {
      name: 'kind',
      label: 'finance.kind',
      kind: 'select',
      options: ORDER_KINDS.map((value) => ({ value, label: label('orderKind', value) })),
      initial: 'APPOINTMENT',
      required: true,
    },
    { name: 'orderNo', label: 'orders.orderNo', kind: 'text', required: true, hint: 'orders.orderNoHint' },
    { name: 'orderDate', label: 'orders.orderDate', kind: 'date', initial: todayInBangkok(), required: true },
    { name: 'personName', label: 'orders.person', kind: 'text', required: true, hint: 'orders.personHint' },
    { name: 'positionTh', label: 'orders.position', kind: 'text', required: true },
    { name: 'fromSchool', label: 'orders.fromSchool', kind: 'text' },
    { name: 'toSchool', label: 'orders.toSchool', kind: 'text' },
    { name: 'effectiveOn', label: 'orders.effectiveOn', kind: 'date', initial: todayInBangkok(), required: true },
  ];
  return (
    <>
      <DeskHeading
        title="orders.deskTitle"
        lead="orders.deskLead"
        publicPage={{ to: SERVICE_PATHS.personnelOrders, label: 'orders.title' }}
      />
      <SpecForm
        id="personnel-order"
        title="orders.announceTitle"
        fields={fields}
        submitLabel="orders.announce"
        onSubmit={(values) =>
          sendForm(
            AnnouncePersonnelOrderDocument,
            {
              input: {
                kind: values.kind as PersonnelOrderKind,
                orderNo: values.orderNo!,
                orderDate: values.orderDate!,
                personName: values.personName!,
                positionTh: values.positionTh!,
                fromSchool: orNull(values.fromSchool),
                toSchool: orNull(values.toSchool),
                effectiveOn: values.effectiveOn!,
              },
            },
            'orders.announced',
          )
        }
      />
    </>
  );
}
