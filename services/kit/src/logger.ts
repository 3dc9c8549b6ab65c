import { pino, type Logger } from 'pino';
import type { PlatformConfig } from './config.js';

export type { Logger };

/** Structured JSON logs, one logger per process part (a unit, the gateway). */
export function createLogger(config: Pick<PlatformConfig, 'logLevel'>, name: string): Logger {
  return pino({ name, level: config.logLevel });
}
