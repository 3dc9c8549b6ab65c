import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Identity, type KeyRing, type Logger, type PeerDirectory, type PlatformConfig, silentLogger } from '@sesao28/platform';
import type { CaseDesk } from './features/cases/case-desk.js';
import type { UnitManifest } from './unit-manifest.js';
import { createLoaders, type UnitLoaders } from './loaders.js';
import type { Outbox } from './messaging/outbox.js';
import type { FollowDesk } from './features/follow/follow-desk.js';
import type { NotificationRepository } from './notify/notification-repository.js';
import type { UnitRepositories } from './repositories/index.js';

/** What lives as long as the unit's server: built once, shared by every request. */
export interface UnitServices {
  unit: UnitManifest;
  dataSource: DataSource;
  repos: UnitRepositories;
  outbox: Outbox;
  cases: CaseDesk;
  peers: PeerDirectory;
  /** This unit's signing key and the others' public keys (internal calls, the gateway's assertions). */
  keys: KeyRing;
  /** Keys the pseudonymous participant lists (activities/participants.ts). */
  pseudonymKey: string;
  /** The installation's settings (read once, in config.ts). */
  config: PlatformConfig;
  /** The unit's notices to people (sent by a job on the configured channels). */
  notifications: NotificationRepository;
  /** Who follows the unit's consultations, drafts and votes. */
  follows: FollowDesk;
}

/** What every resolver of a unit receives, built fresh for each request. */
export interface UnitContext extends UnitServices {
  /** Per-request DataLoaders: batching and caching never outlive one request. */
  loaders: UnitLoaders;
  requestId: string;
  /** Who is asking, as the gateway vouched for it. */
  identity: Identity;
  /** The unit's logger bound to this request (`logger.child({ requestId })`). */
  logger: Logger;
}

export function createContext(services: UnitServices, identity: Identity, requestId?: string, logger?: Logger): UnitContext {
  const id = requestId || randomUUID();
  return {
    ...services,
    identity,
    loaders: createLoaders(services.repos, services.unit.code),
    requestId: id,
    logger: logger ?? silentLogger.child({ requestId: id }),
  };
}
