import { clearExpiredPersonalData, defineUnitModule, combineResolvers } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { PersonnelOrders1765610000000 } from './db/1765610000000-personnel-orders.js';
import { PersonnelPetitions1765610001000 } from './db/1765610001000-personnel-petitions.js';
import { orderResolvers } from './orders/resolvers.js';
import { petitionResolvers } from './petitions/resolvers.js';

/** Personnel (กลุ่มบริหารงานบุคคล): published personnel orders and teachers' petitions, a confidential channel. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: combineResolvers(orderResolvers, petitionResolvers),
  migrations: [PersonnelOrders1765610000000, PersonnelPetitions1765610001000],
  // PDPA retention: an answered or closed petition's petitioner and contact after the contact time, its text after the case-text time.
  retentionSweep: async (services, retention, now) => {
    const closed = ['ANSWERED', 'CLOSED'];
    const { dataSource, unit: self } = services;
    await clearExpiredPersonalData(
      dataSource,
      self.schemaName,
      { table: 'personnel_petition', required: ['petitioner_name', 'contact'], closed },
      retention.contactDays,
      now,
    );
    await clearExpiredPersonalData(
      dataSource,
      self.schemaName,
      { table: 'personnel_petition', required: ['body_th'], closed },
      retention.caseTextDays,
      now,
    );
  },
});
