import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createUnitDataSource, environmentWith, peerDirectory, type PlatformConfig, type UnitModule } from '@sesao28/kit';
import { unitRegistry } from '@sesao28/schema';
import { openDatabase, portInUse } from './postgres.js';
import { seedNotices } from './seed-notices.js';
import { seedParticipation } from './seed-participation.js';
import { seedSpectrum } from './seed-spectrum.js';
import { seedUnit } from './seed.js';

type Env = Record<string, string | undefined>;

const root = fileURLToPath(new URL('../../', import.meta.url));
// Each child is `node --import tsx --import <guard> <its main.ts>`: the pid the supervisor holds is the server's own.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const childGuard = new URL('./child-guard.ts', import.meta.url).href;

/** Restarts after an unexpected exit: `initialMs`, doubling up to `maxMs`; back to `initialMs` once a child ran `resetAfterMs`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 10_000, resetAfterMs: 30_000 };

export interface SupervisorOptions {
  /** The configuration loaded from `env`. */
  config: PlatformConfig;
  /** The environment every child starts from (npm start's settings: the installation's secrets, DEV_SIGN_IN). */
  env: Env;
  /** One line of output: the supervisor's own, or a child's with its part's name in front. */
  output?: (line: string, stream: 'out' | 'err') => void;
  /** Inserts the sample data once every part is ready (default true). */
  seed?: boolean;
  backoff?: Backoff;
  /** How long the units and the gateway may take to become ready. */
  readyTimeoutMs?: number;
}

/** One supervised process: a unit's subgraph or the gateway. */
export interface Part {
  name: string;
  entry: string;
  port: number;
  url: string;
}

export interface UnitPart extends Part {
  unit: UnitModule;
}

export interface RunningPlatform {
  gatewayUrl: string;
  units: { slug: string; url: string }[];
}

export interface Supervisor {
  /** Opens the database, starts every part, waits until each is ready and seeds; Ctrl-C handling is the caller's. */
  start(): Promise<RunningPlatform>;
  /** Stops every child (SIGTERM, SIGKILL after 10 s) and then the database; no restart happens after this. */
  stop(): Promise<void>;
  /** Resolves true once the warm spare has loaded (a part that exits then is back within a second or two); false without one. */
  warm(): Promise<boolean>;
  /** The process id of a part's current child (a unit's slug or `gateway`), if it runs. */
  pid(name: string): number | undefined;
  /** Every process id a child of this supervisor ever had. */
  readonly pids: readonly number[];
}

/** One child process; `exited` says how it ended (a signal's name or its exit code). */
interface Child {
  process: ChildProcess;
  label: string;
  exited: Promise<string>;
  /** A spare: true once it has loaded what it preloads (false if it ended first). */
  loaded?: Promise<boolean>;
  isLoaded?: boolean;
}

const isRunning = (child: Child) => child.process.exitCode === null && child.process.signalCode === null;
const SPARE = 'infra/src/spare.ts';
const SPARE_DELAY_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The parts `npm start` runs: the nine units on their ports, then the gateway. */
export function platformParts(config: PlatformConfig): { units: UnitPart[]; gateway: Part } {
  const unitPorts = Object.fromEntries(unitRegistry.map((u) => [u.manifest.slug, config.unitPorts[u.manifest.slug] ?? u.manifest.port]));
  // Where units reach each other and the gateway reaches them: these ports on this machine.
  const peers = peerDirectory({ ...config, unitUrls: {}, unitPorts });
  const units = unitRegistry.map((unit) => ({
    name: unit.manifest.slug,
    entry: `services/${unit.manifest.slug}/src/main.ts`,
    port: unitPorts[unit.manifest.slug]!,
    url: `${peers.baseUrlOf(unit.manifest.code)}/graphql`,
    unit,
  }));
  const host = config.gatewayHost === '0.0.0.0' ? 'localhost' : config.gatewayHost;
  const gateway = {
    name: 'gateway',
    entry: 'gateway/src/main.ts',
    port: config.gatewayPort,
    url: `http://${host}:${config.gatewayPort}/graphql`,
  };
  return { units, gateway };
}

/**
 * `npm start`'s supervisor: the embedded PostgreSQL, then every unit and the gateway as a process
 * of its own, each child's lines prefixed with its part's name, a child that exits unexpectedly
 * started again with backoff. Side-effect free until `start`.
 */
export function createSupervisor(options: SupervisorOptions): Supervisor {
  const { config } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const output = options.output ?? ((line, stream) => (stream === 'err' ? console.error(line) : console.log(line)));
  const say = (line: string) => output(`[supervisor] ${line}`, 'out');
  const { units, gateway } = platformParts(config);
  const children = new Map<string, Child>();
  let spare: Child | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const pids: number[] = [];
  let opening: ReturnType<typeof openDatabase> | undefined;
  let stopping = false;

  const childEnv = (databaseUrl: string) =>
    environmentWith(
      {
        DATABASE_URL: databaseUrl,
        // The gateway's shared store (submission limits, persisted queries) in the same database, its own schema.
        GATEWAY_DATABASE_URL: config.gatewayDatabaseUrl ?? databaseUrl,
        PORT: String(gateway.port),
        ...Object.fromEntries(
          units.flatMap((u) => [
            [`UNIT_PORT_${u.name}`, String(u.port)],
            [`UNIT_URL_${u.name}`, u.url],
          ]),
        ),
      },
      options.env,
    );

  /** Starts `script` as a child; its lines go out with its label (a part's name) in front. */
  const launch = (label: string, script: string, env: Env): Child => {
    const process_ = spawn(process.execPath, ['--import', tsxLoader, '--import', childGuard, script], {
      cwd: root,
      env,
      // Its own process group: Ctrl-C reaches the supervisor alone, which stops the children in order.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    if (process_.pid) pids.push(process_.pid);
    const child: Child = {
      process: process_,
      label,
      exited: new Promise((resolve) => process_.once('exit', (code, signal) => resolve(signal ?? `code ${code}`))),
    };
    for (const [stream, kind] of [
      [process_.stdout!, 'out'],
      [process_.stderr!, 'err'],
    ] as const) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => output(`[${child.label}] ${line}`, kind));
    }
    process_.once('error', (error) => say(`${label} could not be started: ${error.message}`));
    return child;
  };

  /**
   * One warm spare (Node, tsx and the kit loaded: most of a unit's start-up) that becomes the next
   * part to exit unexpectedly. Not with tracing on: its instrumentation must load before the modules it watches.
   */
  const prepareSpare = (env: Env) => {
    if (stopping || spare || config.otelEndpoint) return;
    const child = launch('spare', SPARE, env);
    spare = child;
    child.loaded = Promise.race([
      new Promise<boolean>((resolve) => child.process.once('message', () => resolve((child.isLoaded = true)))),
      child.exited.then(() => false),
    ]);
    void child.exited.then(() => {
      if (spare === child) spare = undefined;
    });
  };

  /** A part's next child: the spare told to become it when one is loaded, else a fresh process. */
  const restart = (part: Part, env: Env): Child => {
    // A spare again (this one taken, or lost) once this part has had the CPU to start.
    const timer = setTimeout(() => {
      timers.delete(timer);
      prepareSpare(env);
    }, SPARE_DELAY_MS);
    timers.add(timer);
    const ready = spare?.isLoaded && isRunning(spare) ? spare : undefined;
    if (!ready) return launch(part.name, part.entry, env);
    spare = undefined;
    ready.label = part.name;
    ready.process.send({ entry: part.entry });
    return ready;
  };

  /** Runs a part as a child and starts it again whenever it exits, until `stop`. */
  const supervise = (part: Part, env: Env) => {
    let delay = backoff.initialMs;
    const run = (child: Child) => {
      const startedAt = Date.now();
      children.set(part.name, child);
      void child.exited.then((how) => {
        if (stopping) return;
        const ranMs = Date.now() - startedAt;
        if (ranMs >= backoff.resetAfterMs) delay = backoff.initialMs;
        say(`${part.name} exited (${how}) after ${seconds(ranMs)}; starting it again in ${seconds(delay)}`);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!stopping) run(restart(part, env));
        }, delay);
        timers.add(timer);
        delay = Math.min(delay * 2, backoff.maxMs);
      });
    };
    run(launch(part.name, part.entry, env));
  };

  const waitReady = async (part: Part) => {
    const readyz = part.url.replace(/\/graphql$/, '/readyz');
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (stopping) throw new Error('stopped while starting');
      try {
        if ((await fetch(readyz)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`the ${part.name} process did not become ready within ${seconds(readyTimeoutMs)}; see its lines above`);
      await sleep(200);
    }
  };

  /**
   * The sample data, the nine units side by side: rows straight into each unit's schema (its process
   * has migrated it), the rest through the unit's own API.
   */
  const seed = (databaseUrl: string) =>
    Promise.all(
      units.map(async ({ unit, url }) => {
        const db = createUnitDataSource({ databaseUrl, schemaName: unit.manifest.schemaName, poolSize: 1 });
        await db.dataSource.initialize();
        try {
          await seedUnit(unit, db.dataSource);
        } finally {
          await db.dataSource.destroy();
        }
        await seedParticipation(url, config, unit);
        await seedNotices(url, config, unit);
        await seedSpectrum(url, config, unit);
      }),
    );

  return {
    async start() {
      // A part that cannot listen would only be restarted again and again: say so before starting anything.
      for (const part of [...units, gateway]) {
        if (await portInUse(part.port)) {
          throw Object.assign(new Error(`port ${part.port} is in use`), {
            code: 'EADDRINUSE',
            port: part.port,
            what: `${part.name} process`,
          });
        }
      }
      // The database stops last, in stop() (after the units that use it), not at the signal.
      opening = openDatabase(config, (line) => say(line), { stopsItself: true });
      const database = await opening;
      if (stopping) throw new Error('stopped while starting');
      const env = childEnv(database.url);
      const since = Date.now();
      // All ten at once: the gateway needs only its supergraph to be ready (it tolerates a unit that is not up yet).
      say('Starting the nine unit subgraphs (each runs its migrations) and the gateway, each a process of its own …');
      for (const part of [...units, gateway]) supervise(part, env);
      await Promise.all([...units, gateway].map(waitReady));
      say(`The nine units and the gateway are ready (${seconds(Date.now() - since)})`);
      prepareSpare(env);
      if (options.seed ?? true) {
        const seeding = Date.now();
        await seed(database.url);
        say(`Sample data in place (${seconds(Date.now() - seeding)}; added once, later starts change nothing)`);
      }
      return { gatewayUrl: gateway.url, units: units.map((u) => ({ slug: u.name, url: u.url })) };
    },

    async stop() {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const end = async (child: Child | undefined) => {
        if (!child || !isRunning(child)) return;
        child.process.kill('SIGTERM');
        const killer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
        await child.exited;
        clearTimeout(killer);
      };
      // The gateway first, so no request reaches a unit that is going away.
      await end(children.get(gateway.name));
      await Promise.all([...units.map((u) => end(children.get(u.name))), end(spare)]);
      // Also a database still starting when Ctrl-C came.
      const database = await opening?.catch(() => undefined);
      opening = undefined;
      await database?.stop().catch(() => {});
    },

    warm: async () => (await spare?.loaded) ?? false,

    pid: (name) => {
      const child = children.get(name);
      return child && isRunning(child) ? child.process.pid : undefined;
    },
    pids,
  };
}
