import { useState, type FormEvent } from 'react';
import { setSession } from '../api/session';
import { OFFICE_UNITS } from '../api/units';
import { ProblemNotice } from '../components/ProblemNotice';
import { networkProblem, type Problem } from '../api/problems';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';

const ROLES = ['DIRECTOR', 'ADMIN', 'ANALYST', 'AUDITOR', 'UNIT_HEAD', 'UNIT_STAFF', 'STAKEHOLDER'] as const;
const UNIT_ROLES = new Set(['UNIT_HEAD', 'UNIT_STAFF']);

/**
 * Development sign-in: the gateway's /dev/token hands out a token for the chosen role (it is
 * not there in production). The office's real sign-in replaces this page.
 */
export function SignInPage() {
  const { t, label, pick } = useI18n();
  const { search } = useLocation();
  const [role, setRole] = useState<string>('DIRECTOR');
  const [unit, setUnit] = useState<string>(OFFICE_UNITS[0]?.code ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ role, ...(UNIT_ROLES.has(role) ? { unit } : {}) });
    try {
      const response = await fetch(`/dev/token?${params}`);
      if (response.status === 404) {
        setProblems([{ code: 'DEV_SIGN_IN_OFF', messageTh: t('signIn.unavailable'), messageEn: t('signIn.unavailable') }]);
        return;
      }
      const body = (await response.json()) as { token?: string; code?: string; messageTh?: string; messageEn?: string };
      if (!body.token) {
        setProblems([
          { code: body.code ?? 'BAD_TOKEN_REQUEST', messageTh: body.messageTh ?? '', messageEn: body.messageEn ?? '', field: 'role' },
        ]);
        return;
      }
      setSession({ token: body.token, role, unitCode: UNIT_ROLES.has(role) ? unit : null });
      const next = search.get('next');
      navigate(
        next && next.startsWith('/') && !next.startsWith('//')
          ? next
          : role === 'DIRECTOR' || role === 'ADMIN'
            ? '/dashboard'
            : UNIT_ROLES.has(role)
              ? '/desk'
              : '/',
      );
    } catch (error) {
      setProblems([networkProblem(String(error))]);
    }
  };
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.lead')}</p>
      <ProblemNotice problems={problems} />
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="sign-in-role">{t('signIn.role')}</label>
          <select id="sign-in-role" value={role} onChange={(e) => setRole(e.target.value)}>
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
            <select id="sign-in-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
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
    </>
  );
}
