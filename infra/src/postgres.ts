import net from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@sesao28/kit/embedded-postgres';
import type { PlatformConfig } from '@sesao28/kit';

const DATABASE = 'sesao28';

/** Something listens on this port of the loopback interface. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The database `npm start` runs on: DATABASE_URL when set, otherwise an embedded
 * real PostgreSQL whose data stays in .data/postgres between runs.
 */
export async function openDatabase(
  config: PlatformConfig,
  log: (message: string) => void,
  options: { stopsItself?: boolean } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) {
    log(`Using the external PostgreSQL from DATABASE_URL`);
    return { url: config.databaseUrl, stop: async () => {} };
  }
  if (await portInUse(config.embeddedPort)) {
    throw new Error(
      `Port ${config.embeddedPort} (embedded PostgreSQL) is already in use: is the system already running? ` +
        `Stop it, or set EMBEDDED_PG_PORT to another port.`,
    );
  }
  log(`Starting the embedded PostgreSQL (data in ${config.embeddedDataDir}) …`);
  const server: RunningPostgres = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
    persistent: true,
    stopsItself: options.stopsItself,
  });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${DATABASE}`;
  return { url: url.toString(), stop: () => server.stop() };
}
