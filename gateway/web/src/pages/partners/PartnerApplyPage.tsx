import { useState } from 'react';
import { Receipt } from '../../components/Receipt';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { ApplyToBecomePartnerDocument, type ApplyToBecomePartnerMutation, type PartnerKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { orNull, sendForm } from '../unit-services/desk-send';
import { ServiceHeading } from '../unit-services/service-links';
import { PARTNER_KINDS } from './partner-parts';

type ApplicationReceipt = ApplyToBecomePartnerMutation['applyToBecomePartner'];

/**
 * An organisation applies to join Administration's register of partners; the receipt gives its
 * application number (never the contact details, which only the staff who decide see).
 */
export function PartnerApplyPage() {
  const { t, label } = useI18n();
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  const fields: FieldSpec[] = [
    { name: 'nameTh', label: 'partner.nameTh', kind: 'text', required: true },
    { name: 'nameEn', label: 'partner.nameEn', kind: 'text' },
    {
      name: 'kind',
      label: 'partner.kind',
      kind: 'select',
      options: PARTNER_KINDS.map((value) => ({ value, label: label('partnerKind', value) })),
      initial: 'SCHOOL',
      required: true,
    },
    { name: 'province', label: 'partner.province', kind: 'text', required: true, hint: 'partner.provinceHint' },
    { name: 'message', label: 'partnerApply.message', kind: 'textarea', required: true, hint: 'partnerApply.messageHint' },
    { name: 'contactName', label: 'partnerApply.contactName', kind: 'text', required: true, hint: 'partnerApply.contactHint' },
    { name: 'contactEmail', label: 'partnerApply.contactEmail', kind: 'text', required: true },
  ];
  return (
    <>
      <ServiceHeading unitCode="ADMIN" title="partnerApply.title" lead="partnerApply.lead" />
      {receipt ? (
        <Receipt
          title={t('partnerApply.receiptTitle')}
          codes={[{ label: t('partnerApply.number'), value: receipt.id, testId: 'application-number' }]}
          receivedAt={receipt.receivedAt}
          keep={t('partnerApply.keep')}
          another={{ label: t('partnerApply.another'), onClick: () => setReceipt(null) }}
        />
      ) : (
        <SpecForm
          id="partner-application"
          title="partnerApply.formTitle"
          fields={fields}
          submitLabel="partnerApply.send"
          onSubmit={(values, idempotencyKey) =>
            sendForm(
              ApplyToBecomePartnerDocument,
              {
                input: {
                  nameTh: values.nameTh!,
                  nameEn: orNull(values.nameEn),
                  kind: values.kind as PartnerKind,
                  province: values.province!,
                  message: values.message!,
                  contactName: values.contactName!,
                  contactEmail: values.contactEmail!,
                },
                idempotencyKey,
              },
              'partnerApply.sent',
              (data) => setReceipt(data.applyToBecomePartner),
            )
          }
        />
      )}
    </>
  );
}
