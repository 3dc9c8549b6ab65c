import type { PlatformConfig } from './config.js';
import directory from './__generated__/directory.json' with { type: 'json' };
import type { PeerDirectory } from './peer/peer-auth.js';

/** A unit as the whole office knows it (generated from the unit folders' manifests). */
export interface DirectoryEntry {
  code: string;
  slug: string;
  nameTh: string;
  nameEn: string;
  typeName: string;
  /** Entity type of the unit's records linked from outcomes. */
  recordTypeName: string;
  port: number;
  directoryHost: boolean;
  /** Cases open only to the unit's named staff. */
  confidential: boolean;
}

/** The units of the office in the order of the announcement. */
export const officeDirectory: readonly DirectoryEntry[] = directory;

const byCode = new Map(officeDirectory.map((entry) => [entry.code, entry]));

export function directoryEntry(code: string): DirectoryEntry | undefined {
  return byCode.get(code);
}

/** A subgraph's unit code by its name in the supergraph (the unit's slug): the audience of the gateway's assertion. */
export function unitCodeOfSubgraph(subgraphName: string): string {
  const entry = officeDirectory.find((unit) => unit.slug === subgraphName);
  if (!entry) throw new Error(`The supergraph names a subgraph "${subgraphName}" that is not in the office's directory`);
  return entry.code;
}

/** The unit that runs the office's front door (the complaint centre): Administration. */
export const INTAKE_UNIT_CODE = officeDirectory.find((entry) => entry.directoryHost)!.code;

/**
 * Where each unit's subgraph answers: UNIT_URL_<slug> when set, else the unit's port
 * on this host. `running` (from the process that started the units) wins over both.
 */
export function peerDirectory(config: PlatformConfig, running?: (code: string) => string | undefined): PeerDirectory {
  return {
    baseUrlOf(code) {
      const fromRunning = running?.(code);
      if (fromRunning) return fromRunning;
      const entry = byCode.get(code);
      if (!entry) return undefined;
      const url = config.unitUrls[entry.slug];
      if (url) return url.replace(/\/graphql\/?$/, '');
      const host = config.unitHost === '0.0.0.0' ? '127.0.0.1' : config.unitHost;
      return `http://${host}:${config.unitPorts[entry.slug] ?? entry.port}`;
    },
  };
}
