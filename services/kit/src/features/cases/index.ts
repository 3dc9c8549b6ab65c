import type { KitFeature } from '../kit-feature.js';
import { caseMutations, caseUnitFields, caseValueTypes } from './resolvers.js';
import { CasesAndMessaging1764200000000 } from './migrations/1764200000000-cases-and-messaging.js';
import { AccessAudit1764600000000 } from './migrations/1764600000000-access-audit.js';
import { DueFirstQueue1765600000000 } from './migrations/1765600000000-due-first-queue.js';
import { ErasedCases1767700000000 } from './migrations/1767700000000-erased-cases.js';

/** Cases (feedback): their lifecycle, deadlines, answer templates and the trace of who read them. */
export const cases: KitFeature = {
  name: 'cases',
  sdl: [new URL('./cases.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: caseValueTypes,
  unitFields: caseUnitFields,
  mutations: caseMutations,
  migrations: [CasesAndMessaging1764200000000, AccessAudit1764600000000, DueFirstQueue1765600000000, ErasedCases1767700000000],
};
