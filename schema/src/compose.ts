import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphInput {
  name: string;
  url: string;
  sdl: string;
}

/**
 * Hints we expect and accept. The directory host declares `Unit` with the
 * directory fields only (by design, see build-unit-sdl.ts), which composition
 * reports as an inconsistent interface; every other hint fails the build.
 */
const ACCEPTED_HINTS = new Set(['INCONSISTENT_INTERFACE_VALUE_TYPE_FIELD']);

export interface CompositionOutcome {
  supergraphSdl: string | null;
  errors: string[];
  /** Hints that matter (not in the accepted list). */
  hints: string[];
}

export function composeSupergraph(subgraphs: readonly SubgraphInput[]): CompositionOutcome {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    return { supergraphSdl: null, errors: result.errors.map((e) => e.message), hints: [] };
  }
  const hints = result.hints.filter((h) => !ACCEPTED_HINTS.has(h.definition.code)).map((h) => `${h.definition.code}: ${h.message}`);
  return { supergraphSdl: result.supergraphSdl, errors: [], hints };
}
