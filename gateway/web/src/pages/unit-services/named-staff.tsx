import type { ReactNode } from 'react';
import { useSession } from '../../api/session';
import type { Problem } from '../../api/problems';
import { useQuery } from '../../api/use-query';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { RequireDeskUnit } from '../../components/RequireRole';
import { SpecForm } from '../../components/SpecForm';
import type { TypedDocumentString } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/**
 * A confidential channel's desk pages (Internal Audit's misconduct reports, Personnel's petitions):
 * read and worked by the unit's named staff only (the confidential claim). The API refuses anyone
 * else with FORBIDDEN; the pages say so in words, in the person's language.
 */

/** Why this page is not for this account, and the way back to the desk. */
export function NamedStaffOnly({ why }: { why: MessageKey }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="status" data-testid="named-staff-only">
      <p>{t(why)}</p>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
    </div>
  );
}

/** A page of the unit's named staff: others of the unit get its title and why not (the API would refuse them). */
export function RequireNamedStaff(props: { code: string; title: MessageKey; why: MessageKey; children: () => ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const { code, title, why, children } = props;
  return (
    <RequireDeskUnit code={code}>
      {() =>
        session?.confidential ? (
          children()
        ) : (
          <>
            <h1>{t(title)}</h1>
            <NamedStaffOnly why={why} />
          </>
        )
      }
    </RequireDeskUnit>
  );
}

/** The API's problems with a channel's read: its FORBIDDEN (the claim taken away since signing in) as the same notice. */
export function ChannelProblems({ problems, why, onRetry }: { problems: readonly Problem[]; why: MessageKey; onRetry(): void }) {
  if (problems.some((p) => p.code === 'FORBIDDEN')) return <NamedStaffOnly why={why} />;
  return <ProblemNotice problems={problems} onRetry={onRetry} />;
}

/** The link from a channel's list to one of its records. */
export function OpenRecordLink({ to, code }: { to: string; code: string }) {
  const { t } = useI18n();
  return (
    <p>
      <Link to={to}>{t('channelDesk.open', { code })}</Link>
    </p>
  );
}

/** A record's status, as the list and its own page show it. */
export function StatusBadge({ labels, status, testId }: { labels: string; status: string; testId: string }) {
  const { label } = useI18n();
  return (
    <p className="badges">
      <span className="badge" data-testid={testId}>
        {label(labels, status)}
      </span>
    </p>
  );
}

interface RecordPageProps<T, R> {
  /** The unit whose named staff the page is for, the page's title and why others may not. */
  code: string;
  title: MessageKey;
  why: MessageKey;
  back: { to: string; label: MessageKey };
  /** The unit's own query of one record by its id, and the record in its answer. */
  document: TypedDocumentString<T, { id: string }>;
  id: string;
  record(data: T): R | null | undefined;
  children(record: R, reload: () => void): ReactNode;
}

/**
 * One record of a channel on a page of its own, for the unit's named staff: the way back to the
 * list, the record's code and subject as the title, and the record (or why there is none).
 */
export function ChannelRecordPage<T, R extends { code: string; subjectTh: string }>(props: RecordPageProps<T, R>) {
  return (
    <RequireNamedStaff code={props.code} title={props.title} why={props.why}>
      {() => <ChannelRecord {...props} />}
    </RequireNamedStaff>
  );
}

function ChannelRecord<T, R extends { code: string; subjectTh: string }>(props: RecordPageProps<T, R>) {
  const { t } = useI18n();
  const { back, title, why, document, id, children } = props;
  const query = useQuery(document, { id });
  const record = query.data ? props.record(query.data) : null;
  return (
    <>
      <p>
        <Link to={back.to}>{t(back.label)}</Link>
      </p>
      <h1>{record ? `${record.code} — ${record.subjectTh}` : t(title)}</h1>
      <ChannelProblems problems={query.problems} why={why} onRetry={query.reload} />
      {query.loading && !query.data ? <Loading /> : null}
      {query.data && !record && query.problems.length === 0 ? (
        <p role="status" data-testid="record-not-found">
          {t('channelDesk.notFound')}
        </p>
      ) : null}
      {record ? children(record, query.reload) : null}
    </>
  );
}

/**
 * Moves a record of a channel on: its next status and the staff's note (which the person who
 * sent it never sees). `send` runs the unit's own mutation.
 */
export function MoveOnForm<S extends string>(props: {
  id: string;
  title: MessageKey;
  /** The statuses it may move to, and the dictionary's prefix for their names. */
  statuses: readonly S[];
  labels: string;
  initial: S;
  /** Inside a card of a list: 4; on the record's own page: 2. */
  headingLevel?: 2 | 4;
  note: { label: MessageKey; hint: MessageKey; required?: boolean };
  send(status: S, noteTh: string): Promise<{ problems: Problem[]; done: MessageKey | null }>;
}) {
  const { label } = useI18n();
  const { id, title, statuses, labels, initial, headingLevel = 2, note, send } = props;
  return (
    <SpecForm
      id={id}
      title={title}
      headingLevel={headingLevel}
      fields={[
        {
          name: 'status',
          label: 'follow.status',
          kind: 'select',
          options: statuses.map((value) => ({ value, label: label(labels, value) })),
          initial,
          required: true,
        },
        { name: 'noteTh', label: note.label, kind: 'textarea', hint: note.hint, required: note.required },
      ]}
      submitLabel="ict.update"
      onSubmit={(values) => send(values.status as S, values.noteTh ?? '')}
    />
  );
}
