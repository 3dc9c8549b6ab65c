import { lazy, type ReactNode } from 'react';
import type { MessageKey } from './i18n/dictionary';
import { AnnouncementPage } from './pages/AnnouncementPage';
import { FeedbackPage } from './pages/FeedbackPage';
import { FollowCasePage } from './pages/FollowCasePage';
import { HomePage } from './pages/HomePage';
import { NewsPage } from './pages/NewsPage';
import { SignInPage } from './pages/SignInPage';
import { UnitPage } from './pages/UnitPage';
import { ConsultationPage } from './pages/take-part/ConsultationPage';
import { DraftPage } from './pages/take-part/DraftPage';
import { OutcomesPage } from './pages/take-part/OutcomesPage';
import { SurveyPage } from './pages/take-part/SurveyPage';
import { VotePage } from './pages/take-part/VotePage';
import { DeskCasePage } from './pages/DeskCasePage';
import { DeskPublishPage } from './pages/DeskPublishPage';
import { DeskQueuePage } from './pages/DeskQueuePage';
import { DeskModerationPage } from './pages/DeskModerationPage';
import { EvidencePage } from './pages/EvidencePage';
import { AnalystPage } from './pages/AnalystPage';
import { StaffDirectoryPage } from './pages/StaffDirectoryPage';
import { MyDataPage } from './pages/MyDataPage';
import { MyPage } from './pages/MyPage';
import { StopFollowingPage, StopRemindersPage } from './pages/StopMessagesPage';
import { AuditPlanPage } from './pages/unit-services/AuditPlanPage';
import { DeskDisclosuresPage } from './pages/unit-services/DeskDisclosuresPage';
import { DeskIctRequestsPage } from './pages/unit-services/DeskIctRequestsPage';
import { DisclosuresPage } from './pages/unit-services/DisclosuresPage';
import { IctFollowPage } from './pages/unit-services/IctFollowPage';
import { IctSupportPage } from './pages/unit-services/IctSupportPage';
import { MisconductFollowPage } from './pages/unit-services/MisconductFollowPage';
import { MisconductReportPage } from './pages/unit-services/MisconductReportPage';
import { SERVICE_PATHS } from './pages/unit-services/service-links';
import { ActionPlanPage } from './pages/unit-services/ActionPlanPage';
import { DeskActionPlanPage } from './pages/unit-services/DeskActionPlanPage';
import { PersonnelOrdersPage } from './pages/unit-services/PersonnelOrdersPage';
import { DeskPersonnelOrdersPage } from './pages/unit-services/DeskPersonnelOrdersPage';
import { PetitionPage } from './pages/unit-services/PetitionPage';
import { PetitionFollowPage } from './pages/unit-services/PetitionFollowPage';
import { TrainingsPage } from './pages/unit-services/TrainingsPage';
import { DeskTrainingsPage } from './pages/unit-services/DeskTrainingsPage';
import { DeskTemplatesPage } from './pages/desk-cases/DeskTemplatesPage';
import { DeskSettingsPage } from './pages/desk-cases/DeskSettingsPage';
import { DeskNoticesPage } from './pages/desk-notices/DeskNoticesPage';
import { DeskNoticePage } from './pages/desk-notices/DeskNoticePage';
import { DeskActivitiesPage } from './pages/desk-activities/DeskActivitiesPage';
import { DeskOutcomesPage } from './pages/desk-outcomes/DeskOutcomesPage';
import { DeskOutcomePage } from './pages/desk-outcomes/DeskOutcomePage';
import { SupervisionVisitsPage } from './pages/unit-services/SupervisionVisitsPage';
import { RateVisitPage } from './pages/unit-services/RateVisitPage';
import { DeskVisitsPage } from './pages/unit-services/DeskVisitsPage';
import { ScholarshipsPage } from './pages/unit-services/ScholarshipsPage';
import { DeskScholarshipsPage } from './pages/unit-services/DeskScholarshipsPage';
import { DeskPetitionPage, DeskPetitionsPage } from './pages/unit-services/DeskPetitionsPage';
import { DeskMisconductReportPage, DeskMisconductReportsPage } from './pages/unit-services/DeskMisconductReportsPage';
import { DeskAuditPlanPage } from './pages/unit-services/DeskAuditPlanPage';
import { DeskConsultationsPage } from './pages/desk-consult/DeskConsultationsPage';
import { DeskSurveysPage } from './pages/desk-consult/DeskSurveysPage';
import { DeskDraftsPage } from './pages/empower/DeskDraftsPage';
import { DeskVotesPage } from './pages/empower/DeskVotesPage';
import { DeskInitiativesPage } from './pages/empower/DeskInitiativesPage';
import { DeskDelegationsPage } from './pages/empower/DeskDelegationsPage';
import { InitiativePage, InitiativesPage } from './pages/empower/InitiativesPage';
import { DelegationPage, DelegationsPage } from './pages/empower/DelegationsPage';
import { DeskPartnersPage } from './pages/partners/DeskPartnersPage';
import { PartnerPage } from './pages/partners/PartnerPage';
import { PartnerApplyPage } from './pages/partners/PartnerApplyPage';

// The charts library loads only with the dashboard, not for the public's pages.
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));

/**
 * Every page of the app. To add one: write it in pages/, add a line here (its path, its title
 * in the dictionary, whether the menu shows it, and the roles that may open it).
 */
export interface AppRoute {
  path: string;
  title: MessageKey;
  /** Shown in the main menu. */
  nav?: boolean;
  /** Only these signed-in roles see the page (the API checks again). */
  roles?: readonly string[];
  render(params: Record<string, string>): ReactNode;
}

/** A unit's staff desk: its staff and head. */
const DESK_ROLES = ['UNIT_STAFF', 'UNIT_HEAD'];

export const ROUTES: readonly AppRoute[] = [
  { path: '/', title: 'nav.home', nav: true, render: () => <HomePage /> },
  { path: '/announcement', title: 'nav.announcement', nav: true, render: () => <AnnouncementPage /> },
  { path: '/news', title: 'nav.news', nav: true, render: () => <NewsPage /> },
  { path: '/feedback', title: 'nav.feedback', nav: true, render: () => <FeedbackPage /> },
  { path: '/follow', title: 'nav.follow', nav: true, render: () => <FollowCasePage /> },
  { path: '/units/:code', title: 'home.units', render: ({ code }) => <UnitPage code={code!} /> },
  { path: '/dashboard', title: 'nav.dashboard', nav: true, roles: ['DIRECTOR', 'ADMIN'], render: () => <DashboardPage /> },
  {
    path: '/units/:code/consultations/:id',
    title: 'unit.consultations',
    render: ({ code, id }) => <ConsultationPage code={code!} id={id!} />,
  },
  { path: '/units/:code/drafts/:id', title: 'unit.drafts', render: ({ code, id }) => <DraftPage code={code!} id={id!} /> },
  { path: '/units/:code/surveys/:id', title: 'unit.surveys', render: ({ code, id }) => <SurveyPage code={code!} id={id!} /> },
  { path: '/units/:code/votes/:id', title: 'unit.votes', render: ({ code, id }) => <VotePage code={code!} id={id!} /> },
  { path: '/units/:code/outcomes', title: 'unit.outcomes', render: ({ code }) => <OutcomesPage code={code!} /> },
  { path: '/units/:code/initiatives', title: 'empower.publicInitiatives', render: ({ code }) => <InitiativesPage code={code!} /> },
  {
    path: '/units/:code/initiatives/:id',
    title: 'empower.publicInitiatives',
    render: ({ code, id }) => <InitiativePage code={code!} id={id!} />,
  },
  { path: '/units/:code/delegations', title: 'empower.publicDelegations', render: ({ code }) => <DelegationsPage code={code!} /> },
  {
    path: '/units/:code/delegations/:id',
    title: 'empower.publicDelegations',
    render: ({ code, id }) => <DelegationPage code={code!} id={id!} />,
  },
  { path: '/units/:code/stop-following', title: 'stop.followTitle', render: ({ code }) => <StopFollowingPage code={code!} /> },
  { path: '/notices/stop', title: 'stop.remindersTitle', render: () => <StopRemindersPage /> },
  // The units' own pages (linked from their unit page and, for staff, from the desk).
  { path: SERVICE_PATHS.disclosures, title: 'finance.title', render: () => <DisclosuresPage /> },
  { path: SERVICE_PATHS.ictSupport, title: 'ict.title', render: () => <IctSupportPage /> },
  { path: SERVICE_PATHS.ictFollow, title: 'ict.followTitle', render: () => <IctFollowPage /> },
  { path: SERVICE_PATHS.misconductReport, title: 'audit.reportTitle', render: () => <MisconductReportPage /> },
  { path: SERVICE_PATHS.misconductFollow, title: 'audit.followTitle', render: () => <MisconductFollowPage /> },
  { path: SERVICE_PATHS.auditPlan, title: 'audit.planTitle', render: () => <AuditPlanPage /> },
  { path: SERVICE_PATHS.actionPlan, title: 'plan.title', render: () => <ActionPlanPage /> },
  { path: SERVICE_PATHS.personnelOrders, title: 'orders.title', render: () => <PersonnelOrdersPage /> },
  { path: SERVICE_PATHS.petition, title: 'petition.title', render: () => <PetitionPage /> },
  { path: SERVICE_PATHS.petitionFollow, title: 'petition.followTitle', render: () => <PetitionFollowPage /> },
  { path: SERVICE_PATHS.trainings, title: 'training.title', render: () => <TrainingsPage /> },
  { path: SERVICE_PATHS.visits, title: 'visit.title', render: () => <SupervisionVisitsPage /> },
  { path: SERVICE_PATHS.rateVisit, title: 'visit.rateTitle', render: () => <RateVisitPage /> },
  { path: SERVICE_PATHS.scholarships, title: 'scholar.title', render: () => <ScholarshipsPage /> },
  { path: SERVICE_PATHS.partnerApply, title: 'partnerApply.title', render: () => <PartnerApplyPage /> },
  { path: '/partners/:id', title: 'partner.pageTitle', render: ({ id }) => <PartnerPage id={id!} /> },
  { path: '/desk', title: 'nav.desk', nav: true, roles: DESK_ROLES, render: () => <DeskQueuePage /> },
  { path: '/desk/cases/:id', title: 'nav.deskCase', roles: DESK_ROLES, render: ({ id }) => <DeskCasePage id={id!} /> },
  { path: '/desk/publish', title: 'nav.deskPublish', roles: DESK_ROLES, render: () => <DeskPublishPage /> },
  { path: '/desk/moderation', title: 'nav.deskModeration', roles: DESK_ROLES, render: () => <DeskModerationPage /> },
  { path: '/desk/templates', title: 'nav.deskTemplates', roles: DESK_ROLES, render: () => <DeskTemplatesPage /> },
  { path: '/desk/settings', title: 'nav.deskSettings', roles: DESK_ROLES, render: () => <DeskSettingsPage /> },
  { path: '/desk/notices', title: 'nav.deskNotices', roles: DESK_ROLES, render: () => <DeskNoticesPage /> },
  { path: '/desk/notices/:id', title: 'nav.deskNotice', roles: DESK_ROLES, render: ({ id }) => <DeskNoticePage id={id!} /> },
  { path: '/desk/activities', title: 'nav.deskActivities', roles: DESK_ROLES, render: () => <DeskActivitiesPage /> },
  { path: '/desk/outcomes', title: 'nav.deskOutcomes', roles: DESK_ROLES, render: () => <DeskOutcomesPage /> },
  { path: '/desk/outcomes/:id', title: 'nav.deskOutcome', roles: DESK_ROLES, render: ({ id }) => <DeskOutcomePage id={id!} /> },
  { path: '/desk/consultations', title: 'consultDesk.title', roles: DESK_ROLES, render: () => <DeskConsultationsPage /> },
  { path: '/desk/surveys', title: 'surveyDesk.title', roles: DESK_ROLES, render: () => <DeskSurveysPage /> },
  { path: '/desk/drafts', title: 'empower.deskDrafts', roles: DESK_ROLES, render: () => <DeskDraftsPage /> },
  { path: '/desk/votes', title: 'empower.deskVotes', roles: DESK_ROLES, render: () => <DeskVotesPage /> },
  { path: '/desk/initiatives', title: 'empower.deskInitiatives', roles: DESK_ROLES, render: () => <DeskInitiativesPage /> },
  { path: '/desk/delegations', title: 'empower.deskDelegations', roles: DESK_ROLES, render: () => <DeskDelegationsPage /> },
  { path: SERVICE_PATHS.deskDisclosures, title: 'finance.deskTitle', roles: DESK_ROLES, render: () => <DeskDisclosuresPage /> },
  { path: SERVICE_PATHS.deskIctRequests, title: 'ict.deskTitle', roles: DESK_ROLES, render: () => <DeskIctRequestsPage /> },
  { path: SERVICE_PATHS.deskActionPlan, title: 'plan.deskTitle', roles: DESK_ROLES, render: () => <DeskActionPlanPage /> },
  { path: SERVICE_PATHS.deskPersonnelOrders, title: 'orders.deskTitle', roles: DESK_ROLES, render: () => <DeskPersonnelOrdersPage /> },
  { path: SERVICE_PATHS.deskTrainings, title: 'training.deskTitle', roles: DESK_ROLES, render: () => <DeskTrainingsPage /> },
  { path: SERVICE_PATHS.deskVisits, title: 'visit.deskTitle', roles: DESK_ROLES, render: () => <DeskVisitsPage /> },
  { path: SERVICE_PATHS.deskPetitions, title: 'petition.deskLink', roles: DESK_ROLES, render: () => <DeskPetitionsPage /> },
  {
    path: `${SERVICE_PATHS.deskPetitions}/:id`,
    title: 'petition.pageTitle',
    roles: DESK_ROLES,
    render: ({ id }) => <DeskPetitionPage id={id!} />,
  },
  {
    path: SERVICE_PATHS.deskMisconductReports,
    title: 'auditDesk.reportsLink',
    roles: DESK_ROLES,
    render: () => <DeskMisconductReportsPage />,
  },
  {
    path: `${SERVICE_PATHS.deskMisconductReports}/:id`,
    title: 'auditDesk.reportPage',
    roles: DESK_ROLES,
    render: ({ id }) => <DeskMisconductReportPage id={id!} />,
  },
  { path: SERVICE_PATHS.deskAuditPlan, title: 'auditDesk.planLink', roles: DESK_ROLES, render: () => <DeskAuditPlanPage /> },
  { path: '/desk/partners', title: 'partnerDesk.title', roles: DESK_ROLES, render: () => <DeskPartnersPage /> },
  { path: SERVICE_PATHS.deskScholarships, title: 'scholar.deskTitle', roles: DESK_ROLES, render: () => <DeskScholarshipsPage /> },
  { path: '/evidence', title: 'nav.evidence', nav: true, render: () => <EvidencePage /> },
  { path: '/analyst', title: 'nav.analyst', nav: true, roles: ['ANALYST', 'DIRECTOR', 'ADMIN', 'AUDITOR'], render: () => <AnalystPage /> },
  { path: '/my-data', title: 'nav.myData', render: () => <MyDataPage /> },
  { path: '/me', title: 'nav.mine', render: () => <MyPage /> },
  { path: '/admin/staff', title: 'nav.staffDirectory', roles: ['ADMIN'], render: () => <StaffDirectoryPage /> },
  { path: '/sign-in', title: 'nav.signIn', render: () => <SignInPage /> },
];
