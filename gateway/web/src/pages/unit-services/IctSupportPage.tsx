import { useState } from 'react';
import { Receipt } from '../../components/Receipt';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { RequestIctSupportDocument, type IctCategory, type RequestIctSupportMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, sendForm } from './desk-send';
import { SERVICE_PATHS, ServiceHeading } from './service-links';

export const ICT_CATEGORIES: readonly IctCategory[] = ['NETWORK', 'HARDWARE', 'SOFTWARE', 'ACCOUNT', 'DLTV', 'OTHER'];

type IctReceipt = NonNullable<RequestIctSupportMutation['distanceEducationIct']>['requestIctSupport'];

/** A school asks Distance Education and ICT for support and gets a code to follow the request with. */
export function IctSupportPage() {
  const { t, label } = useI18n();
  const [receipt, setReceipt] = useState<IctReceipt | null>(null);
  const fields: FieldSpec[] = [
    { name: 'schoolName', label: 'ict.schoolName', kind: 'text', required: true },
    { name: 'schoolCode', label: 'ict.schoolCode', kind: 'text', hint: 'ict.schoolCodeHint' },
    { name: 'contactName', label: 'ict.contactName', kind: 'text', hint: 'ict.contactHint' },
    {
      name: 'category',
      label: 'ict.category',
      kind: 'select',
      options: ICT_CATEGORIES.map((value) => ({ value, label: label('ictCategory', value) })),
      initial: 'NETWORK',
      required: true,
    },
    { name: 'descriptionTh', label: 'ict.description', kind: 'textarea', required: true, hint: 'ict.descriptionHint' },
  ];
  return (
    <>
      <ServiceHeading unitCode="DLICT" title="ict.title" lead="ict.lead" />
      {receipt ? (
        <Receipt
          title={t('ict.receiptTitle')}
          codes={[{ label: t('ict.code'), value: receipt.code, testId: 'ict-code' }]}
          receivedAt={receipt.receivedAt}
          keep={t('ict.keep')}
          another={{ label: t('ict.another'), onClick: () => setReceipt(null) }}
        >
          <p>
            <Link to={`${SERVICE_PATHS.ictFollow}?code=${encodeURIComponent(receipt.code)}`}>{t('ict.followThis')}</Link>
          </p>
        </Receipt>
      ) : (
        <SpecForm
          id="ict-request"
          title="ict.formTitle"
          fields={fields}
          submitLabel="ict.send"
          onSubmit={(values, key) =>
            sendForm(
              RequestIctSupportDocument,
              {
                input: {
                  schoolName: values.schoolName!,
                  schoolCode: orNull(values.schoolCode),
                  contactName: orNull(values.contactName),
                  category: values.category as IctCategory,
                  descriptionTh: values.descriptionTh!,
                },
                key,
              },
              'ict.sent',
              (data) => setReceipt(data.distanceEducationIct?.requestIctSupport ?? null),
            )
          }
        />
      )}
      <p>
        <Link to={SERVICE_PATHS.ictFollow}>{t('ict.followTitle')}</Link>
      </p>
    </>
  );
}
