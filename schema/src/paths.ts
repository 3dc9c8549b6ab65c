import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository paths used by the schema workflow (a development tool, run inside the repo). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const servicesDir = path.join(repoRoot, 'services');
export const kitDir = path.join(servicesDir, 'kit');
export const platformDir = path.join(servicesDir, 'platform');
export const supergraphFile = path.join(repoRoot, 'schema', 'supergraph.graphql');

export const generatedDir = (unitDir: string) => path.join(unitDir, 'src', '__generated__');
