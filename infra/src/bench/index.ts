export { generateUnitData, DEFAULT_VOLUME, type Volume } from './generate.js';
export { SHAPES, SHAPES_NOT_YET } from './shapes.js';
