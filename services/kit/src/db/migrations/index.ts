import { ParticipationModel1764050000000 } from './1764050000000-participation-model.js';
import { CasesAndMessaging1764200000000 } from './1764200000000-cases-and-messaging.js';

/** Migrations of the shared participation model, run in every unit's schema. */
export const kitMigrations = [ParticipationModel1764050000000, CasesAndMessaging1764200000000];
