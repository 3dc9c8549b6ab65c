import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { slugOfCode } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { ContributionForm } from '../../components/ContributionForm';
import { ContributionText, ReportButton } from '../../components/ReportButton';
import { CommentOnConsultationDocument, ConsultationPageDocument } from '../../gql/graphql';
import { FollowBox } from '../../components/FollowBox';
import { useI18n } from '../../i18n/i18n';
import { Paragraphs, TakePartFrame } from './TakePartFrame';

/** One consultation: what it is about, the comments, a comment form while open, a hearing's minutes, the summary once published. */
export function ConsultationPage({ code, id }: { code: string; id: string }) {
  const { t, pick, label, format } = useI18n();
  const { data, problems, loading, reload } = useQuery(ConsultationPageDocument, { code, id });
  const consultation = data?.unit?.consultation;
  return (
    <TakePartFrame
      loading={loading}
      problems={problems}
      reload={reload}
      unit={data?.unit}
      titleTh={consultation?.titleTh}
      titleEn={consultation?.titleEn}
    >
      {consultation ? (
        <>
          <p className="badges">
            <span className="badge">{label('consultationKind', consultation.kind)}</span>{' '}
            <span className="badge" data-testid="status">
              {label('status', consultation.status)}
            </span>
          </p>
          <p className="meta">
            {t('take.window', { from: format.dateTime(consultation.opensAt), to: format.dateTime(consultation.closesAt) })}
          </p>
          {consultation.hearingAt ? (
            <p>{t('take.hearing', { date: format.dateTime(consultation.hearingAt), place: consultation.place ?? '' })}</p>
          ) : null}
          {consultation.descriptionTh ? <Paragraphs text={pick(consultation.descriptionTh, consultation.descriptionEn)} /> : null}
          {consultation.minutesTh ? (
            <section aria-labelledby="minutes-heading" data-testid="minutes">
              <h2 id="minutes-heading">{t('take.minutes')}</h2>
              <Paragraphs text={consultation.minutesTh} />
            </section>
          ) : null}
          {consultation.summaryTh ? (
            <section aria-labelledby="summary-heading" className="notice">
              <h2 id="summary-heading">{t('take.summary')}</h2>
              {consultation.summaryPublishedAt ? (
                <p className="meta">{t('take.publishedOn', { date: format.date(consultation.summaryPublishedAt) })}</p>
              ) : null}
              <Paragraphs text={pick(consultation.summaryTh, consultation.summaryEn)} />
            </section>
          ) : consultation.status === 'CLOSED' ? (
            <p>{t('take.summaryPending')}</p>
          ) : null}
          {consultation.status === 'OPEN' ? (
            <section aria-labelledby="comment-form-heading">
              <h2 id="comment-form-heading">{t('take.commentTitle')}</h2>
              {data?.unit?.holdsContributions ? <p className="notice">{t('moderation.heldNotice')}</p> : null}
              <ContributionForm
                id="comment-form"
                bodyLabel={t('take.comment')}
                sendLabel={t('take.sendComment')}
                sentText={t('take.commentSent')}
                send={async (contribution, key) => {
                  const answer = await execute(forUnit(CommentOnConsultationDocument, slugOfCode(code)), {
                    consultationId: consultation.id,
                    body: contribution.body,
                    authorName: contribution.authorName,
                    key,
                  });
                  const ok = Boolean(answer.data?.unit?.commentOnConsultation);
                  if (ok) reload();
                  return { ok, problems: answer.problems };
                }}
              />
            </section>
          ) : null}
          <section aria-labelledby="comments-heading">
            <h2 id="comments-heading">{t('take.comments', { n: format.number(consultation.commentCount) })}</h2>
            {consultation.comments?.nodes.length ? (
              <ul className="cards" data-testid="comments">
                {consultation.comments.nodes.map((comment) => (
                  <li key={comment.id} className="card">
                    <ContributionText body={comment.body} hiddenReason={comment.hiddenReason} />
                    <p className="meta">
                      {comment.authorName ?? t('take.anonymous')} · {format.dateTime(comment.createdAt)}
                      {comment.hiddenReason ? null : (
                        <>
                          {' · '}
                          <ReportButton code={code} kind="CONSULTATION_COMMENT" id={comment.id} />
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('take.noComments')}</p>
            )}
          </section>
          {/* Followable while something is still to come: its summary. */}
          {!consultation.summaryTh ? <FollowBox code={code} kind="CONSULTATION" id={consultation.id} /> : null}
        </>
      ) : null}
    </TakePartFrame>
  );
}
