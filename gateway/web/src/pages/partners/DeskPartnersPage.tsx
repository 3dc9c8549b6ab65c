import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { CardList } from '../../components/CardList';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, type FieldSpec, type FormValues } from '../../components/SpecForm';
import {
  DeskPartnersDocument,
  RecordAgreementDocument,
  RegisterPartnerDocument,
  type PartnerItemFragment,
  type PartnerKind,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { orNull, sendForm, todayInBangkok } from '../unit-services/desk-send';
import { DeskHeading } from '../unit-services/service-links';
import { DeskPartnerApplications } from './DeskPartnerApplications';
import { AgreementsTable, PARTNER_KINDS, PartnerFacts, partnerPath } from './partner-parts';

const AGREEMENT: readonly FieldSpec[] = [
  { name: 'title', label: 'partner.agreementTitle', kind: 'text', required: true },
  { name: 'signedAt', label: 'partner.signedAt', kind: 'date', initial: todayInBangkok(), required: true },
  { name: 'startsOn', label: 'partner.startsOn', kind: 'date', initial: todayInBangkok(), required: true },
  { name: 'endsOn', label: 'partner.endsOn', kind: 'date', required: true },
];

/** One registered partner at the desk: what the register holds, its MOUs, a form for a new one. */
function PartnerAtDesk({ partner, onChanged }: { partner: PartnerItemFragment; onChanged(): void }) {
  const { t } = useI18n();
  const record = (values: FormValues) =>
    sendForm(
      RecordAgreementDocument,
      {
        partnerId: partner.id,
        input: { title: values.title!, signedAt: values.signedAt!, startsOn: values.startsOn!, endsOn: values.endsOn! },
      },
      'partnerDesk.recorded',
      onChanged,
    );
  return (
    <>
      {partner.nameEn ? (
        <p className="meta" lang="en">
          {partner.nameEn}
        </p>
      ) : null}
      <PartnerFacts partner={partner} />
      <p>
        <Link to={partnerPath(partner.id)}>{t('partnerDesk.publicPage', { name: partner.nameTh })}</Link>
      </p>
      <AgreementsTable partner={partner} />
      <details className="ask">
        <summary>{t('partnerDesk.agreementForm', { name: partner.nameTh })}</summary>
        <SpecForm
          id={`agreement-${partner.id}`}
          title="partnerDesk.agreementTitle"
          headingLevel={4}
          fields={AGREEMENT}
          submitLabel="partnerDesk.record"
          onSubmit={record}
        />
      </details>
    </>
  );
}

/**
 * The office's register of partners at the desk: staff of any unit register an organisation and
 * record its MOUs (the API asks 'participation:manage' in their own unit); each links to its public page.
 * Organisations' applications to join come first: accepting one registers it.
 */
export function DeskPartnersPage() {
  const { t, label } = useI18n();
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const paged = usePaged<PartnerItemFragment>(kind);
  const { data, problems, loading, reload } = useQuery(DeskPartnersDocument, { kind: kind || null, after: paged.after });
  const page = data?.partners;
  const kinds = PARTNER_KINDS.map((value) => ({ value, label: label('partnerKind', value) }));
  const register: FieldSpec[] = [
    { name: 'nameTh', label: 'partner.nameTh', kind: 'text', required: true },
    { name: 'nameEn', label: 'partner.nameEn', kind: 'text' },
    { name: 'kind', label: 'partner.kind', kind: 'select', options: kinds, initial: 'SCHOOL', required: true },
    { name: 'province', label: 'partner.province', kind: 'text', required: true, hint: 'partner.provinceHint' },
  ];
  return (
    <>
      <DeskHeading title="partnerDesk.title" lead="partnerDesk.lead" />
      <DeskPartnerApplications onAccepted={reload} />
      <SpecForm
        id="register-partner"
        title="partnerDesk.registerTitle"
        fields={register}
        submitLabel="partnerDesk.register"
        onSubmit={(values) =>
          sendForm(
            RegisterPartnerDocument,
            {
              input: {
                nameTh: values.nameTh!,
                nameEn: orNull(values.nameEn),
                kind: values.kind as PartnerKind,
                province: values.province!,
              },
            },
            'partnerDesk.registered',
            reload,
          )
        }
      />
      <div className="toolbar">
        <ChoiceFilter
          id="partner-kind-filter"
          label={t('partner.kind')}
          allLabel={t('partner.allKinds')}
          value={kind}
          choices={kinds}
          onChange={setKind}
        />
      </div>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      <CardList
        id="partners"
        heading={t('partnerDesk.listHeading')}
        none={t('partnerDesk.none')}
        page={page}
        items={page ? paged.shown(page.nodes) : []}
        paged={paged}
        title={(partner) => partner.nameTh}
      >
        {(partner) => <PartnerAtDesk partner={partner} onChanged={reload} />}
      </CardList>
    </>
  );
}
