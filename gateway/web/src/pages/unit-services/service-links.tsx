import type { MessageKey } from '../../i18n/dictionary';
import { useSession } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** The addresses of the units' own pages (the route table and the links use the same). */
export const SERVICE_PATHS = {
  disclosures: '/units/FINANCE/disclosures',
  deskDisclosures: '/desk/disclosures',
  ictSupport: '/units/DLICT/ict-support',
  ictFollow: '/units/DLICT/ict-support/follow',
  deskIctRequests: '/desk/ict-requests',
  misconductReport: '/units/AUDIT/report',
  misconductFollow: '/units/AUDIT/report/follow',
  auditPlan: '/units/AUDIT/audit-plan',
  deskMisconductReports: '/desk/misconduct-reports',
  deskAuditPlan: '/desk/audit-plan',
  actionPlan: '/units/POLICY/action-plan',
  deskActionPlan: '/desk/action-plan',
  personnelOrders: '/units/PERSONNEL/orders',
  deskPersonnelOrders: '/desk/personnel-orders',
  petition: '/units/PERSONNEL/petition',
  petitionFollow: '/units/PERSONNEL/petition/follow',
  trainings: '/units/TEACHER_DEV/trainings',
  deskTrainings: '/desk/trainings',
  visits: '/units/SUPERVISION/visits',
  rateVisit: '/units/SUPERVISION/rate-visit',
  deskVisits: '/desk/supervision-visits',
  scholarships: '/units/PROMOTION/scholarships',
  deskScholarships: '/desk/scholarships',
  deskPetitions: '/desk/petitions',
  partnerApply: '/partners/apply',
} as const;

interface ServiceLink {
  to: string;
  label: MessageKey;
  hint?: MessageKey;
  /** For the unit's named staff only (the confidential claim). */
  confidential?: true;
}

/** What a unit offers of its own, beyond the nine units' shared pages: for the public, and at its desk. */
const UNIT_SERVICES: Record<string, { public: readonly ServiceLink[]; desk: readonly ServiceLink[] }> = {
  // Administration keeps the register of partners; its desk page is every unit's (the desk's links).
  ADMIN: {
    public: [{ to: SERVICE_PATHS.partnerApply, label: 'partnerApply.title', hint: 'partnerApply.linkHint' }],
    desk: [],
  },
  FINANCE: {
    public: [{ to: SERVICE_PATHS.disclosures, label: 'finance.title', hint: 'finance.linkHint' }],
    desk: [{ to: SERVICE_PATHS.deskDisclosures, label: 'finance.deskTitle' }],
  },
  DLICT: {
    public: [
      { to: SERVICE_PATHS.ictSupport, label: 'ict.title', hint: 'ict.linkHint' },
      { to: SERVICE_PATHS.ictFollow, label: 'ict.followTitle' },
    ],
    desk: [{ to: SERVICE_PATHS.deskIctRequests, label: 'ict.deskTitle' }],
  },
  AUDIT: {
    public: [
      { to: SERVICE_PATHS.misconductReport, label: 'audit.reportTitle', hint: 'audit.linkHint' },
      { to: SERVICE_PATHS.misconductFollow, label: 'audit.followTitle' },
      { to: SERVICE_PATHS.auditPlan, label: 'audit.planTitle' },
    ],
    // Internal Audit is a confidential unit: its desk work is for its named staff only.
    desk: [
      { to: SERVICE_PATHS.deskMisconductReports, label: 'auditDesk.reportsLink', confidential: true },
      { to: SERVICE_PATHS.deskAuditPlan, label: 'auditDesk.planLink', confidential: true },
    ],
  },
  POLICY: {
    public: [{ to: SERVICE_PATHS.actionPlan, label: 'plan.title', hint: 'plan.linkHint' }],
    desk: [{ to: SERVICE_PATHS.deskActionPlan, label: 'plan.deskTitle' }],
  },
  PERSONNEL: {
    public: [
      { to: SERVICE_PATHS.personnelOrders, label: 'orders.title', hint: 'orders.linkHint' },
      { to: SERVICE_PATHS.petition, label: 'petition.title', hint: 'petition.linkHint' },
      { to: SERVICE_PATHS.petitionFollow, label: 'petition.followTitle' },
    ],
    desk: [
      { to: SERVICE_PATHS.deskPersonnelOrders, label: 'orders.deskTitle' },
      { to: SERVICE_PATHS.deskPetitions, label: 'petition.deskLink', confidential: true },
    ],
  },
  TEACHER_DEV: {
    public: [{ to: SERVICE_PATHS.trainings, label: 'training.title', hint: 'training.linkHint' }],
    desk: [{ to: SERVICE_PATHS.deskTrainings, label: 'training.deskTitle' }],
  },
  SUPERVISION: {
    public: [
      { to: SERVICE_PATHS.visits, label: 'visit.title', hint: 'visit.linkHint' },
      { to: SERVICE_PATHS.rateVisit, label: 'visit.rateTitle', hint: 'visit.rateHint' },
    ],
    desk: [{ to: SERVICE_PATHS.deskVisits, label: 'visit.deskTitle' }],
  },
  PROMOTION: {
    public: [{ to: SERVICE_PATHS.scholarships, label: 'scholar.title', hint: 'scholar.linkHint' }],
    desk: [{ to: SERVICE_PATHS.deskScholarships, label: 'scholar.deskTitle' }],
  },
};

/** The links to a unit's own pages, public or for its desk; nothing when it has none. */
export function UnitServiceLinks({ code, side }: { code: string; side: 'public' | 'desk' }) {
  const { t } = useI18n();
  const confidential = useSession()?.confidential ?? false;
  const links = (UNIT_SERVICES[code]?.[side] ?? []).filter((link) => confidential || !link.confidential);
  if (links.length === 0) return null;
  return (
    <ul className="service-links" data-testid={`services-${side}`}>
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to}>{t(link.label)}</Link>
          {link.hint ? <span className="meta"> — {t(link.hint)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Whether a unit has pages of its own for this side. */
export const hasServices = (code: string, side: 'public' | 'desk') => (UNIT_SERVICES[code]?.[side].length ?? 0) > 0;

/** The top of a unit's own public page: the way back to the unit, the title, what the page is for. */
export function ServiceHeading({ unitCode, title, lead }: { unitCode: string; title: MessageKey; lead?: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <p className="meta">
        <Link to={`/units/${unitCode}`}>{t('services.backToUnit')}</Link>
      </p>
      <h1>{t(title)}</h1>
      {lead ? <p className="lead">{t(lead)}</p> : null}
    </>
  );
}

/** The top of a unit's own desk page: the way back to the queue, the title, what it is for, the public page. */
export function DeskHeading({
  title,
  lead,
  publicPage,
}: {
  title: MessageKey;
  lead: MessageKey;
  publicPage?: { to: string; label: MessageKey };
}) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t(title)}</h1>
      <p className="lead">
        {t(lead)}
        {publicPage ? (
          <>
            {' '}
            <Link to={publicPage.to}>{t(publicPage.label)}</Link>
          </>
        ) : null}
      </p>
    </>
  );
}
