export { generatePartners, generateUnitData, DEFAULT_VOLUME, MAX_PARTNERS_PER_ACTIVITY, PARTNERED_ACTIVITIES_ONE_IN, type Volume } from './generate.js';
export { partnerHistoryShape, SHAPES } from './shapes.js';
