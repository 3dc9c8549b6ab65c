import { useState } from 'react';
import { usePaged } from '../../api/use-paged';
import { useQuery } from '../../api/use-query';
import { CardList } from '../../components/CardList';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { Loading } from '../../components/ProblemNotice';
import { TableWrap } from '../../components/TableWrap';
import {
  MisconductReportDocument,
  MisconductReportsDocument,
  UpdateMisconductReportDocument,
  type MisconductReportQuery,
  type MisconductReportStatus,
  type MisconductReportsQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { sendForm } from './desk-send';
import { ChannelProblems, ChannelRecordPage, MoveOnForm, OpenRecordLink, RequireNamedStaff, StatusBadge } from './named-staff';
import { DeskHeading, SERVICE_PATHS } from './service-links';

const STATUSES: readonly MisconductReportStatus[] = [
  'RECEIVED',
  'SCREENING',
  'INVESTIGATING',
  'REFERRED',
  'CLOSED_SUBSTANTIATED',
  'CLOSED_UNSUBSTANTIATED',
];
/** Where a report may move: any status but the first (the API allows each, a closed report reopened too). */
const NEXT = STATUSES.filter((s) => s !== 'RECEIVED');

type Listed = NonNullable<MisconductReportsQuery['internalAudit']>['misconductReports']['nodes'][number];
type Counts = NonNullable<MisconductReportsQuery['internalAudit']>['misconductReportCounts'];
type Report = NonNullable<NonNullable<MisconductReportQuery['internalAudit']>['misconductReport']>;

/** A report's own page at the desk. */
export const deskReportPath = (id: string) => `${SERVICE_PATHS.deskMisconductReports}/${encodeURIComponent(id)}`;

/** Internal Audit's misconduct reports, for its named staff only (the confidential claim; every read is logged). */
export function DeskMisconductReportsPage() {
  return (
    <RequireNamedStaff code="AUDIT" title="auditDesk.reportsTitle" why="auditDesk.namedStaffOnly">
      {() => <DeskMisconductReports />}
    </RequireNamedStaff>
  );
}

/** How many reports stand in each status (counts only, never their text). */
function ReportCounts({ counts }: { counts: Counts }) {
  const { t, label } = useI18n();
  return (
    <section aria-labelledby="report-counts-heading">
      <h2 id="report-counts-heading">{t('auditDesk.countsHeading')}</h2>
      <TableWrap label={t('auditDesk.countsCaption', { total: counts.total })}>
        <table data-testid="report-counts">
          <caption>{t('auditDesk.countsCaption', { total: counts.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('follow.status')}</th>
              <th scope="col">{t('auditDesk.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.byStatus.map((c) => (
              <tr key={c.status} data-status={c.status}>
                <th scope="row">{label('misconductStatus', c.status)}</th>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function DeskMisconductReports() {
  const { t, label, format } = useI18n();
  const [status, setStatus] = useState<MisconductReportStatus | ''>('');
  const paged = usePaged<Listed>(status);
  const { data, problems, loading, reload } = useQuery(MisconductReportsDocument, { status: status || null, after: paged.after });
  const audit = data?.internalAudit;
  const page = audit?.misconductReports;
  return (
    <>
      <DeskHeading title="auditDesk.reportsTitle" lead="auditDesk.reportsLead" />
      <ChannelProblems problems={problems} why="auditDesk.namedStaffOnly" onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {audit ? <ReportCounts counts={audit.misconductReportCounts} /> : null}
      <div className="toolbar">
        <ChoiceFilter
          id="report-status-filter"
          label={t('follow.status')}
          allLabel={t('ict.allStatuses')}
          value={status}
          choices={STATUSES.map((value) => ({ value, label: label('misconductStatus', value) }))}
          onChange={setStatus}
        />
      </div>
      <CardList
        id="misconduct-reports"
        heading={t('auditDesk.listHeading')}
        none={t('auditDesk.none')}
        page={page}
        items={page ? paged.shown(page.nodes) : []}
        paged={paged}
        title={(r) => `${r.code} — ${r.subjectTh}`}
      >
        {(r) => (
          <>
            <StatusBadge labels="misconductStatus" status={r.status} testId="report-status" />
            <p className="meta">
              {t('follow.received')} {format.dateTime(r.receivedAt)} · {t('channelDesk.lastMoved')} {format.dateTime(r.updatedAt)}
            </p>
            <OpenRecordLink to={deskReportPath(r.id)} code={r.code} />
          </>
        )}
      </CardList>
    </>
  );
}

/** One report as the named staff read it (the read is logged), and its next status with a note. */
function ReportAtDesk({ report, onUpdated }: { report: Report; onUpdated(): void }) {
  const { t, format } = useI18n();
  const dash = t('common.dash');
  return (
    <article data-testid="report-record">
      <StatusBadge labels="misconductStatus" status={report.status} testId="report-status" />
      <dl className="facts">
        <dt>{t('audit.who')}</dt>
        <dd>{report.whoIsInvolved ?? dash}</dd>
        <dt>{t('audit.when')}</dt>
        <dd>{report.whenOccurred ?? dash}</dd>
        <dt>{t('audit.evidence')}</dt>
        <dd>{report.evidenceDescription ?? dash}</dd>
        <dt>{t('audit.contact')}</dt>
        <dd>{report.contact ?? t('auditDesk.anonymous')}</dd>
        <dt>{t('follow.received')}</dt>
        <dd>{format.dateTime(report.receivedAt)}</dd>
        <dt>{t('channelDesk.lastMoved')}</dt>
        <dd>{format.dateTime(report.updatedAt)}</dd>
        <dt>{t('petition.staffNote')}</dt>
        <dd data-testid="report-note">{report.noteTh ?? dash}</dd>
      </dl>
      <h2>{t('audit.body')}</h2>
      <p className="prose">{report.bodyTh}</p>
      <MoveOnForm
        id={`report-${report.id}`}
        title="auditDesk.updateTitle"
        statuses={NEXT}
        labels="misconductStatus"
        initial={NEXT.find((s) => STATUSES.indexOf(s) > STATUSES.indexOf(report.status)) ?? NEXT[0]!}
        note={{ label: 'petition.staffNote', hint: 'auditDesk.staffNoteHint', required: true }}
        send={(status, noteTh) => sendForm(UpdateMisconductReportDocument, { id: report.id, status, noteTh }, 'ict.updated', onUpdated)}
      />
    </article>
  );
}

/** One report on its own page (reached from the list), for Internal Audit's named staff only. */
export function DeskMisconductReportPage({ id }: { id: string }) {
  return (
    <ChannelRecordPage
      code="AUDIT"
      title="auditDesk.reportPage"
      why="auditDesk.namedStaffOnly"
      back={{ to: SERVICE_PATHS.deskMisconductReports, label: 'auditDesk.backToList' }}
      document={MisconductReportDocument}
      id={id}
      record={(data) => data.internalAudit?.misconductReport}
    >
      {(report, reload) => <ReportAtDesk report={report} onUpdated={reload} />}
    </ChannelRecordPage>
  );
}
