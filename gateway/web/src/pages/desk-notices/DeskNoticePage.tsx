import { useState } from 'react';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { useAction } from '../../api/use-action';
import { useQuery } from '../../api/use-query';
import { ActionOutcome } from '../../components/FormParts';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, type FieldSpec } from '../../components/SpecForm';
import {
  StaffMarkNoticeReviewedDocument,
  StaffNoticeDocument,
  StaffReviseNoticeDocument,
  type NoticeKind,
  type StaffNoticeFieldsFragment,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { AttachmentForm } from './AttachmentForm';
import { StaleBadge } from './DeskNoticesPage';
import { orNull, sendForm } from '../unit-services/desk-send';

function NoticeFacts({ notice }: { notice: StaffNoticeFieldsFragment }) {
  const { t, label, format } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('deskNotices.kind')}</dt>
        <dd>{label('kind', notice.kind)}</dd>
        <dt>{t('deskNotices.published')}</dt>
        <dd>{format.dateTime(notice.publishedAt)}</dd>
        <dt>{t('deskNotices.lastReviewed')}</dt>
        <dd data-testid="notice-reviewed">{format.dateTime(notice.lastReviewedAt)}</dd>
        <dt>{t('deskNotices.reviewDue')}</dt>
        <dd data-testid="notice-review-due">
          {format.date(notice.reviewDueAt)} <StaleBadge stale={notice.stale} />
        </dd>
      </dl>
      <div className="answer" data-testid="notice-body">
        {notice.bodyTh}
      </div>
      <h2>{t('deskNotices.attachments')}</h2>
      {notice.attachments.length === 0 ? <p className="meta">{t('deskNotices.noAttachments')}</p> : null}
      <ul data-testid="notice-attachments">
        {notice.attachments.map((file) => (
          <li key={file.id}>
            <a href={file.downloadUrl}>{t('news.attachment', { name: file.fileName, size: format.bytes(file.sizeBytes) })}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function MarkReviewed({ id, slug, onDone }: { id: string; slug: string; onDone(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const mark = async () => {
    if (await action.run(forUnit(StaffMarkNoticeReviewedDocument, slug), { id }, 'deskNotices.reviewed')) onDone();
  };
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t('deskNotices.markReviewed')}</h2>
      <p className="hint">{t('deskNotices.markReviewedHint')}</p>
      <button type="button" className="button-secondary" disabled={action.sending} onClick={mark}>
        {t('deskNotices.markReviewed')}
      </button>
      <ActionOutcome success={action.done ? t(action.done) : null} problems={action.problems} />
    </section>
  );
}

function ReviseForm({ notice, slug, onDone }: { notice: StaffNoticeFieldsFragment; slug: string; onDone(): void }) {
  const { label } = useI18n();
  const fields: FieldSpec[] = [
    {
      name: 'kind',
      label: 'desk.noticeKind',
      kind: 'select',
      options: ['NEWS', 'ANNOUNCEMENT', 'DOCUMENT'].map((value) => ({ value, label: label('kind', value) })),
      initial: notice.kind,
      required: true,
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true, initial: notice.titleTh },
    { name: 'titleEn', label: 'desk.titleEn', kind: 'text', initial: notice.titleEn ?? '' },
    { name: 'bodyTh', label: 'desk.bodyTh', kind: 'textarea', required: true, initial: notice.bodyTh },
    { name: 'bodyEn', label: 'deskNotices.bodyEn', kind: 'textarea', initial: notice.bodyEn ?? '' },
  ];
  return (
    <SpecForm
      id="revise"
      title="deskNotices.revise"
      fields={fields}
      submitLabel="deskNotices.reviseSubmit"
      onSubmit={async (v) => {
        const input = {
          kind: v.kind as NoticeKind,
          titleTh: v.titleTh!,
          titleEn: orNull(v.titleEn),
          bodyTh: v.bodyTh!,
          bodyEn: orNull(v.bodyEn),
        };
        // The page says it (the form starts again from the saved text).
        const sent = await sendForm(forUnit(StaffReviseNoticeDocument, slug), { id: notice.id, input }, 'deskNotices.revised', onDone);
        return { ...sent, done: null };
      }}
    />
  );
}

/** One of the unit's notices: its text and files, a correction, a review, another file. */
export function DeskNoticePage({ id }: { id: string }) {
  const { t } = useI18n();
  const unit = useDeskUnit();
  const slug = unit?.slug ?? 'financeAssets';
  const query = useQuery(forUnit(StaffNoticeDocument, slug), { id }, !unit);
  // The correction form starts again from the saved text, so the success is said here.
  const [revised, setRevised] = useState(false);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const notice = query.data?.desk?.notice;
  return (
    <>
      <p>
        <Link to="/desk/notices">{t('deskNotices.back')}</Link>
      </p>
      <h1>{notice?.titleTh ?? t('nav.deskNotice')}</h1>
      <ProblemNotice problems={query.problems} onRetry={query.reload} />
      {query.loading && !notice ? <Loading /> : null}
      {revised ? (
        <div className="notice notice-success" role="status">
          <p>{t('deskNotices.revised')}</p>
        </div>
      ) : null}
      {!query.loading && query.data && !notice ? <p role="status">{t('deskNotices.notFound')}</p> : null}
      {notice ? (
        <>
          <NoticeFacts notice={notice} />
          <h2>{t('desk.actions')}</h2>
          <div className="desk-actions">
            <MarkReviewed id={notice.id} slug={slug} onDone={query.reload} />
            <AttachmentForm noticeId={notice.id} slug={slug} onDone={query.reload} />
            <ReviseForm key={notice.lastReviewedAt} notice={notice} slug={slug} onDone={() => (setRevised(true), query.reload())} />
          </div>
        </>
      ) : null}
    </>
  );
}
