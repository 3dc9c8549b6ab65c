import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  connectAndMigrate,
  createUnitDataSource,
  schemaNameOf,
  createKeyRing,
  gatewayHeaders,
  INTAKE_UNIT_CODE,
  environmentWith,
  GATEWAY_KEY_OWNER,
  loadConfig,
  officeDirectory,
  PUBLIC_IDENTITY,
  signAccessToken,
  type Identity,
} from '@sesao28/kit';
import { keySettingsByOwner } from '../keys.js';
import { openDatabase } from '../postgres.js';
import { busiestPartneredActivity, generatePartners, generateUnitData } from './generate.js';
import { PARTNER_HISTORY_UNIT, partnerHistoryShape, SHAPES } from './shapes.js';

/**
 * `npm run bench`: the whole system as separate processes (nine units and the gateway,
 * as in production) on the embedded PostgreSQL (or DATABASE_URL), loaded with a realistic
 * volume, driven over HTTP by autocannon. Prints a table and writes .data/bench/results.json.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
// Each run's own secrets, given to every process it starts.
const secrets = { INTERNAL_SECRET: randomBytes(24).toString('hex'), JWT_SECRET: randomBytes(24).toString('hex') };
// Each part's own keys (the children run in production, which requires them); this process signs as the gateway.
const partKeys = keySettingsByOwner(
  officeDirectory.map((u) => u.code),
  'bench',
);
const keysOf = (owner: string) => partKeys.get(owner)!;
const base = loadConfig(environmentWith({ ...secrets, ...keysOf(GATEWAY_KEY_OWNER) }));
// One data folder per volume: a smaller run must not find the rows of a larger one.
const config = {
  ...base,
  embeddedDataDir: path.join(root, `.data/bench-postgres-${base.bench.activities}-${base.bench.feedback}-${base.bench.partners}`),
  embeddedPort: base.embeddedPort + 1,
};
const log = (line: string) => console.log(line);
const GATEWAY_PORT = 5000;
const unitPort = (i: number) => GATEWAY_PORT + 1 + i;
const HIVE_MAIN = 'infra/src/bench/hive-main.ts';
/**
 * The gateways the public dashboard is compared across (issue #17), beside the project's own at
 * GATEWAY_PORT (merging identical subgraph reads in flight, its default): Hive Gateway with its own
 * merging (its default), then both with merging off. Driven in this order, so each pair runs side by side.
 */
const COMPARED = [
  { name: 'Hive, merging', entry: HIVE_MAIN, ready: '/readiness', port: GATEWAY_PORT + 12, merge: true },
  { name: 'gateway, no merging', entry: 'gateway/src/main.ts', ready: '/readyz', port: GATEWAY_PORT + 10, merge: false },
  { name: 'Hive, no merging', entry: HIVE_MAIN, ready: '/readiness', port: GATEWAY_PORT + 11, merge: false },
] as const;
/** A unit's subgraph, or a gateway in front of them (whose CPU a shape driven through it is charged). */
const children: { name: string; process: ChildProcess; metrics: string; front: boolean }[] = [];

function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(GATEWAY_PORT),
    UNIT_HOST: '127.0.0.1',
    SUBMISSION_RATE_LIMIT: '1000000',
    REQUEST_RATE_LIMIT: '100000000',
    DB_POOL_SIZE: String(base.dbPoolSize),
    ...secrets,
  };
  officeDirectory.forEach((u, i) => {
    env[`UNIT_PORT_${u.slug}`] = String(unitPort(i));
    env[`UNIT_URL_${u.slug}`] = `http://127.0.0.1:${unitPort(i)}/graphql`;
  });
  return env;
}

function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv, metrics: string, front = false): void {
  // Node runs tsx's CLI itself: the child needs nothing from this process's environment.
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), entry], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push({ name, process: child, metrics, front });
}

async function waitReady(url: string, what: string): Promise<void> {
  // Generous: ten processes compile and start at once, on two cores that may be busy with other work.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready`);
}

/** Sums the series of one metric in a Prometheus text exposition (optionally with a label). */
function metric(text: string, name: string, label?: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== ' ' && line[name.length] !== '{')) continue;
    if (label && !line.includes(label)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

const scrape = async () => Promise.all(children.map(async (c) => ({ name: c.name, text: await (await fetch(c.metrics)).text() })));

interface ShapeResult {
  shape: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  sqlPerRequest: number;
  fetchesPerRequest: number;
  gatewayCpuMsPerRequest: number;
  /** The nine units' CPU together (not PostgreSQL's), per request: what a shape costs them. */
  unitsCpuMsPerRequest: number;
  responseKb: number;
  peakRssMb: Record<string, number>;
  /** The gateway the requests went through. */
  front: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Drives one shape; `front` names the gateway the requests go through (its CPU and memory are reported). */
async function drive(
  shape: string,
  url: string,
  headers: Record<string, string>,
  body: () => string,
  front = 'gateway',
): Promise<ShapeResult | null> {
  const only = config.bench.only;
  if (only.length && !only.some((word) => shape.toLowerCase().includes(word.toLowerCase()))) return null;
  const sample = await fetch(url, { method: 'POST', headers, body: body() });
  const answer = (await sample.json()) as { errors?: unknown[] };
  if (!sample.ok || answer.errors) throw new Error(`${shape}: ${JSON.stringify(answer).slice(0, 300)}`);
  // Warm-up: plan cache, connections, JIT.
  await autocannon({
    url,
    method: 'POST',
    headers,
    connections: config.bench.connections,
    duration: 2,
    requests: [{ setupRequest: (r) => ({ ...r, body: body() }) }],
  });
  const before = await scrape();
  const peak: Record<string, number> = {};
  const poll = setInterval(() => {
    void scrape().then((all) => {
      for (const { name, text } of all)
        peak[name] = Math.max(peak[name] ?? 0, metric(text, 'sesao28_process_resident_memory_bytes') / 2 ** 20);
    });
  }, 500);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers,
        connections: config.bench.connections,
        duration: config.bench.seconds,
        requests: [{ setupRequest: (r) => ({ ...r, body: body() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  clearInterval(poll);
  const sorted = latencies.sort((a, b) => a - b);
  // Requests still in flight when the clock stopped finish first, so counts match `sent` (slow shapes wait longer).
  await new Promise((r) => setTimeout(r, Math.max(1000, 2 * percentile(sorted, 99))));
  const after = await scrape();
  const delta = (name: string, pick: (text: string) => number) =>
    pick(after.find((a) => a.name === name)!.text) - pick(before.find((b) => b.name === name)!.text);
  const cpuSeconds = (name: string) => delta(name, (t) => metric(t, 'sesao28_process_cpu_seconds_total'));
  const units = children.filter((c) => !c.front).map((c) => c.name);
  const requests = result.requests.sent || result.requests.total || 1;
  return {
    shape,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    rps: Math.round(result.requests.average),
    p50: Math.round(percentile(sorted, 50) * 10) / 10,
    p95: Math.round(percentile(sorted, 95) * 10) / 10,
    p99: Math.round(percentile(sorted, 99) * 10) / 10,
    sqlPerRequest: Math.round((units.reduce((n, u) => n + delta(u, (t) => metric(t, 'db_statements_total')), 0) / requests) * 100) / 100,
    fetchesPerRequest:
      Math.round((units.reduce((n, u) => n + delta(u, (t) => metric(t, 'http_requests_total', 'route="/graphql"')), 0) / requests) * 100) /
      100,
    gatewayCpuMsPerRequest: Math.round((cpuSeconds(front) * 1000 * 100) / requests) / 100,
    unitsCpuMsPerRequest: Math.round((units.reduce((n, u) => n + cpuSeconds(u), 0) * 1000 * 100) / requests) / 100,
    responseKb: Math.round(result.throughput.total / Math.max(1, result.requests.total) / 102.4) / 10,
    peakRssMb: Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, Math.round(v)])),
    front,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const database = await openDatabase(config, log);
  const shutdown = async () => {
    for (const c of children) c.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await database.stop().catch(() => {});
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  try {
    const env = childEnv(database.url);
    officeDirectory.forEach((u, i) =>
      startProcess(u.slug, `services/${u.slug}/src/main.ts`, { ...env, ...keysOf(u.code) }, `http://127.0.0.1:${unitPort(i)}/metrics`),
    );
    await Promise.all(officeDirectory.map((u, i) => waitReady(`http://127.0.0.1:${unitPort(i)}/readyz`, u.slug)));
    const gatewayEnv = { ...env, ...keysOf(GATEWAY_KEY_OWNER) };
    startProcess('gateway', 'gateway/src/main.ts', gatewayEnv, `http://127.0.0.1:${GATEWAY_PORT}/metrics`, true);
    // Each compared gateway is a process of its own too, with the gateway's key (the units answer no one else).
    for (const { name, entry, port, merge } of COMPARED) {
      const settings = { PORT: String(port), SUBGRAPH_MERGE_IN_FLIGHT: merge ? '1' : '0' };
      startProcess(name, entry, { ...gatewayEnv, ...settings }, `http://127.0.0.1:${port}/metrics`, true);
    }
    await waitReady(`http://127.0.0.1:${GATEWAY_PORT}/readyz`, 'gateway');
    await Promise.all(COMPARED.map(({ name, port, ready }) => waitReady(`http://127.0.0.1:${port}${ready}`, name)));
    log(`System up in ${((Date.now() - started) / 1000).toFixed(1)} s (nine units and four gateways as separate processes).`);

    const volume = {
      activities: config.bench.activities,
      feedback: config.bench.feedback,
      partners: config.bench.partners,
      seed: config.bench.seed,
    };
    let jointActivity: Awaited<ReturnType<typeof busiestPartneredActivity>> | undefined;
    for (const u of officeDirectory) {
      const t0 = Date.now();
      // The unit's process has run its migrations (Administration's register among them) before it was ready.
      const db = createUnitDataSource({
        databaseUrl: database.url,
        schemaName: schemaNameOf(u.slug),
        poolSize: 1,
      });
      await connectAndMigrate(db);
      const schema = (db.dataSource.options as { schema: string }).schema;
      if (u.code === INTAKE_UNIT_CODE) await generatePartners(db.dataSource, schema, volume);
      await generateUnitData(db.dataSource, schema, volume);
      if (u.slug === PARTNER_HISTORY_UNIT) jointActivity = await busiestPartneredActivity(db.dataSource, schema);
      await db.dataSource.destroy();
      const partners = u.code === INTAKE_UNIT_CODE ? `, the register's ${volume.partners} partners` : '';
      log(
        `  data ${u.slug.padEnd(20)} ${volume.activities} activities, ${volume.feedback} cases${partners} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }

    const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
    const finance = officeDirectory.findIndex((u) => u.code === 'FINANCE');
    const financeUrl = `http://127.0.0.1:${unitPort(finance)}/graphql`;
    const director: Identity = { role: 'DIRECTOR', unitCode: null, subject: 'bench-director', confidential: false };
    const bearer = { 'content-type': 'application/json', authorization: `Bearer ${await signAccessToken(secrets.JWT_SECRET, director)}` };
    // Direct calls carry the gateway's assertion for Finance and the one body they send, as the gateway would.
    const keys = createKeyRing(base.keys);
    const asserted = async (who: Identity, query: string) => ({
      'content-type': 'application/json',
      ...(await gatewayHeaders(keys, 'FINANCE', who)(body(query)())),
    });
    const body = (query: string) => () => JSON.stringify({ query });
    const financeStats = `{ financeAssets { stats(fiscalYear: 2569) { activitiesTotal feedbackReceived feedbackLate medianDaysToAnswer } } }`;

    const all: (ShapeResult | null)[] = [];
    all.push(await drive('(a) dashboard', gatewayUrl, bearer, body(SHAPES.dashboard)));
    // The same dashboard asked by the public (the independent gateway signs every call as the public), through each gateway.
    const anonymous = { 'content-type': 'application/json' };
    const publicDashboard = (front: string, port: number) =>
      drive(`(a) public dashboard: ${front}`, `http://127.0.0.1:${port}/graphql`, anonymous, body(SHAPES.dashboard), front);
    all.push(await publicDashboard('gateway', GATEWAY_PORT));
    for (const { name, port } of COMPARED) all.push(await publicDashboard(name, port));
    all.push(await drive('(b) nine unit roots', gatewayUrl, bearer, body(SHAPES.unitRoots)));
    all.push(
      await drive('(c) cases → partners → history', gatewayUrl, bearer, body(partnerHistoryShape(PARTNER_HISTORY_UNIT, jointActivity!.id))),
    );
    all.push(await drive('(d) case queue page', gatewayUrl, bearer, body(SHAPES.queue)));
    all.push(await drive('one unit stats, via gateway', gatewayUrl, bearer, body(financeStats)));
    all.push(await drive('one unit stats, direct', financeUrl, await asserted(PUBLIC_IDENTITY, financeStats), body(financeStats)));
    all.push(await drive('(d) queue, direct', financeUrl, await asserted(director, SHAPES.queue), body(SHAPES.queue)));
    // Last: each submission goes on to Finance through the outbox, whose work would blur the others' figures.
    all.push(
      await drive('(e) submission', gatewayUrl, { 'content-type': 'application/json' }, () =>
        JSON.stringify({ query: SHAPES.submission, variables: { key: randomUUID() } }),
      ),
    );

    const results = all.filter((r): r is ShapeResult => r !== null);
    const byShape = Object.fromEntries(results.map((r) => [r.shape, r]));
    const share = (via: string, direct: string) =>
      byShape[via] && byShape[direct] ? `${Math.round((1 - byShape[direct].p50 / byShape[via].p50) * 100)}%` : 'not measured';
    // Throughput of the project's gateway over the independent one's: answers in the same window, unrounded.
    const ratio = (ours: string, theirs: string) =>
      byShape[ours] && byShape[theirs]?.requests ? `${(byShape[ours].requests / byShape[theirs].requests).toFixed(2)}x` : 'not measured';
    const summary = {
      date: new Date().toISOString(),
      volumePerUnit: volume,
      partnerHistoryStartsFrom: { unit: PARTNER_HISTORY_UNIT, activity: jointActivity },
      connections: config.bench.connections,
      secondsPerShape: config.bench.seconds,
      results,
      gatewayShareOfP50: {
        unitStats: share('one unit stats, via gateway', 'one unit stats, direct'),
        queue: share('(d) case queue page', '(d) queue, direct'),
      },
      publicDashboardRatio: {
        // Targets (issue #17): at least 1.5 with merging off on both, at least 1 with each gateway's default (merging on).
        mergingOff: ratio('(a) public dashboard: gateway, no merging', '(a) public dashboard: Hive, no merging'),
        mergingOn: ratio('(a) public dashboard: gateway', '(a) public dashboard: Hive, merging'),
      },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    const out = path.join(root, '.data/bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.table(
      results.map((r) => ({
        shape: r.shape,
        'req/s': r.rps,
        'p50 ms': r.p50,
        'p95 ms': r.p95,
        'p99 ms': r.p99,
        'SQL/req': r.sqlPerRequest,
        'fetches/req': r.fetchesPerRequest,
        'gateway CPU ms/req': r.gatewayCpuMsPerRequest,
        'units CPU ms/req': r.unitsCpuMsPerRequest,
        'kB/resp': r.responseKb,
        errors: r.errors,
        'peak RSS MB (gateway, max unit)': `${r.peakRssMb[r.front] ?? '?'}, ${Math.max(
          ...children.filter((c) => !c.front).map((c) => r.peakRssMb[c.name] ?? 0),
        )}`,
      })),
    );
    log(`Gateway's share of p50: one unit's stats ${summary.gatewayShareOfP50.unitStats}, queue ${summary.gatewayShareOfP50.queue}.`);
    log(
      `Public dashboard, the project's gateway over Hive Gateway (req/s): ${summary.publicDashboardRatio.mergingOff} with merging off on both ` +
        `(target 1.5x), ${summary.publicDashboardRatio.mergingOn} with merging on (target 1x).`,
    );
    log(`Results: .data/bench/results.json (${summary.totalSeconds} s in all)`);
  } finally {
    await shutdown();
  }
}

await main();
