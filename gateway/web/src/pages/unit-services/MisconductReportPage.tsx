import { useState } from 'react';
import { Receipt } from '../../components/Receipt';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { ReportMisconductDocument, type ReportMisconductMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, sendForm } from './desk-send';
import { SERVICE_PATHS, ServiceHeading } from './service-links';

type MisconductReceipt = NonNullable<ReportMisconductMutation['internalAudit']>['reportMisconduct'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'subjectTh', label: 'audit.subject', kind: 'text', required: true },
  { name: 'bodyTh', label: 'audit.body', kind: 'textarea', required: true, hint: 'audit.bodyHint' },
  { name: 'whoIsInvolved', label: 'audit.who', kind: 'textarea' },
  { name: 'whenOccurred', label: 'audit.when', kind: 'text' },
  { name: 'evidenceDescription', label: 'audit.evidence', kind: 'textarea' },
  { name: 'contact', label: 'audit.contact', kind: 'text', hint: 'audit.contactHint' },
];

/**
 * Internal Audit's confidential channel (แจ้งเบาะแสการทุจริต): a report, anonymous unless the
 * reporter leaves a contact, answered with a code and a PIN shown this once.
 */
export function MisconductReportPage() {
  const { t } = useI18n();
  const [receipt, setReceipt] = useState<MisconductReceipt | null>(null);
  return (
    <>
      <ServiceHeading unitCode="AUDIT" title="audit.reportTitle" lead="audit.reportLead" />
      <div className="notice">
        <p>{t('audit.confidential')}</p>
      </div>
      {receipt ? (
        <Receipt
          title={t('audit.receiptTitle')}
          codes={[
            { label: t('audit.code'), value: receipt.code, testId: 'report-code' },
            { label: t('audit.pin'), value: receipt.pin, testId: 'report-pin' },
          ]}
          receivedAt={receipt.receivedAt}
          keep={t('audit.keep')}
          another={{ label: t('audit.another'), onClick: () => setReceipt(null) }}
        >
          <p>
            <Link to={SERVICE_PATHS.misconductFollow}>{t('audit.followTitle')}</Link>
          </p>
        </Receipt>
      ) : (
        <SpecForm
          id="misconduct"
          title="audit.formTitle"
          fields={FIELDS}
          submitLabel="audit.send"
          onSubmit={(values, key) =>
            sendForm(
              ReportMisconductDocument,
              {
                input: {
                  subjectTh: values.subjectTh!,
                  bodyTh: values.bodyTh!,
                  whoIsInvolved: orNull(values.whoIsInvolved),
                  whenOccurred: orNull(values.whenOccurred),
                  evidenceDescription: orNull(values.evidenceDescription),
                  contact: orNull(values.contact),
                },
                key,
              },
              'audit.sent',
              (data) => setReceipt(data.internalAudit?.reportMisconduct ?? null),
            )
          }
        />
      )}
    </>
  );
}
