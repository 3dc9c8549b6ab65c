import { useSession } from './session';
import { unitByCode, type DirectoryUnit } from './units';

/** The unit of the signed-in staff member or head, or null for anyone else. */
export function useDeskUnit(): DirectoryUnit | null {
  const session = useSession();
  if (!session?.unitCode || !['UNIT_STAFF', 'UNIT_HEAD'].includes(session.role)) return null;
  return unitByCode(session.unitCode) ?? null;
}
