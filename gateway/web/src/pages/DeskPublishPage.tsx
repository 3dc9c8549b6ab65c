import { execute } from '../api/client';
import type { Problem } from '../api/problems';
import { forUnit } from '../api/unit-operation';
import { useDeskUnit } from '../api/unit-desk';
import { SpecForm, toDateTime, type FieldSpec } from '../components/SpecForm';
import {
  type TypedDocumentString,
  StaffOpenConsultationDocument,
  StaffOpenVoteDocument,
  StaffPublishNoticeDocument,
  type ConsultationKind,
  type NoticeKind,
  type VoteEligibility,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

const orNull = (value: string | undefined) => value?.trim() || null;

/** News, consultations and votes a unit's staff publish; the API checks every field. */
export function DeskPublishPage() {
  const { t, label, pick } = useI18n();
  const unit = useDeskUnit();
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const slug = unit.slug;
  const send = async <T, V>(
    document: TypedDocumentString<T, V>,
    variables: V,
    done: MessageKey,
  ): Promise<{ problems: Problem[]; done: MessageKey | null }> => {
    const result = await execute(forUnit(document, slug), variables);
    return { problems: result.problems, done: result.data && result.problems.length === 0 ? done : null };
  };
  const choices = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: label(prefix, value) }));

  const notice: FieldSpec[] = [
    {
      name: 'kind',
      label: 'desk.noticeKind',
      kind: 'select',
      options: choices('kind', ['NEWS', 'ANNOUNCEMENT', 'DOCUMENT']),
      initial: 'NEWS',
      required: true,
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'titleEn', label: 'desk.titleEn', kind: 'text' },
    { name: 'bodyTh', label: 'desk.bodyTh', kind: 'textarea', required: true },
  ];
  const consultation: FieldSpec[] = [
    {
      name: 'kind',
      label: 'desk.consultationKind',
      kind: 'select',
      options: choices('desk.consultationKind', ['ONLINE_COMMENTS', 'FORMAL_HEARING']),
      initial: 'ONLINE_COMMENTS',
      required: true,
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'descriptionTh', label: 'desk.descriptionTh', kind: 'textarea' },
    { name: 'opensAt', label: 'desk.opensAt', kind: 'datetime', required: true },
    { name: 'closesAt', label: 'desk.closesAt', kind: 'datetime', required: true },
    { name: 'hearingAt', label: 'desk.hearingAt', kind: 'datetime', hint: 'desk.hearingHint' },
    { name: 'place', label: 'desk.place', kind: 'text', hint: 'desk.hearingHint' },
  ];
  const vote: FieldSpec[] = [
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'questionTh', label: 'desk.questionTh', kind: 'textarea', required: true },
    { name: 'options', label: 'desk.voteOptions', kind: 'textarea', required: true, hint: 'desk.voteOptionsHint' },
    {
      name: 'eligibility',
      label: 'desk.eligibility',
      kind: 'select',
      options: choices('desk.eligibility', ['SIGNED_IN', 'LISTED']),
      initial: 'SIGNED_IN',
      required: true,
    },
    { name: 'opensAt', label: 'desk.opensAt', kind: 'datetime', required: true },
    { name: 'closesAt', label: 'desk.closesAt', kind: 'datetime', required: true },
  ];

  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('desk.publishTitle', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('desk.publishLead')}</p>
      <SpecForm
        id="notice"
        title="desk.noticeTitle"
        fields={notice}
        submitLabel="desk.publishNotice"
        onSubmit={(v) =>
          send(
            StaffPublishNoticeDocument,
            { input: { kind: v.kind as NoticeKind, titleTh: v.titleTh!, titleEn: orNull(v.titleEn), bodyTh: v.bodyTh! } },
            'desk.noticePublished',
          )
        }
      />
      <SpecForm
        id="consultation"
        title="desk.consultationTitle"
        fields={consultation}
        submitLabel="desk.openConsultation"
        onSubmit={(v) =>
          send(
            StaffOpenConsultationDocument,
            {
              input: {
                kind: v.kind as ConsultationKind,
                titleTh: v.titleTh!,
                descriptionTh: orNull(v.descriptionTh),
                opensAt: toDateTime(v.opensAt)!,
                closesAt: toDateTime(v.closesAt)!,
                hearingAt: toDateTime(v.hearingAt),
                place: orNull(v.place),
              },
            },
            'desk.consultationOpened',
          )
        }
      />
      <SpecForm
        id="vote"
        title="desk.voteTitle"
        fields={vote}
        submitLabel="desk.openVote"
        onSubmit={(v) =>
          send(
            StaffOpenVoteDocument,
            {
              input: {
                titleTh: v.titleTh!,
                questionTh: v.questionTh!,
                options: v
                  .options!.split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean)
                  .map((labelTh) => ({ labelTh })),
                eligibility: v.eligibility as VoteEligibility,
                opensAt: toDateTime(v.opensAt)!,
                closesAt: toDateTime(v.closesAt)!,
              },
            },
            'desk.voteOpened',
          )
        }
      />
    </>
  );
}
