import { KIT_FEATURES } from '../../features/index.js';
import { migrationTimestamp, type KitMigration } from '../../features/kit-feature.js';
import { IdempotentRequests1764700000000 } from './1764700000000-idempotent-requests.js';
import { StatsIndexes1764800000000 } from './1764800000000-stats-indexes.js';
import { StatsCache1765910000000 } from './1765910000000-stats-cache.js';
import { Notifications1767100000000 } from './1767100000000-notifications.js';
import { NotificationChannels1767200000000 } from './1767200000000-notification-channels.js';

/** Migrations of the shared infrastructure (idempotency, statistics, notifications): no feature's own. */
const infrastructureMigrations: KitMigration[] = [
  IdempotentRequests1764700000000,
  StatsIndexes1764800000000,
  StatsCache1765910000000,
  Notifications1767100000000,
  NotificationChannels1767200000000,
];

/** Migrations of the shared participation model, run in every unit's schema: the infrastructure's and every feature's, by timestamp. */
export const kitMigrations: KitMigration[] = [...infrastructureMigrations, ...KIT_FEATURES.flatMap((f) => f.migrations ?? [])].sort(
  (a, b) => migrationTimestamp(a) - migrationTimestamp(b),
);
