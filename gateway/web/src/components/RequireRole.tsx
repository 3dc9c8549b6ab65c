import type { ReactNode } from 'react';
import { useSession, useSessionLoaded } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

/** A page for some roles only: asks to sign in first (the API refuses anyone else anyway). */
export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const { t, label } = useI18n();
  const session = useSession();
  const loaded = useSessionLoaded();
  if (session && roles.includes(session.role)) return <>{children}</>;
  if (!loaded) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="notice" role="status">
      <p>{t('auth.needed', { roles: roles.map((r) => label('role', r)).join(', ') })}</p>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`}>{t('auth.signInFirst')}</Link>
      </p>
    </div>
  );
}
