export { startStack, type Stack, type StackOptions, type RunningUnit } from './stack.js';
export { seedUnit, seedRows, stableUuid } from './seed.js';
export { seedParticipation } from './seed-participation.js';
export { seedNotices } from './seed-notices.js';
export { seedSpectrum } from './seed-spectrum.js';
export { createSupervisor, platformParts, type Supervisor, type SupervisorOptions, type RunningPlatform } from './supervisor.js';
export { portInUse } from './postgres.js';
