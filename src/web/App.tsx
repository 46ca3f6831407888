/** The app shell: providers and the routes. Module pages plug in here. */
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from '../modules/accounts/pages/AccountPage.tsx';
import { ForgotPasswordPage } from '../modules/accounts/pages/ForgotPasswordPage.tsx';
import { InvitationPage } from '../modules/accounts/pages/InvitationPage.tsx';
import { LoginPage } from '../modules/accounts/pages/LoginPage.tsx';
import { OrganisationPage } from '../modules/accounts/pages/OrganisationPage.tsx';
import { ResetPasswordPage } from '../modules/accounts/pages/ResetPasswordPage.tsx';
import { SchoolAdminPage } from '../modules/accounts/pages/SchoolAdminPage.tsx';
import { SetupPage } from '../modules/accounts/pages/SetupPage.tsx';
import { TotpRequiredPage } from '../modules/accounts/pages/TotpRequiredPage.tsx';
import { IntervisionListPage } from '../modules/facilitators/pages/IntervisionListPage.tsx';
import { IntervisionPage } from '../modules/facilitators/pages/IntervisionPage.tsx';
import { MyFacilitationPage } from '../modules/facilitators/pages/MyFacilitationPage.tsx';
import { ObservationPage } from '../modules/facilitators/pages/ObservationPage.tsx';
import { ReflectionPage } from '../modules/facilitators/pages/ReflectionPage.tsx';
import { SpeakingTimePage } from '../modules/facilitators/pages/SpeakingTimePage.tsx';
import { ConversationFormPage } from '../modules/gesprek/pages/ConversationFormPage.tsx';
import { ConversationPage } from '../modules/gesprek/pages/ConversationPage.tsx';
import { GesprekkenPage } from '../modules/gesprek/pages/GesprekkenPage.tsx';
import { ListeningPage } from '../modules/gesprek/pages/ListeningPage.tsx';
import { NewConversationPage } from '../modules/gesprek/pages/NewConversationPage.tsx';
import { PreparationPage } from '../modules/gesprek/pages/PreparationPage.tsx';
import { CasePage } from '../modules/meldpunt/pages/CasePage.tsx';
import { CasesPage } from '../modules/meldpunt/pages/CasesPage.tsx';
import { CrisisListPage } from '../modules/meldpunt/pages/CrisisListPage.tsx';
import { CrisisPage } from '../modules/meldpunt/pages/CrisisPage.tsx';
import { MeldpuntAuditPage } from '../modules/meldpunt/pages/MeldpuntAuditPage.tsx';
import { ReportPage as MeldpuntReportPage } from '../modules/meldpunt/pages/ReportPage.tsx';
import { ReturnPage as MeldpuntReturnPage } from '../modules/meldpunt/pages/ReturnPage.tsx';
import { ActionsOverviewPage } from '../modules/spiegel/pages/ActionsOverviewPage.tsx';
import { BriefingPage } from '../modules/spiegel/pages/BriefingPage.tsx';
import { ConsolePage } from '../modules/spiegel/pages/ConsolePage.tsx';
import { JoinPage } from '../modules/spiegel/pages/JoinPage.tsx';
import { PlanPage } from '../modules/spiegel/pages/PlanPage.tsx';
import { ProgressPage } from '../modules/spiegel/pages/ProgressPage.tsx';
import { ProjectorPage, StaffProjectorPage } from '../modules/spiegel/pages/ProjectorPage.tsx';
import { ReportPage } from '../modules/spiegel/pages/ReportPage.tsx';
import { SessionPage } from '../modules/spiegel/pages/SessionPage.tsx';
import { SpiegelListPage } from '../modules/spiegel/pages/SpiegelListPage.tsx';
import { TemplateEditorPage } from '../modules/spiegel/pages/TemplateEditorPage.tsx';
import { TemplatesPage } from '../modules/spiegel/pages/TemplatesPage.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireUser } from './components/RequireUser.tsx';
import { SessionGate } from './components/SessionGate.tsx';
import { ToastProvider } from './components/Toast.tsx';
import { LocaleProvider } from './i18n.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SessionProvider } from './session.tsx';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <LocaleProvider>
          <ToastProvider>
            <SessionGate>
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
            </SessionGate>
          </ToastProvider>
        </LocaleProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
