export {
  busiestPartneredActivity,
  generatePartners,
  generateUnitData,
  DEFAULT_VOLUME,
  MAX_PARTNERS_PER_ACTIVITY,
  PARTNERED_ACTIVITIES_ONE_IN,
  type Volume,
} from './generate.js';
export { PARTNER_HISTORY, PARTNER_HISTORY_UNIT, partnerHistoryShape, SHAPES } from './shapes.js';
