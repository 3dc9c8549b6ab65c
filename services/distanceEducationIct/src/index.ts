import { clearExpiredPersonalData, defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { IctRequests1765510000000 } from './db/1765510000000-ict-requests.js';
import { digitalSurveyResolvers } from './digital-survey/resolvers.js';
import { ictRequestResolvers } from './ict-requests/resolvers.js';

/** Distance Education and ICT: the schools' ICT help desk and its digital-service survey. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: {
    ...ictRequestResolvers,
    DistanceEducationIctMutations: {
      ...ictRequestResolvers.DistanceEducationIctMutations,
      ...digitalSurveyResolvers.DistanceEducationIctMutations,
    },
  },
  migrations: [IctRequests1765510000000],
  // PDPA retention: a resolved or closed request's contact person after the contact time.
  retentionSweep: (services, retention, now) =>
    clearExpiredPersonalData(
      services.dataSource,
      services.unit.schemaName,
      { table: 'ict_request', nullable: ['contact_name'], closed: ['RESOLVED', 'CLOSED'] },
      retention.contactDays,
      now,
    ).then(() => undefined),
});
