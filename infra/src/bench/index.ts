export { generateUnitData, DEFAULT_VOLUME, type Volume } from './generate.js';
