import type { ReactNode } from 'react';
import { signOut, useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { ROUTES } from '../routes';

/** Every page: skip link, banner with the menu and the language switch, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang, label } = useI18n();
  const session = useSession();
  const other = lang === 'th' ? 'en' : 'th';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-name">
            <span className="site-title">{t('site.name')}</span>
            <span className="site-office">{t('site.office')}</span>
          </Link>
          <div className="site-tools">
            {session ? (
              <span className="session">
                {t('nav.signedInAs', { role: label('role', session.role) })} <Link to="/me">{t('nav.mine')}</Link>{' '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => {
                    void signOut().then(() => navigate('/'));
                  }}
                >
                  {t('nav.signOut')}
                </button>
              </span>
            ) : (
              <Link to="/sign-in">{t('nav.signIn')}</Link>
            )}
            <button type="button" className="lang-switch" onClick={() => setLang(other)}>
              <span lang={other}>{t('lang.switch')}</span>
              <span className="visually-hidden"> — {t('lang.switchLabel')}</span>
            </button>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {ROUTES.filter((route) => route.nav).map((route) => (
              <li key={route.path}>
                <Link to={route.path}>{t(route.title)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('site.office')}</p>
        <p>{t('site.footer')}</p>
      </footer>
    </>
  );
}
