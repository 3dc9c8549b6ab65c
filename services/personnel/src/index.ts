import { defineUnitModule, combineResolvers } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { PersonnelOrders1765610000000 } from './db/1765610000000-personnel-orders.js';
import { PersonnelPetitions1765610001000 } from './db/1765610001000-personnel-petitions.js';
import { orderResolvers } from './orders/resolvers.js';
import { petitionResolvers } from './petitions/resolvers.js';

/** Personnel (กลุ่มบริหารงานบุคคล): published personnel orders and teachers' petitions, a confidential channel. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: combineResolvers(orderResolvers, petitionResolvers),
  fieldRules: {
    personnelOrders: 'public',
    personnelPetitions: 'confidential:read',
    personnelPetition: 'confidential:read',
    myPetition: 'signed-in',
  },
  mutationRules: {
    announcePersonnelOrder: 'participation:manage',
    filePersonnelPetition: 'signed-in',
    updatePersonnelPetition: 'confidential:act',
  },
  migrations: [PersonnelOrders1765610000000, PersonnelPetitions1765610001000],
});
