import { defineUnitModule } from '@sesao28/kit';
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
  fieldRules: { ictRequests: 'cases:read', ictRequestByCode: 'public' },
  mutationRules: { requestIctSupport: 'public', updateIctRequest: 'cases:act', createDigitalServiceSurvey: 'participation:manage' },
  migrations: [IctRequests1765510000000],
});
