import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { Disclosures1765520000000 } from './db/1765520000000-disclosures.js';
import { disclosureResolvers } from './disclosures/resolvers.js';

/** Finance and Assets: procurement and spending disclosures people can ask about. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: disclosureResolvers,
  migrations: [Disclosures1765520000000],
});
