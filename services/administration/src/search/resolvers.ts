import { selectedPaths } from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { searchOffice } from './office-search.js';

export const officeSearchResolvers = {
  Query: {
    // Each hit's activity travels from its unit only when the query asks for it.
    searchOffice: (_root, args, ctx, info) => searchOffice({ ...args, withActivity: selectedPaths(info).has('hits.activity') }, ctx),
  },
} satisfies Resolvers;
