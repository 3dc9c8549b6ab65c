import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { MoreButton } from '../../components/MoreButton';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { SpecForm, toDateTime, type FieldSpec } from '../../components/SpecForm';
import {
  PartnerChoicesDocument,
  StaffActivitiesDocument,
  StaffCreateActivityDocument,
  type ActivityStatus,
  type ParticipationLevel,
  type StaffActivityFieldsFragment,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { LEVELS } from '../unit-levels';
import { ActivityCard } from './ActivityCard';
import { orNull, sendForm } from '../unit-services/desk-send';

function CreateActivityForm({ slug, onDone }: { slug: string; onDone(): void }) {
  const { label } = useI18n();
  const fields: FieldSpec[] = [
    {
      name: 'level',
      label: 'deskActivities.level',
      kind: 'select',
      options: LEVELS.map((value) => ({ value, label: label('level', value) })),
      initial: 'INFORM',
      required: true,
    },
    { name: 'titleTh', label: 'desk.titleTh', kind: 'text', required: true },
    { name: 'titleEn', label: 'desk.titleEn', kind: 'text' },
    { name: 'bodyTh', label: 'deskActivities.bodyTh', kind: 'textarea' },
    { name: 'startsAt', label: 'deskActivities.startsAt', kind: 'datetime', required: true },
    { name: 'endsAt', label: 'deskActivities.endsAt', kind: 'datetime' },
    {
      name: 'status',
      label: 'deskActivities.status',
      kind: 'select',
      options: ['PUBLISHED', 'OPEN', 'DRAFT'].map((value) => ({ value, label: label('status', value) })),
      initial: 'PUBLISHED',
      required: true,
    },
  ];
  return (
    <SpecForm
      id="activity"
      title="deskActivities.create"
      fields={fields}
      submitLabel="deskActivities.create"
      onSubmit={async (v) => {
        const input = {
          level: v.level as ParticipationLevel,
          titleTh: v.titleTh!,
          titleEn: orNull(v.titleEn),
          bodyTh: orNull(v.bodyTh),
          startsAt: toDateTime(v.startsAt)!,
          endsAt: toDateTime(v.endsAt),
          status: v.status as ActivityStatus,
        };
        return sendForm(forUnit(StaffCreateActivityDocument, slug), { input }, 'deskActivities.created', onDone);
      }}
    />
  );
}

/** The unit's activities at every IAP2 level, for its staff: create, move, name partners. */
export function DeskActivitiesPage() {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const paged = usePaged<StaffActivityFieldsFragment>(unit?.slug ?? '');
  const query = useQuery(forUnit(StaffActivitiesDocument, unit?.slug ?? 'financeAssets'), { after: paged.after }, !unit);
  const partners = useQuery(PartnerChoicesDocument, undefined, !unit);
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  const page = query.data?.desk?.activities;
  const rows = page ? paged.shown(page.nodes) : [];
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t('deskActivities.title', { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t('deskActivities.lead')}</p>
      <CreateActivityForm slug={unit.slug} onDone={query.reload} />
      <ProblemNotice problems={[...query.problems, ...partners.problems]} onRetry={() => (query.reload(), partners.reload())} />
      {query.loading && !page ? <Loading /> : null}
      {page ? (
        <section aria-labelledby="activities-heading">
          <h2 id="activities-heading">{t('deskActivities.list')}</h2>
          {rows.length === 0 ? <p role="status">{t('deskActivities.empty')}</p> : null}
          <ul className="cards" data-testid="activities">
            {rows.map((activity) => (
              <ActivityCard
                key={activity.id}
                activity={activity}
                slug={unit.slug}
                partners={partners.data?.partners.nodes ?? []}
                onDone={query.reload}
              />
            ))}
          </ul>
          <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} />
        </section>
      ) : null}
    </>
  );
}
