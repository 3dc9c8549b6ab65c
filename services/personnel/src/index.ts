import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { PersonnelOrders1765610000000 } from './db/1765610000000-personnel-orders.js';
import { orderResolvers } from './orders/resolvers.js';

/** Personnel (กลุ่มบริหารงานบุคคล): published personnel orders and teachers' petitions. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: orderResolvers,
  fieldRules: { personnelOrders: 'public' },
  mutationRules: { announcePersonnelOrder: 'participation:manage' },
  migrations: [PersonnelOrders1765610000000],
});
