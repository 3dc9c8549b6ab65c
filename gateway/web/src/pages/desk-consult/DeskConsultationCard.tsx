import { forUnit } from '../../api/unit-operation';
import { useAction } from '../../api/use-action';
import { ActionOutcome } from '../../components/FormParts';
import { SpecForm } from '../../components/SpecForm';
import {
  StaffCloseConsultationDocument,
  StaffPublishConsultationSummaryDocument,
  StaffRecordHearingMinutesDocument,
  type DeskConsultationFieldsFragment,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { Paragraphs } from '../take-part/TakePartFrame';
import { orNull, sendForm } from '../unit-services/desk-send';

/**
 * One consultation at the desk: close it while open, a formal hearing's minutes, and the summary
 * once closed. What is published already stands above its form (a new text replaces it).
 */
export function DeskConsultationCard(props: {
  consultation: DeskConsultationFieldsFragment;
  unitCode: string;
  slug: string;
  changed(): void;
}) {
  const { consultation: c, unitCode, slug, changed } = props;
  const { t, label, pick, format } = useI18n();
  const closing = useAction();
  const closed = c.status === 'CLOSED' || c.status === 'SUMMARY_PUBLISHED';
  const close = async () => {
    if (await closing.run(forUnit(StaffCloseConsultationDocument, slug), { id: c.id }, 'consultDesk.closed')) changed();
  };
  return (
    <li className="card" data-consultation={c.id}>
      <h3>{pick(c.titleTh, c.titleEn)}</h3>
      <p className="badges">
        <span className="badge">{label('consultationKind', c.kind)}</span>{' '}
        <span className="badge" data-testid="consultation-status">
          {label('status', c.status)}
        </span>
      </p>
      <p className="meta">
        {t('take.window', { from: format.dateTime(c.opensAt), to: format.dateTime(c.closesAt) })} ·{' '}
        {t('take.comments', { n: format.number(c.commentCount) })} ·{' '}
        <Link to={`/units/${unitCode}/consultations/${c.id}`}>{t('consultDesk.publicPage')}</Link>
      </p>
      {c.hearingAt ? <p>{t('take.hearing', { date: format.dateTime(c.hearingAt), place: c.place ?? '' })}</p> : null}
      {c.status === 'OPEN' ? (
        <button type="button" className="button-secondary" onClick={close} disabled={closing.sending}>
          {t('consultDesk.close')}
        </button>
      ) : null}
      <ActionOutcome success={closing.done ? t(closing.done) : null} problems={closing.problems} />
      {c.kind === 'FORMAL_HEARING' ? (
        <>
          {c.minutesTh ? (
            <details>
              <summary>{t('consultDesk.minutesNow')}</summary>
              <Paragraphs text={c.minutesTh} />
            </details>
          ) : null}
          <SpecForm
            id={`minutes-${c.id}`}
            title="consultDesk.minutesTitle"
            headingLevel={4}
            fields={[
              { name: 'minutesTh', label: 'consultDesk.minutesTh', kind: 'textarea', required: true, hint: 'consultDesk.minutesHint' },
            ]}
            submitLabel="consultDesk.saveMinutes"
            onSubmit={(v) =>
              sendForm(
                forUnit(StaffRecordHearingMinutesDocument, slug),
                { id: c.id, minutesTh: v.minutesTh! },
                'consultDesk.minutesSaved',
                changed,
              )
            }
          />
        </>
      ) : null}
      {closed ? (
        <>
          {c.summaryTh ? (
            <details>
              <summary>{t('consultDesk.summaryNow', { date: c.summaryPublishedAt ? format.date(c.summaryPublishedAt) : '' })}</summary>
              <Paragraphs text={pick(c.summaryTh, c.summaryEn)} />
            </details>
          ) : null}
          <SpecForm
            id={`summary-${c.id}`}
            title="consultDesk.summaryTitle"
            headingLevel={4}
            fields={[
              { name: 'summaryTh', label: 'consultDesk.summaryTh', kind: 'textarea', required: true, hint: 'consultDesk.summaryHint' },
              { name: 'summaryEn', label: 'consultDesk.summaryEn', kind: 'textarea' },
            ]}
            submitLabel="consultDesk.publishSummary"
            onSubmit={(v) =>
              sendForm(
                forUnit(StaffPublishConsultationSummaryDocument, slug),
                { id: c.id, summaryTh: v.summaryTh!, summaryEn: orNull(v.summaryEn) },
                'consultDesk.summaryPublished',
                changed,
              )
            }
          />
        </>
      ) : (
        <p className="meta">{t('consultDesk.summaryAfterClose')}</p>
      )}
    </li>
  );
}
