import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What one HTTP request carries through everything it causes in this process. */
export interface RequestScope {
  requestId: string;
  /** The process part's logger bound to the request: `logger.child({ requestId })`. */
  logger: Logger;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it awaits or schedules) inside the request's scope. */
export function runInRequestScope<T>(value: RequestScope, fn: () => T): T {
  return scope.run(value, fn);
}

/** The scope of the request being handled, if any (formatError has no context to read it from). */
export function currentRequestScope(): RequestScope | undefined {
  return scope.getStore();
}

/** The request's child logger while a request is handled, else `fallback`. */
export function requestLogger(fallback: Logger): Logger {
  return scope.getStore()?.logger ?? fallback;
}

/**
 * A client's request id is kept when it is a plausible id (a UUID, a trace-like token);
 * anything else (too long, odd characters) is replaced, so logs and echoed headers stay clean.
 */
export function normaliseRequestId(given: string | undefined): string {
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}
