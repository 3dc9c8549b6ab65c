import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createServerMetrics } from './metrics.js';
import { observeHttp, routeOf } from './observe-http.js';
import { normaliseRequestId, requestLogger, runInRequestScope } from './request-scope.js';
import { injectTraceContext, tracingEnabled } from './telemetry.js';

function capture() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) }, parsed: () => lines.map((l) => JSON.parse(l)) };
}

describe('request ids in logs', () => {
  it('writes JSON lines to a given stream, with the request id once, from the child or the scope', () => {
    const out = capture();
    const logger = createLogger({ logLevel: 'info' }, 'financeAssets', out.stream);
    logger.info('outside');
    const child = logger.child({ requestId: 'req-1' });
    runInRequestScope({ requestId: 'req-1', logger: child }, () => {
      child.info('from the child');
      logger.info('from the base logger');
      requestLogger(logger).warn('from formatError');
    });
    expect(out.lines.every((line) => (line.match(/"requestId"/g) ?? []).length <= 1)).toBe(true);
    expect(out.parsed().map((l) => [l.msg, l.requestId, l.name])).toEqual([
      ['outside', undefined, 'financeAssets'],
      ['from the child', 'req-1', 'financeAssets'],
      ['from the base logger', 'req-1', 'financeAssets'],
      ['from formatError', 'req-1', 'financeAssets'],
    ]);
  });

  it('keeps a usable client id and replaces anything else', () => {
    expect(normaliseRequestId('0b6f6c9e-3a8e-4c55-9a43-1f2f8f0f1a11')).toBe('0b6f6c9e-3a8e-4c55-9a43-1f2f8f0f1a11');
    expect(normaliseRequestId('abc.DEF:123_x-y')).toBe('abc.DEF:123_x-y');
    for (const bad of [undefined, '', 'x'.repeat(129), 'a b', 'a\u0e01', '{"x":1}']) {
      expect(normaliseRequestId(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('metrics', () => {
  it('labels paths with the known route they fall under, else `other`', () => {
    const routes = ['/graphql', '/healthz', '/internal', '/internal/messages', '/'];
    expect(routeOf('/graphql', routes)).toBe('/graphql');
    expect(routeOf('/internal/messages', routes)).toBe('/internal/messages');
    expect(routeOf('/internal/activities/1', routes)).toBe('/internal');
    expect(routeOf('/', routes)).toBe('/');
    expect(routeOf('/graphqlx', routes)).toBe('other');
    expect(routeOf('/wp-admin/x', routes)).toBe('other');
  });

  it('keeps each server in its own registry, with the process metrics once per process', async () => {
    const pool = { totalCount: 3, idleCount: 1, waitingCount: 2 };
    const a = createServerMetrics({ service: 'a', pool: () => pool });
    const b = createServerMetrics({ service: 'b' });
    a.httpRequests.inc({ method: 'POST', route: '/graphql', status: '200' });
    const forbidden = { message: 'x', extensions: { code: 'FORBIDDEN' } };
    expect(a.counted(forbidden)).toBe(forbidden);
    const plain: { message: string; extensions?: Record<string, unknown> } = { message: 'y' };
    a.counted(plain);
    const textA = await a.render();
    const textB = await b.render();
    expect(textA).toContain('http_requests_total{method="POST",route="/graphql",status="200",service="a"} 1');
    expect(textA).toContain('graphql_errors_total{code="FORBIDDEN",service="a"} 1');
    expect(textA).toContain('graphql_errors_total{code="UNKNOWN",service="a"} 1');
    expect(textA).toContain('db_pool_connections{state="total",service="a"} 3');
    expect(textA).toContain('db_pool_connections{state="waiting",service="a"} 2');
    expect(textB).not.toContain('service="a"');
    expect(textB).not.toContain('db_pool_connections');
    for (const text of [textA, textB]) expect(text.match(/^# TYPE sesao28_process_cpu_user_seconds_total/gm)).toHaveLength(1);
  });
});

describe('telemetry settings', () => {
  it('is off by default and reads the OTLP endpoint and service name prefix', () => {
    const off = loadConfig({ NODE_ENV: 'test' });
    expect(off.otelEndpoint).toBeUndefined();
    expect(off.otelServiceName).toBe('sesao28');
    const on = loadConfig({ NODE_ENV: 'test', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/', OTEL_SERVICE_NAME: 'sesao28-prod' });
    expect(on.otelEndpoint).toBe('http://collector:4318');
    expect(on.otelServiceName).toBe('sesao28-prod');
    expect(() => loadConfig({ NODE_ENV: 'test', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('adds no trace headers while tracing is off', () => {
    expect(tracingEnabled()).toBe(false);
    const headers = new Headers();
    injectTraceContext(headers);
    expect([...headers.keys()]).toEqual([]);
  });
});

describe('access lines', () => {
  it('finding: erasure: logged query parameters — an access line keeps the path, never the query string', async () => {
    const out = capture();
    const app = express();
    app.use(
      observeHttp({
        component: 'gateway',
        logger: createLogger({ logLevel: 'info' }, 'gateway', out.stream),
        metrics: createServerMetrics({ service: 'gateway' }),
        routes: ['/graphql', '/'],
      }),
    );
    app.get('*splat', (_req, res) => void res.send('ok'));
    const server = app.listen(0);
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // A case's code and privacy key in an address (a follow link, a GET query's variables): nothing to erase later.
      const secret = 'SSK-7Q2M-K8PA-3XWE';
      const variables = encodeURIComponent(JSON.stringify({ code: secret, privacyKey: 'KEY-AAAA-BBBB-CCCC' }));
      for (const url of [`/follow?code=${secret}`, `/graphql?query=%7B__typename%7D&variables=${variables}`]) {
        expect((await fetch(`${base}${url}`)).status).toBe(200);
      }
      await new Promise((resolve) => setImmediate(resolve));
      const lines = out.parsed().filter((l) => l.msg === 'request');
      expect(lines.map((l) => l.path)).toEqual(['/follow', '/graphql']);
      expect(out.lines.join('\n')).not.toMatch(/SSK-|KEY-|privacyKey|variables/);
    } finally {
      server.close();
    }
  });
});
