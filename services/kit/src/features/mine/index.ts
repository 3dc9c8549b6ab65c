import type { KitFeature } from '../kit-feature.js';
import { myParticipationUnitFields, myParticipationValueTypes } from './resolvers.js';
import { MyParticipation1767950000000 } from './migrations/1767950000000-my-participation.js';

/** A signed-in person's own participation in a unit: their activities and initiatives. */
export const mine: KitFeature = {
  name: 'mine',
  sdl: [new URL('./mine.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: myParticipationValueTypes,
  unitFields: myParticipationUnitFields,
  migrations: [MyParticipation1767950000000],
};
