export { unitRegistry, unitBySlug } from './registry.js';
export { composeSupergraph, type SubgraphInput, type CompositionOutcome } from './compose.js';
export { supergraphFile } from './paths.js';
