import {
  INTAKE_UNIT_CODE,
  peerGet,
  type PeerCaller,
  type PlatformConfig,
  type StaffDirectoryEntry,
  type StaffLookup,
} from '@sesao28/platform';

/** Asks Administration (the staff directory's keeper) who a signed-in person is; null for someone not in it. */
export type StaffDirectoryLookup = (who: StaffLookup) => Promise<StaffDirectoryEntry | null>;

export function staffDirectoryLookup(config: PlatformConfig, caller: PeerCaller): StaffDirectoryLookup {
  return async (who) => {
    const query = new URLSearchParams({ subject: who.subject, ...(who.email ? { email: who.email } : {}) });
    const res = await peerGet(caller, INTAKE_UNIT_CODE, `staff-directory?${query}`, config.subgraphTimeoutMs);
    if (!res.ok) throw new Error(`staff directory answered ${res.status}`);
    const body = (await res.json()) as { entry: StaffDirectoryEntry | null };
    return body.entry;
  };
}
