import { describeListenError } from './listen-error.js';
import type { Telemetry } from './telemetry.js';

/** The one server a process runs: the gateway, or a unit's subgraph. */
export interface ProcessServer {
  listen(port: number, host?: string): Promise<{ url: string }>;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Named in the message when the server cannot listen, e.g. `gateway`. */
  what: string;
  port: number;
  /** Left out: the server's own default. */
  host?: string;
  telemetry: Telemetry | null;
  ready(url: string): void;
}

/**
 * Runs a process's server: listens, or says why it cannot, stops what had started and exits 1;
 * on SIGINT or SIGTERM stops the server, then tracing (its last spans sent), and exits 0.
 */
export async function serveUntilSignal(server: ProcessServer, options: ServeOptions): Promise<void> {
  try {
    const { url } = await server.listen(options.port, options.host);
    options.ready(url);
  } catch (error) {
    console.error(describeListenError(error, options.what, options.port));
    await server.stop();
    process.exit(1);
  }
  const shutdown = () =>
    void server
      .stop()
      .then(() => options.telemetry?.shutdown())
      .then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
