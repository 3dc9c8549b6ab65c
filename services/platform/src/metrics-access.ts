import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Who may read /metrics: with METRICS_TOKEN set, a scraper that sends it as a bearer token;
 * without it, only this machine (loopback). The series name routes, units and error codes:
 * not for the public.
 */
export function metricsAllowed(remoteAddress: string | undefined, authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return LOOPBACK.test(remoteAddress ?? '');
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function metricsAccess(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (metricsAllowed(req.socket.remoteAddress, req.header('authorization'), token)) return next();
    res.status(401).json({ code: 'UNAUTHENTICATED' });
  };
}
