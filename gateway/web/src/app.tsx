import { Suspense, useEffect, useRef } from 'react';
import { Layout } from './components/Layout';
import { Loading } from './components/ProblemNotice';
import { RequireRole } from './components/RequireRole';
import { I18nProvider, useI18n } from './i18n/i18n';
import { Link, matchPath, useLocation } from './router';
import { ROUTES } from './routes';

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundHint')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}

function CurrentPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const found = ROUTES.map((route) => ({ route, params: matchPath(route.path, pathname) })).find((m) => m.params);
  const shown = useRef(pathname);
  useEffect(() => {
    document.title = `${found ? t(found.route.title) : t('common.notFound')} — ${t('site.name')}`;
  }, [found?.route, t]);
  // After moving to another page, screen readers and keyboards start at its content.
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.getElementById('main')?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  if (!found) return <NotFound />;
  const page = found.route.render(found.params!);
  return (
    <Suspense fallback={<Loading />}>{found.route.roles ? <RequireRole roles={found.route.roles}>{page}</RequireRole> : page}</Suspense>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Layout>
        <CurrentPage />
      </Layout>
    </I18nProvider>
  );
}
