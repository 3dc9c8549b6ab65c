import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { SupervisionVisits1765530000000 } from './db/1765530000000-supervision-visits.js';
import { visitResolvers } from './visits/resolvers.js';

/** Supervision: schools rate the supervision visits they received. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: visitResolvers,
  migrations: [SupervisionVisits1765530000000],
});
