/**
 * The frame of every page: a skip link, the header with the app name, navigation for the signed-in
 * user, the language switch and sign-out, then the page in <main> and a footer.
 * After a navigation the new page's <h1> takes focus, so screen readers hear where they are.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { spiegelSchools } from '../../modules/spiegel/pages/roles.ts';
import { asApiError } from '../api.ts';
import { useT } from '../i18n.tsx';
import { useSession } from '../session.tsx';
import { Button } from './Button.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Loading } from './Status.tsx';
import { useToast } from './Toast.tsx';

export function Layout() {
  const { t } = useT();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const [signingOut, setSigningOut] = useState(false);
  useFocusOnNavigation();
  const user = session.user;
  const active = session.state === 'active' && user;

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
      toast(t('layout.signedOut'));
      navigate('/inloggen');
    } catch (error) {
      toast(asApiError(error).message);
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <div className="page">
      {/* Focuses <main> without changing the URL fragment, where some pages keep their token. */}
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is an in-page link; the href is its fallback. */}
      <a
        className="skip-link"
        href="#inhoud"
        onClick={(event) => {
          event.preventDefault();
          const main = document.getElementById('inhoud');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            {t('app.name')}
          </Link>
          {active && (
            <nav aria-label={t('layout.mainNav')} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                {spiegelSchools(user.memberships).length > 0 && (
                  <li>
                    <NavLink to="/spiegel">{t('spiegel.nav')}</NavLink>
                  </li>
                )}
                {user.memberships.some((m) => m.role === 'teacher') && (
                  <li>
                    <NavLink to="/gesprekken">{t('gesprekPages.nav')}</NavLink>
                  </li>
                )}
                {user.isOrgAdmin && (
                  <li>
                    <NavLink to="/beheer">{t('nav.admin')}</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/account">{t('nav.account')}</NavLink>
                </li>
              </ul>
            </nav>
          )}
          <div className="site-header__tools">
            <LanguageSwitch />
            {session.state !== 'anonymous' && (
              <Button variant="secondary" busy={signingOut} onClick={handleSignOut}>
                {t('layout.signOut')}
              </Button>
            )}
          </div>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="main">
        {/* A page's code may still be on its way (modulePages.ts): the frame stays, the page says it is loading. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}

/** Moves focus to the new page's heading after a navigation the user caused (not on first load). */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const interacted = useRef(false);

  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    document.addEventListener('keydown', mark, true);
    document.addEventListener('pointerdown', mark, true);
    return () => {
      document.removeEventListener('keydown', mark, true);
      document.removeEventListener('pointerdown', mark, true);
    };
  }, []);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (!interacted.current) return;
    window.scrollTo(0, 0);
    const main = document.getElementById('inhoud');
    const heading = () => document.querySelector<HTMLElement>('main h1');
    const found = heading();
    if (found || !main) {
      (found ?? main)?.focus();
      return;
    }
    // The page's code is still on its way: hold focus on the content, then give it to the heading when it comes,
    // unless the user has moved on meanwhile.
    main.focus();
    const observer = new MutationObserver(() => {
      const arrived = heading();
      if (!arrived) return;
      if (document.activeElement === main) arrived.focus();
      observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 5000);
    return () => {
      clearTimeout(stop);
      observer.disconnect();
    };
  }, [pathname]);
}
