import { execute } from '../api/client';
import { OFFICE_UNITS } from '../api/units';
import { useAction } from '../api/use-action';
import { useQuery } from '../api/use-query';
import { ActionOutcome } from '../components/FormParts';
import { ProblemNotice } from '../components/ProblemNotice';
import { SpecForm, type FieldSpec } from '../components/SpecForm';
import { AdminPutStaffMemberDocument, AdminRemoveStaffMemberDocument, AdminStaffDirectoryDocument, type StaffRole } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

const STAFF_ROLES: readonly StaffRole[] = ['UNIT_STAFF', 'UNIT_HEAD', 'DIRECTOR', 'ANALYST', 'AUDITOR', 'ADMIN'];

/**
 * The staff directory, for the office's administrators: who has which role when they sign in with
 * the office account (by their e-mail), adding, changing and removing people, and the log of changes.
 */
export function StaffDirectoryPage() {
  const { t, label, format, pick } = useI18n();
  const directory = useQuery(AdminStaffDirectoryDocument);
  const removal = useAction();
  const unitName = (code: string | null | undefined) => {
    const unit = OFFICE_UNITS.find((u) => u.code === code);
    return unit ? pick(unit.nameTh, unit.nameEn) : t('common.dash');
  };
  const fields: FieldSpec[] = [
    { name: 'email', label: 'staff.email', kind: 'text', required: true },
    { name: 'name', label: 'staff.name', kind: 'text' },
    {
      name: 'role',
      label: 'staff.role',
      kind: 'select',
      options: STAFF_ROLES.map((r) => ({ value: r, label: label('role', r) })),
      initial: 'UNIT_STAFF',
      required: true,
    },
    {
      name: 'unitCode',
      label: 'staff.unit',
      kind: 'select',
      options: [{ value: '', label: t('common.dash') }, ...OFFICE_UNITS.map((u) => ({ value: u.code, label: pick(u.nameTh, u.nameEn) }))],
      hint: 'staff.unitHint',
    },
    {
      name: 'confidential',
      label: 'staff.confidential',
      kind: 'select',
      options: [
        { value: '', label: t('common.no') },
        { value: 'yes', label: t('common.yes') },
      ],
      hint: 'staff.confidentialHint',
    },
  ];
  const members = directory.data?.staffMembers ?? [];
  const changes = directory.data?.staffDirectoryChanges ?? [];
  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p className="lead">{t('staff.lead')}</p>
      <ProblemNotice problems={directory.problems} onRetry={directory.reload} />
      <SpecForm
        id="staff"
        title="staff.putTitle"
        fields={fields}
        submitLabel="staff.put"
        onSubmit={async (v) => {
          const result = await execute(AdminPutStaffMemberDocument, {
            input: {
              email: v.email!,
              name: v.name?.trim() || null,
              role: v.role as StaffRole,
              unitCode: v.unitCode || null,
              confidential: v.confidential === 'yes',
            },
          });
          const ok = Boolean(result.data) && result.problems.length === 0;
          if (ok) directory.reload();
          return { problems: result.problems, done: ok ? 'staff.saved' : null };
        }}
      />
      <h2 id="staff-members">{t('staff.members')}</h2>
      <ActionOutcome success={removal.done ? t(removal.done) : null} problems={removal.problems} />
      {directory.loading && !directory.data ? <p role="status">{t('common.loading')}</p> : null}
      {members.length === 0 && directory.data ? <p className="meta">{t('common.none')}</p> : null}
      {members.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="staff-members" tabIndex={0}>
          <table data-testid="staff-members">
            <thead>
              <tr>
                <th scope="col">{t('staff.email')}</th>
                <th scope="col">{t('staff.name')}</th>
                <th scope="col">{t('staff.role')}</th>
                <th scope="col">{t('staff.unit')}</th>
                <th scope="col">{t('staff.confidential')}</th>
                <th scope="col">{t('desk.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} data-email={m.email}>
                  <td>{m.email}</td>
                  <td>{m.name ?? t('common.dash')}</td>
                  <td>{label('role', m.role)}</td>
                  <td>{unitName(m.unit?.code)}</td>
                  <td>{m.confidential ? t('common.yes') : t('common.no')}</td>
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      disabled={removal.sending}
                      aria-label={t('staff.removeWho', { email: m.email })}
                      onClick={() =>
                        void removal.run(AdminRemoveStaffMemberDocument, { email: m.email }, 'staff.removed').then(() => directory.reload())
                      }
                    >
                      {t('staff.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h2 id="staff-changes">{t('staff.changes')}</h2>
      {changes.length === 0 ? (
        <p className="meta">{t('common.none')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="staff-changes" tabIndex={0}>
          <table data-testid="staff-changes">
            <thead>
              <tr>
                <th scope="col">{t('staff.at')}</th>
                <th scope="col">{t('staff.actor')}</th>
                <th scope="col">{t('staff.action')}</th>
                <th scope="col">{t('staff.email')}</th>
                <th scope="col">{t('staff.role')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={`${String(c.at)}-${i}`}>
                  <td>{format.dateTime(String(c.at))}</td>
                  <td>{c.actor}</td>
                  <td>{t(c.action === 'REMOVE' ? 'staff.actionRemove' : 'staff.actionPut')}</td>
                  <td>{c.email}</td>
                  <td>{c.role ? `${label('role', c.role)}${c.unitCode ? ` · ${unitName(c.unitCode)}` : ''}` : t('common.dash')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
