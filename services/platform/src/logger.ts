import { pino, symbols, type DestinationStream, type Logger } from 'pino';
import type { PlatformConfig } from './config.js';
import { currentRequestScope } from './request-scope.js';

export type { DestinationStream, Logger };

const chindings = symbols.chindingsSym as unknown as string;

/**
 * Structured JSON logs, one logger per process part (a unit, the gateway). Lines written while a
 * request is handled carry its `requestId`: the request's child logger binds it, and a line from
 * the part's own logger gets it from the request scope. Tests pass a `destination` to read the lines.
 */
export function createLogger(config: Pick<PlatformConfig, 'logLevel'>, name: string, destination?: DestinationStream): Logger {
  const options = {
    name,
    level: config.logLevel,
    mixin: (_merge: object, _level: number, logger: Logger) => {
      const requestId = currentRequestScope()?.requestId;
      if (!requestId) return {};
      const bound = (logger as unknown as Record<string, string | undefined>)[chindings];
      return bound?.includes('"requestId":') ? {} : { requestId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Writes nothing; for contexts built without a server (tests). */
export const silentLogger: Logger = pino({ level: 'silent' });
