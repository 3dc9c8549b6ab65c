import type { ReactNode } from 'react';
import { useSession, useSessionLoaded } from '../api/session';
import { useDeskUnit } from '../api/unit-desk';
import { unitByCode, type DirectoryUnit } from '../api/units';
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

/**
 * A page of one unit's own desk: for the signed-in staff and head of that unit only (the route
 * asks for a desk role; the API checks again). Anyone else is told whose page it is.
 */
export function RequireDeskUnit({ code, children }: { code: string; children: (unit: DirectoryUnit) => ReactNode }) {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  const owner = unitByCode(code);
  if (unit && unit.code === code) return <>{children(unit)}</>;
  return (
    <div className="notice" role="status" data-testid="other-unit">
      <p>{t('services.otherUnit', { unit: owner ? pick(owner.nameTh, owner.nameEn) : code })}</p>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
    </div>
  );
}

/** A page for anyone signed in (a person's own petition, say): asks to sign in first. */
export function RequireSignIn({ why, children }: { why: string; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const loaded = useSessionLoaded();
  if (session) return <>{children}</>;
  if (!loaded) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="notice" role="status" data-testid="sign-in-needed">
      <p>{why}</p>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`}>{t('auth.signInFirst')}</Link>
      </p>
    </div>
  );
}
