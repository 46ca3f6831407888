/** The app shell: providers and the routes. Module pages plug in here (loaded when needed: modulePages.ts). */
import { Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LoginPage } from '../modules/accounts/pages/LoginPage.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireUser } from './components/RequireUser.tsx';
import { SessionGate } from './components/SessionGate.tsx';
import { Loading } from './components/Status.tsx';
import { ToastProvider } from './components/Toast.tsx';
import { LocaleProvider } from './i18n.tsx';
import {
  AccountPage,
  ActionsOverviewPage,
  BriefingPage,
  CasePage,
  CasesPage,
  ConsolePage,
  ConversationFormPage,
  ConversationPage,
  CrisisListPage,
  CrisisPage,
  ForgotPasswordPage,
  GesprekkenPage,
  IntervisionListPage,
  IntervisionPage,
  InvitationPage,
  JoinPage,
  ListeningPage,
  MeldpuntAuditPage,
  MeldpuntReportPage,
  MeldpuntReturnPage,
  MyFacilitationPage,
  NewConversationPage,
  ObservationPage,
  OrganisationPage,
  PlanPage,
  PreparationPage,
  ProgressPage,
  ProjectorPage,
  preloadPages,
  ReflectionPage,
  ReportPage,
  ResetPasswordPage,
  SchoolAdminPage,
  SessionPage,
  SetupPage,
  SpeakingTimePage,
  SpiegelListPage,
  StaffProjectorPage,
  TemplateEditorPage,
  TemplatesPage,
  TotpRequiredPage,
} from './modulePages.ts';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SessionProvider } from './session.tsx';

export function App() {
  useEffect(preloadPages, []);
  return (
    <BrowserRouter>
      <SessionProvider>
        <LocaleProvider>
          <ToastProvider>
            <SessionGate>
              <Suspense fallback={<PageLoading />}>
                <Routes>
                  {/* Spiegel: the projector screens fill the whole screen, without the site's header. */}
                  <Route path="scherm" element={<ProjectorPage />} />
                  <Route
                    path="spiegel/:schoolId/:sessionId/scherm"
                    element={
                      <RequireUser>
                        <StaffProjectorPage />
                      </RequireUser>
                    }
                  />
                  <Route element={<Layout />}>
                    <Route
                      index
                      element={
                        <RequireUser>
                          <HomePage />
                        </RequireUser>
                      }
                    />
                    <Route path="inloggen" element={<LoginPage />} />
                    <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
                    <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
                    <Route path="uitnodiging" element={<InvitationPage />} />
                    <Route path="inrichten" element={<SetupPage />} />
                    <Route
                      path="beheer"
                      element={
                        <RequireUser orgAdmin>
                          <OrganisationPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="beheer/scholen/:schoolId"
                      element={
                        <RequireUser>
                          <SchoolAdminPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="account"
                      element={
                        <RequireUser>
                          <AccountPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="account/tweestapsverificatie"
                      element={
                        <RequireUser allowTotpSetup>
                          <TotpRequiredPage />
                        </RequireUser>
                      }
                    />
                    <Route path="doe-mee" element={<JoinPage />} />
                    <Route path="melden/:code" element={<MeldpuntReportPage />} />
                    <Route path="melden/:code/terug" element={<MeldpuntReturnPage />} />
                    <Route path="voortgang" element={<ProgressPage />} />
                    <Route path="voorbereiden" element={<PreparationPage />} />
                    <Route
                      path="spiegel"
                      element={
                        <RequireUser>
                          <SpiegelListPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/nieuw"
                      element={
                        <RequireUser>
                          <PlanPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/acties"
                      element={
                        <RequireUser>
                          <ActionsOverviewPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/sjablonen"
                      element={
                        <RequireUser>
                          <TemplatesPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/sjablonen/:templateId"
                      element={
                        <RequireUser>
                          <TemplateEditorPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId"
                      element={
                        <RequireUser>
                          <SessionPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId/voorbereiding"
                      element={
                        <RequireUser>
                          <BriefingPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId/leiden"
                      element={
                        <RequireUser>
                          <ConsolePage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId/spreektijd"
                      element={
                        <RequireUser>
                          <SpeakingTimePage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId/verslag"
                      element={
                        <RequireUser>
                          <ReportPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId/observatie"
                      element={
                        <RequireUser>
                          <ObservationPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="spiegel/:schoolId/:sessionId/reflectie"
                      element={
                        <RequireUser>
                          <ReflectionPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="meldpunt/:schoolId"
                      element={
                        <RequireUser>
                          <CasesPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="meldpunt/:schoolId/logboek"
                      element={
                        <RequireUser>
                          <MeldpuntAuditPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="meldpunt/:schoolId/crisis"
                      element={
                        <RequireUser>
                          <CrisisListPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="meldpunt/:schoolId/crisis/:crisisId"
                      element={
                        <RequireUser>
                          <CrisisPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="meldpunt/:schoolId/:reportId"
                      element={
                        <RequireUser>
                          <CasePage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="begeleiden"
                      element={
                        <RequireUser>
                          <MyFacilitationPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="begeleiden/:schoolId/intervisie"
                      element={
                        <RequireUser>
                          <IntervisionListPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="begeleiden/:schoolId/intervisie/:meetingId"
                      element={
                        <RequireUser>
                          <IntervisionPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="gesprekken"
                      element={
                        <RequireUser>
                          <GesprekkenPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="gesprekken/luisteren"
                      element={
                        <RequireUser>
                          <ListeningPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="gesprekken/:schoolId/nieuw"
                      element={
                        <RequireUser>
                          <NewConversationPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="gesprekken/:schoolId/:conversationId"
                      element={
                        <RequireUser>
                          <ConversationPage />
                        </RequireUser>
                      }
                    />
                    <Route
                      path="gesprekken/:schoolId/:conversationId/gesprek"
                      element={
                        <RequireUser>
                          <ConversationFormPage />
                        </RequireUser>
                      }
                    />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </Suspense>
            </SessionGate>
          </ToastProvider>
        </LocaleProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}

/** While a page's code arrives outside the site's frame (the projector screens): a status line, nothing else. */
function PageLoading() {
  return (
    <main id="inhoud" tabIndex={-1} className="main main--bare">
      <Loading />
    </main>
  );
}
