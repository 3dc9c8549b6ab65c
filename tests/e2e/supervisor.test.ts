import { randomBytes } from 'node:crypto';
import { environmentWith, loadConfig } from '@sesao28/kit';
import { createTestDatabase, freePort, postGraphQL, type GraphQLResponse } from '@sesao28/kit/testing';
import { createSupervisor, portInUse, type Supervisor } from '@sesao28/infra';
import { unitRegistry } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start`'s supervisor with real processes: nine units and the gateway, each a child of its own,
 * over a throwaway database. A unit killed outright is back within 10 s while the other eight answer.
 */
const QUERY = '{ units { code stats { feedbackReceived } } }';
const KILLED = unitRegistry.find((u) => u.manifest.code === 'FINANCE')!.manifest;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The units whose own figures are in an answer (by code). */
const answering = (res: GraphQLResponse) =>
  ((res.data?.units ?? []) as { code: string; stats: { feedbackReceived: number } | null }[]).filter((u) => u.stats).map((u) => u.code);

describe('npm start: each part its own process under a supervisor', () => {
  let supervisor: Supervisor;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let gatewayUrl: string;
  let ports: number[];
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    ports = await Promise.all(Array.from({ length: unitRegistry.length + 1 }, () => freePort()));
    const env = environmentWith({
      NODE_ENV: 'test',
      // The run's own secrets, as npm start gives its children the installation's.
      INTERNAL_SECRET: randomBytes(24).toString('hex'),
      JWT_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'info',
      DATABASE_URL: database.url,
      PORT: String(ports[0]),
      ...Object.fromEntries(unitRegistry.map((u, i) => [`UNIT_PORT_${u.manifest.slug}`, String(ports[i + 1])])),
    });
    supervisor = createSupervisor({ config: loadConfig(env), env, output: (line) => lines.push(line) });
    ({ gatewayUrl } = await supervisor.start());
  }, 120_000);

  afterAll(async () => {
    await supervisor?.stop();
    await database?.drop();
  });

  it('serves the nine units through the gateway, seeded, each unit and the gateway a process of its own', async () => {
    const res = await postGraphQL(gatewayUrl, QUERY);
    expect(res.errors).toBeUndefined();
    const units = res.data!.units as { code: string; stats: { feedbackReceived: number } }[];
    expect(units.map((u) => u.code).sort()).toEqual(unitRegistry.map((u) => u.manifest.code).sort());
    // The sample data went in once every unit was ready.
    for (const unit of units) expect(unit.stats.feedbackReceived, unit.code).toBeGreaterThan(0);
    const pids = [...unitRegistry.map((u) => supervisor.pid(u.manifest.slug)), supervisor.pid('gateway')];
    expect(new Set(pids).size).toBe(10);
    for (const pid of pids) expect(pid !== undefined && pid !== process.pid && alive(pid)).toBe(true);
    // Each child's lines carry its part's name.
    expect(lines.some((l) => l.startsWith(`[${KILLED.slug}] `) && l.includes('subgraph ready'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[gateway] '))).toBe(true);
    // The gateway keeps its submission counts and persisted queries in the same database, for any replica of it.
    expect(lines.some((l) => l.startsWith('[gateway] ') && l.includes('shared with every gateway on GATEWAY_DATABASE_URL'))).toBe(true);
  });

  it('starts a killed unit again within 10 s; the other eight answer through the gateway meanwhile', async () => {
    // As a few seconds after the start: the warm spare that takes over from a crashed part has loaded.
    expect(await supervisor.warm()).toBe(true);
    const killed = supervisor.pid(KILLED.slug)!;
    process.kill(killed, 'SIGKILL');
    const killedAt = Date.now();
    const others = unitRegistry.map((u) => u.manifest.code).filter((code) => code !== KILLED.code);
    let answersWhileDown = 0;
    for (;;) {
      const res = await postGraphQL(gatewayUrl, QUERY);
      const codes = answering(res);
      expect(codes).toEqual(expect.arrayContaining(others));
      if (codes.includes(KILLED.code)) break;
      answersWhileDown++;
      expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.unit])).toEqual([['UNIT_UNAVAILABLE', KILLED.slug]]);
      expect(Date.now() - killedAt, `${KILLED.slug} not back`).toBeLessThan(10_000);
      // Not too often: every query reaches all ten processes, and the restarting one needs the CPU.
      await sleep(250);
    }
    console.log(`${KILLED.slug} answered again ${Date.now() - killedAt} ms after it was killed`);
    expect(answersWhileDown).toBeGreaterThan(0);
    const restarted = supervisor.pid(KILLED.slug);
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(killed);
    expect(alive(killed)).toBe(false);
    expect(lines.some((l) => l.startsWith('[supervisor] ') && l.includes(`${KILLED.slug} exited (SIGKILL)`))).toBe(true);
  }, 30_000);

  it('stops every child and leaves no port open', async () => {
    await supervisor.stop();
    for (const pid of supervisor.pids) expect(alive(pid), `process ${pid}`).toBe(false);
    // The ten, the one started again, and the warm spare(s).
    expect(supervisor.pids.length).toBeGreaterThanOrEqual(11);
    for (const port of ports) expect(await portInUse(port), `port ${port}`).toBe(false);
  }, 30_000);
});
