import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { ScholarshipPartnerships1765630000000 } from './db/1765630000000-scholarship-partnerships.js';
import { partnershipResolvers } from './partnerships/resolvers.js';

/** Education Promotion (กลุ่มส่งเสริมการจัดการศึกษา): student-support partnerships with the partner network. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: partnershipResolvers,
  migrations: [ScholarshipPartnerships1765630000000],
});
