import { useQuery } from '../../api/use-query';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm, type FieldSpec, type FormValues } from '../../components/SpecForm';
import { PartnerChoicesDocument, RecordScholarshipPartnershipDocument, type ScholarshipPartnershipKind } from '../../gql/graphql';
import { fiscalYearOf } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { besideList, listOf, numberOf, refuse, sendForm, wholeNumberOf } from './desk-send';
import { SCHOLARSHIP_KINDS } from './ScholarshipsPage';
import { DeskHeading, SERVICE_PATHS } from './service-links';

function record(values: FormValues) {
  const fiscalYear = wholeNumberOf(values.fiscalYear);
  const studentsSupported = wholeNumberOf(values.studentsSupported);
  const amountBaht = values.amountBaht?.trim() ? numberOf(values.amountBaht) : null;
  if (fiscalYear === null) return refuse('fiscalYear', 'finance.err.fiscalYear');
  if (studentsSupported === null) return refuse('studentsSupported', 'scholar.err.students');
  if (values.amountBaht?.trim() && amountBaht === null) return refuse('amountBaht', 'finance.err.amount');
  const schoolsTh = listOf(values.schoolsTh);
  return sendForm(
    RecordScholarshipPartnershipDocument,
    {
      input: {
        partnerId: values.partnerId!,
        titleTh: values.titleTh!,
        kind: values.kind as ScholarshipPartnershipKind,
        fiscalYear,
        amountBaht,
        studentsSupported,
        schoolsTh,
      },
    },
    'scholar.recorded',
  ).then((r) => ({ ...r, problems: besideList(r.problems, 'schoolsTh') }));
}

/** Education Promotion's desk: record a partner's support for students. */
export function DeskScholarshipsPage() {
  return <RequireDeskUnit code="PROMOTION">{() => <DeskScholarships />}</RequireDeskUnit>;
}

function DeskScholarships() {
  const { t, label, pick } = useI18n();
  const { data, problems, loading, reload } = useQuery(PartnerChoicesDocument, {});
  const partners = data?.partners.nodes ?? [];
  const fields: FieldSpec[] = [
    {
      name: 'partnerId',
      label: 'scholar.partner',
      kind: 'select',
      options: [
        { value: '', label: t('scholar.choosePartner') },
        ...partners.map((p) => ({ value: p.id, label: pick(p.nameTh, p.nameEn ?? p.nameTh) })),
      ],
      required: true,
      hint: 'scholar.partnerHint',
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    {
      name: 'kind',
      label: 'finance.kind',
      kind: 'select',
      options: SCHOLARSHIP_KINDS.map((value) => ({ value, label: label('scholarKind', value) })),
      initial: 'SCHOLARSHIP',
      required: true,
    },
    { name: 'fiscalYear', label: 'dash.fiscalYear', kind: 'number', initial: String(fiscalYearOf(new Date())), required: true },
    { name: 'amountBaht', label: 'finance.amountInput', kind: 'number', hint: 'finance.amountHint' },
    { name: 'studentsSupported', label: 'scholar.students', kind: 'number', required: true },
    { name: 'schoolsTh', label: 'scholar.schools', kind: 'textarea', hint: 'scholar.schoolsHint' },
  ];
  return (
    <>
      <DeskHeading
        title="scholar.deskTitle"
        lead="scholar.deskLead"
        publicPage={{ to: SERVICE_PATHS.scholarships, label: 'scholar.title' }}
      />
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <SpecForm
          key={partners.length}
          id="scholarship"
          title="scholar.recordTitle"
          fields={fields}
          submitLabel="scholar.record"
          onSubmit={record}
        />
      ) : null}
    </>
  );
}
