import { fileURLToPath } from 'node:url';
import type { PlatformConfig } from '@sesao28/platform';

/** The committed supergraph, unless SUPERGRAPH_FILE names another one. */
export function supergraphPath(config: PlatformConfig): string {
  return config.supergraphFile ?? fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
}
