import { useState } from 'react';
import { execute } from '../api/client';
import { useSession } from '../api/session';
import { forUnit } from '../api/unit-operation';
import { useDeskUnit } from '../api/unit-desk';
import { useAction } from '../api/use-action';
import { useQuery } from '../api/use-query';
import { ActionOutcome, Field } from '../components/FormParts';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { formProblem, sentOf, useApiForm } from '../components/use-api-form';
import {
  StaffApproveContributionDocument,
  StaffHideContributionDocument,
  StaffModerationDocument,
  StaffRestoreContributionDocument,
  StaffSetHoldContributionsDocument,
  type ModerationItemFieldsFragment,
  type ModerationStatus,
} from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

/** What the list shows: what waits for a decision (the API's default), or every contribution in one state. */
type Show = 'WAITING' | ModerationStatus;
const SHOWS: readonly Show[] = ['WAITING', 'HELD', 'HIDDEN', 'VISIBLE'];

/** One contribution with the decisions that fit where it stands: hide (with a reason), restore, approve. */
function ModerationCard({ item, slug, done }: { item: ModerationItemFieldsFragment; slug: string; done(): void }) {
  const { t, label, format } = useI18n();
  const action = useAction();
  // Checked here first; the API's own problem with the reason stands in the same place.
  const hiding = useApiForm({
    defaultValues: { reason: '' },
    fields: { reason: 'reason' },
    check: ({ reason }) => (reason.trim() ? [] : [formProblem('reason', 'moderation.err.reason')]),
  });
  const reasonId = `hide-reason-${item.id}`;
  const variables = { kind: item.kind, id: item.id };
  const waiting = item.status === 'HELD' || (item.status === 'VISIBLE' && item.openReports > 0);

  const hide = hiding.submit(async ({ reason }) => {
    const sent = sentOf(await execute(forUnit(StaffHideContributionDocument, slug), { ...variables, reason }));
    if (sent === true) done();
    return sent;
  });
  const restore = async () => {
    if (await action.run(forUnit(StaffRestoreContributionDocument, slug), variables, 'moderation.restoredDone')) done();
  };
  const approve = async () => {
    if (await action.run(forUnit(StaffApproveContributionDocument, slug), variables, 'moderation.approvedDone')) done();
  };

  return (
    <li className="card moderation-item" data-contribution={item.id} data-status={item.status}>
      <p className="badges">
        <span className="badge">{label('moderation.kind', item.kind)}</span>{' '}
        <span className={`badge ${item.status === 'HIDDEN' ? 'badge-late' : item.status === 'HELD' ? 'badge-warn' : 'badge-ok'}`}>
          {label('moderation.status', item.status)}
        </span>
      </p>
      {item.contextTh ? <p className="meta">{t('moderation.on', { context: item.contextTh })}</p> : null}
      <blockquote className="prose">{item.text}</blockquote>
      <p className="meta">
        {t('moderation.by', { name: item.authorName ?? t('take.anonymous') })} ·{' '}
        {t('moderation.at', { date: format.dateTime(item.contributedAt) })}
      </p>
      {item.reportsTotal > 0 ? (
        <p>
          {t('moderation.reports', { open: item.openReports, total: item.reportsTotal })}:{' '}
          {item.reasons.map((r) => `${label('reportReason', r.reason)} (${r.count})`).join(', ')}
        </p>
      ) : null}
      {item.reportNotes.length ? (
        <details>
          <summary>{t('moderation.notes')}</summary>
          <ul>
            {item.reportNotes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {item.hiddenReason ? <p>{t('moderation.hiddenWhy', { reason: item.hiddenReason })}</p> : null}
      <ActionOutcome
        success={hiding.sent ? t('moderation.hiddenDone') : action.done ? t(action.done) : null}
        problems={[...action.problems, ...hiding.problems]}
      />
      <div className="dialog-actions">
        {waiting ? (
          <button type="button" className="button-secondary" onClick={approve}>
            {item.status === 'HELD' ? t('moderation.approve') : t('moderation.keep')}
          </button>
        ) : null}
        {item.status === 'HIDDEN' ? (
          <button type="button" className="button-secondary" onClick={restore}>
            {t('moderation.restore')}
          </button>
        ) : null}
      </div>
      {item.status !== 'HIDDEN' ? (
        <form onSubmit={hide} noValidate>
          <Field id={reasonId} label={`${t('moderation.hideReason')} ${t('common.required')}`} problem={hiding.problemAt('reason')}>
            {(aria) => <input {...aria} type="text" {...hiding.form.register('reason')} maxLength={500} required />}
          </Field>
          <button type="submit" className="button-primary" aria-disabled={hiding.sending || undefined}>
            {t('moderation.hide')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/** The unit's setting: hold comments and suggestions for approval. The head changes it; staff see it. */
function HoldSetting({ slug, hold, changed }: { slug: string; hold: boolean; changed(): void }) {
  const { t } = useI18n();
  const session = useSession();
  const action = useAction();
  const head = session?.role === 'UNIT_HEAD';
  // Shown at once; put back if the API refuses.
  const [value, setValue] = useState(hold);
  return (
    <fieldset>
      <legend>{t('moderation.setting')}</legend>
      {head ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={value}
            onChange={async (e) => {
              const wanted = e.target.checked;
              setValue(wanted);
              const saved = await action.run(forUnit(StaffSetHoldContributionsDocument, slug), { hold: wanted }, 'moderation.holdSaved');
              if (saved) changed();
              else setValue(!wanted);
            }}
          />
          <span>{t('moderation.hold')}</span>
        </label>
      ) : (
        <p>
          {hold ? t('moderation.holdOn') : t('moderation.holdOff')} ({t('moderation.holdHeadOnly')})
        </p>
      )}
      <ActionOutcome success={action.done ? t(action.done) : null} problems={action.problems} />
    </fieldset>
  );
}

/** The unit's moderation: reported and held contributions, what it hid, and its hold-for-approval setting. */
export function DeskModerationPage() {
  const { t, label, pick } = useI18n();
  const unit = useDeskUnit();
  const [show, setShow] = useState<Show>('WAITING');
  const queue = useQuery(
    forUnit(StaffModerationDocument, unit?.slug ?? 'financeAssets'),
    { status: show === 'WAITING' ? null : show, after: null },
    !unit,
  );
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const desk = queue.data?.desk;
  const items = desk?.moderationQueue.nodes ?? [];
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('moderation.title', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('moderation.lead')}</p>
      {desk ? <HoldSetting slug={unit.slug} hold={desk.holdsContributions} changed={queue.reload} /> : null}
      <fieldset>
        <legend>{t('moderation.show')}</legend>
        <div className="choices-inline">
          {SHOWS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="moderation-show" checked={show === value} onChange={() => setShow(value)} />
              <span>{label('moderation.show', value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ProblemNotice problems={queue.problems} onRetry={queue.reload} />
      {queue.loading ? <Loading /> : null}
      {desk ? (
        <section aria-labelledby="moderation-list-heading">
          <h2 id="moderation-list-heading">{t('moderation.listCaption', { n: items.length })}</h2>
          {items.length ? (
            <ul className="cards" data-testid="moderation-queue">
              {items.map((item) => (
                <ModerationCard key={`${item.kind}:${item.id}`} item={item} slug={unit.slug} done={queue.reload} />
              ))}
            </ul>
          ) : (
            <p role="status">{t('moderation.empty')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
