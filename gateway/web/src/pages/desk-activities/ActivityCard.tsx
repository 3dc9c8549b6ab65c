import { useState } from 'react';
import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { ActionOutcome, Field } from '../../components/FormParts';
import { sentOf, useApiForm } from '../../components/use-api-form';
import {
  StaffLinkPartnerDocument,
  StaffSetActivityStatusDocument,
  type ActivityStatus,
  type PartnerChoicesQuery,
  type StaffActivityFieldsFragment,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

export type PartnerChoice = PartnerChoicesQuery['partners']['nodes'][number];

interface CardProps {
  activity: StaffActivityFieldsFragment;
  slug: string;
  partners: readonly PartnerChoice[];
  onDone(): void;
}

/** The moves the API allows an activity (services/kit/src/features/activities/activity-status.ts); it checks again. */
const NEXT_STATUS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  DRAFT: ['PUBLISHED', 'OPEN', 'ARCHIVED'],
  PUBLISHED: ['OPEN', 'CLOSED', 'ARCHIVED'],
  OPEN: ['CLOSED'],
  CLOSED: ['ARCHIVED'],
  ARCHIVED: [],
};

function StatusForm({ activity, slug, onDone }: Omit<CardProps, 'partners'>) {
  const { t, label } = useI18n();
  const next = NEXT_STATUS[activity.status];
  const action = useApiForm<{ status: ActivityStatus | '' }>({ defaultValues: { status: next[0] ?? '' }, fields: { status: 'status' } });
  if (next.length === 0) return <p className="meta">{t('deskActivities.noMove')}</p>;
  const id = `status-${activity.id}`;
  const submit = action.submit(async ({ status }) => {
    if (!status) return [];
    const sent = sentOf(await execute(forUnit(StaffSetActivityStatusDocument, slug), { id: activity.id, status }));
    if (sent === true) onDone();
    return sent;
  });
  return (
    <form onSubmit={submit} noValidate className="toolbar">
      <Field id={id} label={t('deskActivities.moveTo')} problem={action.problemAt('status')}>
        {(aria) => (
          <select {...aria} {...action.form.register('status')}>
            {next.map((s) => (
              <option key={s} value={s}>
                {label('status', s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button-secondary" disabled={action.sending}>
        {t('deskActivities.move')}
      </button>
      <ActionOutcome success={null} problems={action.problems} />
    </form>
  );
}

function PartnerForm({ activity, slug, partners, onDone }: CardProps) {
  const { t, pick } = useI18n();
  const action = useApiForm({ defaultValues: { partnerId: '', roleTh: '' }, fields: { partnerId: 'partnerId', roleTh: 'roleTh' } });
  const ids = { partnerId: `partner-${activity.id}`, roleTh: `role-${activity.id}` };
  const submit = action.submit(async ({ partnerId, roleTh }) => {
    const sent = sentOf(await execute(forUnit(StaffLinkPartnerDocument, slug), { activityId: activity.id, partnerId, roleTh }));
    if (sent === true) {
      action.form.resetField('roleTh');
      onDone();
    }
    return sent;
  });
  return (
    <form onSubmit={submit} noValidate>
      <Field id={ids.partnerId} label={t('deskActivities.partner')} problem={action.problemAt('partnerId')}>
        {(aria) => (
          <select {...aria} {...action.form.register('partnerId')}>
            <option value="">{t('deskActivities.choosePartner')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {pick(p.nameTh, p.nameEn)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={ids.roleTh} label={`${t('deskActivities.role')} ${t('common.required')}`} problem={action.problemAt('roleTh')}>
        {(aria) => <input {...aria} {...action.form.register('roleTh')} />}
      </Field>
      <button type="submit" className="button-secondary" disabled={action.sending}>
        {t('deskActivities.link.submit')}
      </button>
      <ActionOutcome success={action.sent ? t('deskActivities.linked') : null} problems={action.problems} />
    </form>
  );
}

/** One of the unit's activities: its level, status and partners, with the forms that change them. */
export function ActivityCard({ activity, slug, partners, onDone }: CardProps) {
  const { t, label, pick, format } = useI18n();
  // The status form starts again for the new status, so the card says the move happened.
  const [moved, setMoved] = useState(false);
  return (
    <li className="card" data-activity={activity.id} data-status={activity.status}>
      <article aria-labelledby={`activity-${activity.id}`}>
        <h3 id={`activity-${activity.id}`}>{pick(activity.titleTh, activity.titleEn)}</h3>
        <p className="badges">
          <span className="badge">{label('level', activity.level)}</span>
          <span className="badge" data-testid="activity-status">
            {label('status', activity.status)}
          </span>
        </p>
        <p className="meta">
          {format.dateTime(activity.startsAt)}
          {activity.endsAt ? ` – ${format.dateTime(activity.endsAt)}` : ''}
        </p>
        <StatusForm key={activity.status} activity={activity} slug={slug} onDone={() => (setMoved(true), onDone())} />
        <ActionOutcome success={moved ? t('deskActivities.moved') : null} problems={[]} />
        <h4>{t('deskActivities.partners')}</h4>
        {activity.partners.length === 0 ? <p className="meta">{t('deskActivities.noPartners')}</p> : null}
        <ul data-testid="activity-partners">
          {activity.partners.map(({ partner, roleTh }) => (
            <li key={partner.id}>
              {pick(partner.nameTh, partner.nameEn)} — {roleTh}
            </li>
          ))}
        </ul>
        <PartnerForm activity={activity} slug={slug} partners={partners} onDone={onDone} />
      </article>
    </li>
  );
}
