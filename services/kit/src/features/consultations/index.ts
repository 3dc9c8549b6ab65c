import type { KitFeature } from '../kit-feature.js';
import { consultMutations, consultUnitFields, consultValueTypes } from './resolvers.js';
import { ConsultationsAndSurveys1764400000000 } from './migrations/1764400000000-consultations-and-surveys.js';

/** Consultations (comments on a question) and surveys (questions, answers, participant codes): one resolver file, one migration. */
export const consultations: KitFeature = {
  name: 'consultations',
  sdl: [new URL('./consultations.graphql', import.meta.url), new URL('./surveys.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: consultValueTypes,
  unitFields: consultUnitFields,
  mutations: consultMutations,
  migrations: [ConsultationsAndSurveys1764400000000],
};
