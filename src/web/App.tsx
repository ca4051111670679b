// Providers and routes. Every page except /login needs a session; "/" sends each role to its own start page.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CaseTypeCodesPage } from './admin/CaseTypeCodesPage';
import { CausesPage } from './admin/CausesPage';
import { CourtsPage } from './admin/CourtsPage';
import { UsersPage } from './admin/UsersPage';
import { CalendarPage } from './admin/CalendarPage';
import { ClockSettingsPage } from './admin/ClockSettingsPage';
import { FeeSettingsPage } from './admin/FeeSettingsPage';
import { HomeRedirect } from './auth/HomeRedirect';
import { RequireAuth } from './auth/RequireAuth';
import { SessionProvider } from './auth/session';
import { CaseDetailPage } from './caseDetail/CaseDetailPage';
import { PendingExtensionsPage } from './clock/PendingExtensionsPage';
import { PeriodCalculatorPage } from './clock/PeriodCalculatorPage';
import { RemindersPage } from './clock/RemindersPage';
import { SupervisionPage } from './clock/SupervisionPage';
import { NewFilingPage } from './filing/NewFilingPage';
import { InboxPage } from './service/InboxPage';
import { PublicNoticesPage } from './service/PublicNoticesPage';
import { VerifyPage } from './transparency/VerifyPage';
import { ServiceCentrePage } from './service/ServiceCentrePage';
import { StatisticsPage } from './statistics/StatisticsPage';
import { FeeCalculatorPage } from './finance/FeeCalculatorPage';
import { ReceiptsPage } from './finance/ReceiptsPage';
import { StatementImportPage } from './finance/StatementImportPage';
import { I18nProvider, useI18n } from './i18n/i18n';
import { AppLayout } from './layout/AppLayout';
import { AssignmentQueuePage, CourtCasesPage, FilingQueuePage, MyCasesPage, TeamCasesPage } from './pages/CaseListPages';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

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
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1f4e9c' } }}>
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
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/tools/period" element={<PeriodCalculatorPage />} />
      <Route path="/tools/fee" element={<FeeCalculatorPage />} />
      <Route path="/notices" element={<PublicNoticesPage />} />
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
        <Route path="filing-queue" element={<FilingQueuePage />} />
        <Route path="assignment-queue" element={<AssignmentQueuePage />} />
        <Route path="workbench" element={<WorkbenchPage />} />
        <Route path="team-cases" element={<TeamCasesPage />} />
        <Route path="court-cases" element={<CourtCasesPage />} />
        <Route path="cases/:id" element={<CaseDetailPage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path="extensions" element={<PendingExtensionsPage />} />
        <Route path="reminders" element={<RemindersPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="service-centre" element={<ServiceCentrePage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="finance/receipts" element={<ReceiptsPage />} />
        <Route path="finance/statements" element={<StatementImportPage />} />
        <Route path="admin/courts" element={<CourtsPage />} />
        <Route path="admin/causes" element={<CausesPage />} />
        <Route path="admin/case-types" element={<CaseTypeCodesPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/calendar" element={<CalendarPage />} />
        <Route path="admin/settings" element={<ClockSettingsPage />} />
        <Route path="admin/fee-settings" element={<FeeSettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
