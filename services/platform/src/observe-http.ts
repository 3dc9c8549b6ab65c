import { context as otelContext } from '@opentelemetry/api';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger.js';
import type { ServerMetrics } from './metrics.js';
import { normaliseRequestId, REQUEST_ID_HEADER, runInRequestScope } from './request-scope.js';
import { endServerSpan, startServerSpan, tracingEnabled } from './telemetry.js';

export interface ObserveHttpOptions {
  /** `gateway` or a unit's slug (span attribute). */
  component: string;
  logger: Logger;
  metrics: ServerMetrics;
  /** The server's routes: a path is labelled with the longest one it equals or lies under, else `other`. */
  routes: readonly string[];
}

/** Probes and scrapes come every few seconds: their access lines are debug, the rest info. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

export function routeOf(path: string, routes: readonly string[]): string {
  let best: string | undefined;
  for (const route of routes) {
    const under = route === '/' ? path === '/' : path === route || path.startsWith(`${route}/`);
    if (under && (!best || route.length > best.length)) best = route;
  }
  return best ?? 'other';
}

/** The request id and child logger of a request this middleware saw (for Apollo's context). */
export function requestInfo(res: Response): { requestId: string; logger: Logger } {
  return { requestId: res.locals.requestId as string, logger: res.locals.logger as Logger };
}

/**
 * First middleware of every server: takes the caller's `x-request-id` (or makes one), echoes it,
 * binds a child logger to it for everything the request causes (request scope), writes one access
 * line and the HTTP metrics when the answer is done, and, with tracing on, a server span that
 * continues the caller's trace.
 */
export function observeHttp(options: ObserveHttpOptions): RequestHandler {
  const { logger, metrics, routes, component } = options;
  return (req: Request, res: Response, next) => {
    const started = process.hrtime.bigint();
    const requestId = normaliseRequestId(req.header(REQUEST_ID_HEADER));
    // Handlers further on read the (possibly generated) id from the request as before.
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const log = logger.child({ requestId });
    res.locals.requestId = requestId;
    res.locals.logger = log;
    const path = req.path;
    const route = routeOf(path, routes);
    const traced = tracingEnabled() ? startServerSpan(component, req.method, route, req.headers, requestId) : null;
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.statusCode;
      const labels = { method: req.method, route, status: String(status) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      const line = {
        method: req.method,
        path,
        route,
        status,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (QUIET_ROUTES.has(route)) log.debug(line, 'request');
      else log.info(line, 'request');
      if (traced) endServerSpan(traced.span, status);
    });
    runInRequestScope({ requestId, logger: log }, () => (traced ? otelContext.with(traced.context, next) : next()));
  };
}
