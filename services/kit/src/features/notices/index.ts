import type { KitFeature } from '../kit-feature.js';
import { noticeMutations, noticeUnitFields, noticeValueTypes } from './resolvers.js';
import { Notices1765100000000 } from './migrations/1765100000000-notices.js';

/** Notices (measure 1, inform): what a unit publishes, its attachments and the review interval. */
export const notices: KitFeature = {
  name: 'notices',
  sdl: [new URL('./notices.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: noticeValueTypes,
  unitFields: noticeUnitFields,
  mutations: noticeMutations,
  migrations: [Notices1765100000000],
};
