import type { Resolvers } from '../__generated__/resolvers-types.js';
import { officeFeed } from './office-feed.js';

/** The office-wide feed: every unit's notices (Administration's own are the office's news). */
export const feedResolvers = {
  Query: {
    officeFeed: (_root, args, ctx) => officeFeed(args, ctx),
  },
  OfficeFeedItem: {
    unit: (item) => ({ code: item.notice.unitCode }),
  },
} satisfies Resolvers;
