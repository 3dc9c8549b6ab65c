// Zero-downtime schema rollout: the gateway serves the supergraph file it was given and picks up
// a new one when the file changes (polled), without a restart. A file that is not a valid
// supergraph is refused with a warning, and the supergraph in use stays. Requests already
// running finish on the schema they started with (Apollo swaps the schema for new requests only).
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { createRequire } from 'node:module';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@sesao28/platform';

interface FederationInternals {
  Supergraph: { build(sdl: string, options?: { validateSupergraph?: boolean }): unknown };
}

// The very copy of federation-internals the gateway builds its schema with (its own dependency).
const requireFromGateway = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
const { Supergraph } = requireFromGateway('@apollo/federation-internals') as FederationInternals;

/** Why `sdl` is not a supergraph the gateway can serve, or null when it is one. */
export function supergraphProblem(sdl: string): string | null {
  try {
    Supergraph.build(sdl, { validateSupergraph: true });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface SupergraphFileOptions {
  /** How often the file is looked at, in milliseconds (SUPERGRAPH_POLL_MS). */
  pollMs: number;
  logger: Logger;
}

/**
 * The gateway's `supergraphSdl` as a function over a file: the file's supergraph at start
 * (it must be valid), then every valid new version written to it. Write a new version
 * atomically (to a temporary file, then rename) so the poller never reads half of it;
 * a half-written file is refused and picked up once complete.
 */
export function supergraphFromFile(file: string, options: SupergraphFileOptions): SupergraphSdlHook {
  const { logger, pollMs } = options;
  return async ({ update }) => {
    let current = readFileSync(file, 'utf8');
    const problem = supergraphProblem(current);
    if (problem) throw new Error(`Supergraph file ${file} is not a valid supergraph: ${problem}`);

    const onChange = () => {
      let next: string;
      try {
        next = readFileSync(file, 'utf8');
      } catch (error) {
        logger.warn({ file, error: String(error) }, 'supergraph file unreadable; keeping the supergraph in use');
        return;
      }
      if (next === current) return;
      const refused = supergraphProblem(next);
      if (refused) {
        logger.warn({ file, error: refused }, 'supergraph file refused (not a valid supergraph); keeping the supergraph in use');
        return;
      }
      try {
        update(next);
        current = next;
        logger.info({ file }, 'supergraph updated from file');
      } catch (error) {
        logger.warn({ file, error: String(error) }, 'supergraph update failed; keeping the supergraph in use');
      }
    };
    watchFile(file, { interval: pollMs, persistent: false }, onChange);
    return {
      supergraphSdl: current,
      cleanup: async () => unwatchFile(file, onChange),
    };
  };
}
