import { randomUUID } from 'node:crypto';
import { createLogger, setupTelemetry, type Telemetry } from '@sesao28/kit';
import { InMemorySpanExporter } from '@sesao28/kit/testing';
import { unitRegistry } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/** Touches the directory (administration) and the nine units' own stats resolvers. */
const ALL_UNITS = '{ units { code stats { feedbackReceived } } }';

interface LogLine {
  name: string;
  level: number;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

/** Value of the first series of `name` whose labels contain every one of `labels`. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of metrics.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const set = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => set.includes(`${k}="${v}"`))) return Number(match[3]);
  }
  return undefined;
}

describe('operators can see inside: request ids in logs, traces, metrics', () => {
  let t: TestStack;
  let telemetry: Telemetry;
  const exporter = new InMemorySpanExporter();
  const lines: string[] = [];
  const logs = () => lines.map((line) => JSON.parse(line) as LogLine);
  const gatewayBase = () => t.stack.gatewayUrl.replace(/\/graphql$/, '');
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(t.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    telemetry = await setupTelemetry({ serviceName: 'sesao28-test', exporter });
    const stream = { write: (line: string) => void lines.push(line) };
    t = await startTestStack({}, {}, { logger: (name) => createLogger({ logLevel: 'info' }, name, stream) });
  });
  afterAll(async () => {
    await t?.close();
    await telemetry?.shutdown();
  });

  it("a request's id appears in the gateway's and each touched subgraph's logs, and is echoed", async () => {
    const id = randomUUID();
    const res = await post(ALL_UNITS, { 'x-request-id': id });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(id);
    const body = (await res.json()) as { data?: { units: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.units).toHaveLength(9);

    const slugs = unitRegistry.map((u) => u.manifest.slug);
    const mine = await eventually(async () => {
      const found = logs().filter((line) => line.requestId === id);
      const names = new Set(found.map((line) => line.name));
      return ['gateway', ...slugs].every((name) => names.has(name)) && found;
    });
    // One access line per HTTP request in each process.
    const access = mine.filter((line) => line.msg === 'request');
    const gatewayAccess = access.filter((line) => line.name === 'gateway');
    expect(gatewayAccess).toHaveLength(1);
    expect(gatewayAccess[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, requestId: id });
    expect(typeof gatewayAccess[0]!.durationMs).toBe('number');
    for (const slug of slugs) {
      const unitAccess = access.filter((line) => line.name === slug);
      expect(unitAccess.length, slug).toBeGreaterThanOrEqual(1);
      expect(unitAccess[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    }
  });

  it('makes a request id when the client sends none (or an unusable one) and echoes it', async () => {
    const none = await post('{ units { code } }');
    const made = none.headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await post('{ units { code } }', { 'x-request-id': 'x'.repeat(500) });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // The administration subgraph logged the gateway's id, not one of its own.
    await eventually(async () => logs().some((line) => line.name === 'administration' && line.requestId === made));
  });

  it('one gateway request gives spans in the gateway and in the subgraphs, sharing one trace id', async () => {
    const id = randomUUID();
    const res = await post('{ units { code stats { feedbackReceived } } financeAssets { stats { activitiesTotal } } }', {
      'x-request-id': id,
    });
    expect(res.status).toBe(200);
    const spans = await eventually(async () => {
      await telemetry.flush();
      const all = exporter.getFinishedSpans();
      const ours = all.filter((s) => s.attributes['sesao28.request_id'] === id);
      return ours.some((s) => s.attributes['sesao28.component'] === 'financeAssets') && all;
    });
    const server = spans.filter((s) => s.attributes['sesao28.request_id'] === id);
    const gateway = server.find((s) => s.attributes['sesao28.component'] === 'gateway')!;
    expect(gateway).toBeDefined();
    const traceId = gateway.spanContext().traceId;
    const units = server.filter((s) => s.attributes['sesao28.component'] !== 'gateway');
    expect(new Set(units.map((s) => s.attributes['sesao28.component']))).toEqual(new Set(unitRegistry.map((u) => u.manifest.slug)));
    for (const span of units) expect(span.spanContext().traceId).toBe(traceId);
    // Apollo Gateway's own spans (plan, fetch …) are in the same trace, and each subgraph's span
    // hangs below one of the gateway's fetches.
    const trace = spans.filter((s) => s.spanContext().traceId === traceId);
    const fetches = trace.filter((s) => s.name === 'gateway.fetch');
    expect(fetches.length).toBeGreaterThan(0);
    const fetchIds = new Set(fetches.map((s) => s.spanContext().spanId));
    for (const span of units) expect(fetchIds.has(span.parentSpanId ?? '')).toBe(true);
  });

  it('serves Prometheus metrics on the gateway and on every unit', async () => {
    await post(ALL_UNITS);
    await post('{ nope }');
    await post('{ financeAssets { activities(first: 1000) { nodes { id } } } }');
    const gatewayMetrics = await (await fetch(`${gatewayBase()}/metrics`)).text();
    expect(
      sample(gatewayMetrics, 'http_requests_total', { method: 'POST', route: '/graphql', status: '200', service: 'gateway' }),
    ).toBeGreaterThan(0);
    expect(sample(gatewayMetrics, 'http_request_duration_seconds_count', { route: '/graphql' })).toBeGreaterThan(0);
    expect(sample(gatewayMetrics, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThan(0);
    expect(sample(gatewayMetrics, 'graphql_errors_total', { code: 'PAGE_SIZE_OUT_OF_RANGE' })).toBeGreaterThan(0);
    expect(sample(gatewayMetrics, 'sesao28_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(gatewayMetrics, 'sesao28_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);

    const finance = t.stack.units.get('financeAssets')!;
    const unitBase = finance.url.replace(/\/graphql$/, '');
    const unitRes = await fetch(`${unitBase}/metrics`);
    expect(unitRes.headers.get('content-type')).toMatch(/^text\/plain/);
    const unitMetrics = await unitRes.text();
    expect(
      sample(unitMetrics, 'http_requests_total', { method: 'POST', route: '/graphql', status: '200', service: 'financeAssets' }),
    ).toBeGreaterThan(0);
    expect(sample(unitMetrics, 'http_request_duration_seconds_bucket', { route: '/graphql', le: '+Inf' })).toBeGreaterThan(0);
    expect(sample(unitMetrics, 'graphql_errors_total', { code: 'PAGE_SIZE_OUT_OF_RANGE' })).toBeGreaterThan(0);
    expect(sample(unitMetrics, 'db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(sample(unitMetrics, 'db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(unitMetrics, 'db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(
      sample(unitMetrics, 'sesao28_process_resident_memory_bytes') ?? sample(unitMetrics, 'sesao28_nodejs_heap_size_total_bytes'),
    ).toBeGreaterThan(0);
    // Each server counts only its own requests.
    expect(sample(unitMetrics, 'http_requests_total', { service: 'gateway' })).toBeUndefined();
  });

  it('keeps the health and readiness endpoints', async () => {
    expect((await fetch(`${gatewayBase()}/healthz`)).status).toBe(200);
    expect((await fetch(`${gatewayBase()}/readyz`)).status).toBe(200);
    const unitBase = t.stack.units.get('personnel')!.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${unitBase}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });
});
