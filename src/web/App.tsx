// Providers and routes. Every page except /login needs a session; "/" sends each role to its own start page.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomeRedirect } from './auth/HomeRedirect';
import { FullPageSpin, RequireAuth } from './auth/RequireAuth';
import { SessionProvider } from './auth/session';
import { I18nProvider, loadMessages, useI18n } from './i18n/i18n';
import { LoginPage } from './pages/LoginPage';
import { THEME } from './theme';

// Each page is its own chunk, fetched when first visited with the UI's strings: the login page loads without the
// rest of the app and of its strings (the layout around the other pages is one of them).
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => Promise.all([load(), loadMessages()]).then(([m]) => ({ default: m[name] })));
const AppLayout = page(() => import('./layout/AppLayout'), 'AppLayout');
const CaseTypeCodesPage = page(() => import('./admin/CaseTypeCodesPage'), 'CaseTypeCodesPage');
const CausesPage = page(() => import('./admin/CausesPage'), 'CausesPage');
const CourtsPage = page(() => import('./admin/CourtsPage'), 'CourtsPage');
const UsersPage = page(() => import('./admin/UsersPage'), 'UsersPage');
const CalendarPage = page(() => import('./admin/CalendarPage'), 'CalendarPage');
const ClockSettingsPage = page(() => import('./admin/ClockSettingsPage'), 'ClockSettingsPage');
const RoomsPage = page(() => import('./admin/RoomsPage'), 'RoomsPage');
const HearingCalendarPage = page(() => import('./hearings/HearingCalendarPage'), 'HearingCalendarPage');
const FeeSettingsPage = page(() => import('./admin/FeeSettingsPage'), 'FeeSettingsPage');
const JurisdictionRulesPage = page(() => import('./jurisdiction/JurisdictionRulesPage'), 'JurisdictionRulesPage');
const DocumentTemplatesPage = page(() => import('./admin/DocumentTemplatesPage'), 'DocumentTemplatesPage');
const DossierCataloguesPage = page(() => import('./admin/DossierCataloguesPage'), 'DossierCataloguesPage');
const MediationAdminPage = page(() => import('./admin/MediationPage'), 'MediationPage');
const ExecutionTeamsPage = page(() => import('./admin/ExecutionTeamsPage'), 'ExecutionTeamsPage');
const TeamQueuePage = page(() => import('./execution/TeamQueuePage'), 'TeamQueuePage');
const CaseDetailPage = page(() => import('./caseDetail/CaseDetailPage'), 'CaseDetailPage');
const DossierViewerPage = page(() => import('./dossier/viewer/DossierViewerPage'), 'DossierViewerPage');
const PendingExtensionsPage = page(() => import('./clock/PendingExtensionsPage'), 'PendingExtensionsPage');
const PeriodCalculatorPage = page(() => import('./clock/PeriodCalculatorPage'), 'PeriodCalculatorPage');
const RemindersPage = page(() => import('./clock/RemindersPage'), 'RemindersPage');
const SupervisionPage = page(() => import('./clock/SupervisionPage'), 'SupervisionPage');
const NewFilingPage = page(() => import('./filing/NewFilingPage'), 'NewFilingPage');
const CrossRegionFilingPage = page(() => import('./filing/NewFilingPage'), 'CrossRegionFilingPage');
const ExternalApplicationPage = page(() => import('./execution/ExternalApplicationPage'), 'ExternalApplicationPage');
const ProsecutionPage = page(() => import('./criminal/ProsecutionPage'), 'ProsecutionPage');
const PrivateProsecutionPage = page(() => import('./criminal/PrivateProsecutionPage'), 'PrivateProsecutionPage');
const PreservationApplicationPage = page(() => import('./specialProcedures/ApplicationPages'), 'PreservationApplicationPage');
const PaymentOrderApplicationPage = page(() => import('./specialProcedures/ApplicationPages'), 'PaymentOrderApplicationPage');
const InboxPage = page(() => import('./service/InboxPage'), 'InboxPage');
const NotificationsPage = page(() => import('./notifications/NotificationsPage'), 'NotificationsPage');
const PublicNoticesPage = page(() => import('./service/PublicNoticesPage'), 'PublicNoticesPage');
const PublicDishonestPage = page(() => import('./creditSanctions/PublicDishonestPage'), 'PublicDishonestPage');
const CreditSanctionsPage = page(() => import('./creditSanctions/CreditSanctionsPage'), 'CreditSanctionsPage');
const VerifyPage = page(() => import('./transparency/VerifyPage'), 'VerifyPage');
const ServiceCentrePage = page(() => import('./service/ServiceCentrePage'), 'ServiceCentrePage');
const StatisticsPage = page(() => import('./statistics/StatisticsPage'), 'StatisticsPage');
const FeeCalculatorPage = page(() => import('./finance/FeeCalculatorPage'), 'FeeCalculatorPage');
const ReceiptsPage = page(() => import('./finance/ReceiptsPage'), 'ReceiptsPage');
const PayoutsPage = page(() => import('./execution/PayoutsPage'), 'PayoutsPage');
const FundReportsPage = page(() => import('./execution/FundReportsPage'), 'FundReportsPage');
const AgencyRequestsPage = page(() => import('./assetControl/AgencyRequestsPage'), 'AgencyRequestsPage');
const AgencyAdminPage = page(() => import('./assetControl/AgencyAdminPage'), 'AgencyAdminPage');
const AssetControlCentrePage = page(() => import('./assetControl/AssetControlCentrePage'), 'AssetControlCentrePage');
const StatementImportPage = page(() => import('./finance/StatementImportPage'), 'StatementImportPage');
const AssignmentQueuePage = page(() => import('./pages/CaseListPages'), 'AssignmentQueuePage');
const CourtCasesPage = page(() => import('./pages/CaseListPages'), 'CourtCasesPage');
const FilingQueuePage = page(() => import('./pages/CaseListPages'), 'FilingQueuePage');
const MyCasesPage = page(() => import('./pages/CaseListPages'), 'MyCasesPage');
const TeamCasesPage = page(() => import('./pages/CaseListPages'), 'TeamCasesPage');
const MediationCentrePage = page(() => import('./mediation/MediationCentrePage'), 'MediationCentrePage');
const MyMediationsPage = page(() => import('./pages/CaseListPages'), 'MyMediationsPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const WorkbenchPage = page(() => import('./pages/WorkbenchPage'), 'WorkbenchPage');
const DossierSearchPage = page(() => import('./dossier/DossierSearchPage'), 'DossierSearchPage');

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}

function LocalisedApp() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    // Buttons keep their text as written: antd would otherwise space out two-character labels (登 录).
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/tools/period" element={<PeriodCalculatorPage />} />
      <Route path="/tools/fee" element={<FeeCalculatorPage />} />
      <Route path="/notices" element={<PublicNoticesPage />} />
      <Route path="/dishonest-debtors" element={<PublicDishonestPage />} />
      <Route path="/verify" element={<VerifyPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="my-cases" element={<MyCasesPage />} />
        <Route path="filings/new" element={<NewFilingPage />} />
        <Route path="filings/cross-region/new" element={<CrossRegionFilingPage />} />
        <Route path="execution/external" element={<ExternalApplicationPage />} />
        <Route path="prosecutions/new" element={<ProsecutionPage />} />
        <Route path="private-prosecutions/new" element={<PrivateProsecutionPage />} />
        <Route path="preservation/new" element={<PreservationApplicationPage />} />
        <Route path="payment-orders/new" element={<PaymentOrderApplicationPage />} />
        <Route path="filing-queue" element={<FilingQueuePage />} />
        <Route path="mediation-centre" element={<MediationCentrePage />} />
        <Route path="my-mediations" element={<MyMediationsPage />} />
        <Route path="assignment-queue" element={<AssignmentQueuePage />} />
        <Route path="workbench" element={<WorkbenchPage />} />
        <Route path="team-cases" element={<TeamCasesPage />} />
        <Route path="court-cases" element={<CourtCasesPage />} />
        <Route path="hearing-calendar" element={<HearingCalendarPage />} />
        <Route path="cases/:id" element={<CaseDetailPage />} />
        <Route path="dossier-search" element={<DossierSearchPage />} />
        <Route path="cases/:caseId/dossier/view" element={<DossierViewerPage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path="extensions" element={<PendingExtensionsPage />} />
        <Route path="reminders" element={<RemindersPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="service-centre" element={<ServiceCentrePage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="finance/receipts" element={<ReceiptsPage />} />
        <Route path="execution/payouts" element={<PayoutsPage />} />
        <Route path="execution/fund-reports" element={<FundReportsPage />} />
        <Route path="execution/credit" element={<CreditSanctionsPage />} />
        <Route path="execution/asset-control" element={<AssetControlCentrePage />} />
        <Route path="agency/requests" element={<AgencyRequestsPage />} />
        <Route path="finance/statements" element={<StatementImportPage />} />
        <Route path="admin/courts" element={<CourtsPage />} />
        <Route path="admin/causes" element={<CausesPage />} />
        <Route path="admin/case-types" element={<CaseTypeCodesPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/calendar" element={<CalendarPage />} />
        <Route path="admin/settings" element={<ClockSettingsPage />} />
        <Route path="admin/rooms" element={<RoomsPage />} />
        <Route path="admin/fee-settings" element={<FeeSettingsPage />} />
        <Route path="admin/jurisdiction-rules" element={<JurisdictionRulesPage />} />
        <Route path="admin/document-templates" element={<DocumentTemplatesPage />} />
        <Route path="admin/dossier-catalogues" element={<DossierCataloguesPage />} />
        <Route path="admin/mediation" element={<MediationAdminPage />} />
        <Route path="admin/execution" element={<ExecutionTeamsPage />} />
        <Route path="admin/asset-control" element={<AgencyAdminPage />} />
        <Route path="execution-queue" element={<TeamQueuePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
    </Suspense>
  );
}
