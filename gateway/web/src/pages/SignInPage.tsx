import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { refreshSession } from '../api/session';
import { OFFICE_UNITS } from '../api/units';
import { ProblemNotice } from '../components/ProblemNotice';
import { networkProblem, type Problem } from '../api/problems';
import { en, th } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';

const ROLES = ['DIRECTOR', 'ADMIN', 'ANALYST', 'AUDITOR', 'UNIT_HEAD', 'UNIT_STAFF', 'STAKEHOLDER'] as const;
const UNIT_ROLES = new Set(['UNIT_HEAD', 'UNIT_STAFF']);
const PROBLEMS = ['provider-unavailable', 'sign-in-expired', 'sign-in-cancelled', 'sign-in-failed', 'directory-unavailable'] as const;

interface SignInOptions {
  devSignIn: boolean;
  providers: { id: 'staff' | 'line' | 'public'; audience: string }[];
}

/** A problem the gateway sent back here after a sign-in round trip (?problem=…), in both languages. */
function returnedProblem(code: string | null): Problem[] {
  const known = PROBLEMS.find((p) => p === code);
  if (!known) return [];
  const key = `signIn.problem.${known}` as const;
  return [{ code: known.toUpperCase().replace(/-/g, '_'), messageTh: th[key], messageEn: en[key] }];
}

/** A path on this site to go on to, else the home of the role. */
const nextPath = (next: string | null, fallback: string) => (next && next.startsWith('/') && !next.startsWith('//') ? next : fallback);

/**
 * Sign-in: a button per sign-in provider the gateway has (the office's own for staff, LINE Login and
 * others for the public), and, only where the gateway turned it on (DEV_SIGN_IN=1, loopback), the
 * development sign-in as any role.
 */
export function SignInPage() {
  const { t, label, pick } = useI18n();
  const { search } = useLocation();
  const [options, setOptions] = useState<SignInOptions | null>(null);
  const { register, handleSubmit, watch } = useForm({ defaultValues: { role: 'DIRECTOR', unit: OFFICE_UNITS[0]?.code ?? '' } });
  const role = watch('role');
  const [problems, setProblems] = useState<Problem[]>(() => returnedProblem(search.get('problem')));
  useEffect(() => {
    fetch('/auth/providers', { headers: { accept: 'application/json' } })
      .then((response) => response.json() as Promise<SignInOptions>)
      .then(setOptions)
      .catch((error: unknown) => setProblems([networkProblem(String(error))]));
  }, []);
  const next = search.get('next');
  const submit = handleSubmit(async ({ role, unit }) => {
    try {
      const response = await fetch('/dev/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ role, ...(UNIT_ROLES.has(role) ? { unit } : {}) }),
      });
      if (response.status === 404) {
        setProblems([{ code: 'DEV_SIGN_IN_OFF', messageTh: th['signIn.unavailable'], messageEn: en['signIn.unavailable'] }]);
        return;
      }
      const body = (await response.json()) as { next?: string; code?: string; messageTh?: string; messageEn?: string };
      if (!response.ok) {
        setProblems([
          { code: body.code ?? 'BAD_TOKEN_REQUEST', messageTh: body.messageTh ?? '', messageEn: body.messageEn ?? '', field: 'role' },
        ]);
        return;
      }
      await refreshSession();
      navigate(nextPath(next, body.next ?? '/'));
    } catch (error) {
      setProblems([networkProblem(String(error))]);
    }
  });
  const providerHref = (id: string) => `/auth/sign-in/${id}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.lead')}</p>
      {search.get('notice') === 'not-in-directory' ? (
        <div className="notice" role="status">
          <p>{t('signIn.notice.notInDirectory')}</p>
        </div>
      ) : null}
      <ProblemNotice problems={problems} />
      {options ? (
        <>
          {options.providers.length > 0 ? (
            <ul className="sign-in-providers">
              {options.providers.map((provider) => (
                <li key={provider.id}>
                  <a className="button-primary" href={providerHref(provider.id)}>
                    {t(`signIn.provider.${provider.id}`)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {options.providers.length === 0 && !options.devSignIn ? <p>{t('signIn.none')}</p> : null}
          {options.devSignIn ? (
            <section aria-labelledby="dev-sign-in">
              <h2 id="dev-sign-in">{t('signIn.dev.title')}</h2>
              <p>{t('signIn.dev.lead')}</p>
              <form onSubmit={submit}>
                <div className="field">
                  <label htmlFor="sign-in-role">{t('signIn.role')}</label>
                  <select id="sign-in-role" {...register('role')}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {label('role', r)}
                      </option>
                    ))}
                  </select>
                </div>
                {UNIT_ROLES.has(role) ? (
                  <div className="field">
                    <label htmlFor="sign-in-unit">{t('signIn.unit')}</label>
                    <select id="sign-in-unit" {...register('unit')}>
                      {OFFICE_UNITS.map((u) => (
                        <option key={u.code} value={u.code}>
                          {pick(u.nameTh, u.nameEn)}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <button type="submit" className="button-primary">
                  {t('signIn.submit')}
                </button>
              </form>
            </section>
          ) : null}
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}
