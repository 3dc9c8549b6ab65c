import { useState } from 'react';
import { Receipt } from '../../components/Receipt';
import { RequireSignIn } from '../../components/RequireRole';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import { FilePersonnelPetitionDocument, type FilePersonnelPetitionMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { sendForm } from './desk-send';
import { SERVICE_PATHS, ServiceHeading } from './service-links';

type PetitionReceipt = NonNullable<FilePersonnelPetitionMutation['personnel']>['filePersonnelPetition'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'subjectTh', label: 'petition.subject', kind: 'text', required: true },
  { name: 'bodyTh', label: 'petition.body', kind: 'textarea', required: true, hint: 'petition.bodyHint' },
  { name: 'petitionerName', label: 'petition.name', kind: 'text', required: true },
  { name: 'contact', label: 'petition.contact', kind: 'text', required: true, hint: 'petition.contactHint' },
];

/**
 * A teacher's or staff member's petition to Personnel (ร้องทุกข์/อุทธรณ์), signed in: read by
 * Personnel's named staff only; the receipt gives the code to follow its status with.
 */
export function PetitionPage() {
  const { t } = useI18n();
  const [receipt, setReceipt] = useState<PetitionReceipt | null>(null);
  return (
    <>
      <ServiceHeading unitCode="PERSONNEL" title="petition.title" lead="petition.lead" />
      <div className="notice">
        <p>{t('petition.confidential')}</p>
      </div>
      <RequireSignIn why={t('petition.signInNeeded')}>
        {receipt ? (
          <Receipt
            title={t('petition.receiptTitle')}
            codes={[{ label: t('petition.code'), value: receipt.code, testId: 'petition-code' }]}
            receivedAt={receipt.receivedAt}
            keep={t('petition.keep')}
            another={{ label: t('petition.another'), onClick: () => setReceipt(null) }}
          >
            <p>
              <Link to={`${SERVICE_PATHS.petitionFollow}?code=${encodeURIComponent(receipt.code)}`}>{t('petition.followThis')}</Link>
            </p>
          </Receipt>
        ) : (
          <SpecForm
            id="petition"
            title="petition.formTitle"
            fields={FIELDS}
            submitLabel="petition.send"
            onSubmit={(values, key) =>
              sendForm(
                FilePersonnelPetitionDocument,
                {
                  input: {
                    subjectTh: values.subjectTh!,
                    bodyTh: values.bodyTh!,
                    petitionerName: values.petitionerName!,
                    contact: values.contact!,
                  },
                  key,
                },
                'petition.sent',
                (data) => setReceipt(data.personnel?.filePersonnelPetition ?? null),
              )
            }
          />
        )}
      </RequireSignIn>
    </>
  );
}
