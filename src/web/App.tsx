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
