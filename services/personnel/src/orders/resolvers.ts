import { createOnce, fiscalYearRange, pageRequest, perServer, sameValues, toConnection } from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import { orderInput } from './order-input.js';
import { OrderRepository, type NewOrder } from './order-repository.js';

const ordersOf = perServer((s) => new OrderRepository(s.dataSource, s.unit.schemaName));

export const orderResolvers = {
  PersonnelUnit: {
    personnelOrders: async (_unit, { kind, fiscalYear, first, after }, ctx) => {
      if (fiscalYear != null) fiscalYearRange(fiscalYear);
      const page = pageRequest(first, after);
      const rows = await ordersOf(ctx).page({ kind, fiscalYear }, page);
      return toConnection(rows, page.first, (row) => new Date(`${row.orderDate}T00:00:00Z`));
    },
  },
  PersonnelMutations: {
    announcePersonnelOrder: (_m, args, ctx) => {
      const { order, activity } = orderInput(args.input);
      return createOnce(ctx.dataSource, {
        find: () => ordersOf(ctx).find(order),
        create: async (manager) => ordersOf(ctx).insert(order, (await ctx.repos.activities.create(activity, manager)).id, manager),
        same: (found) => sameValues<NewOrder>(found, order),
        conflict: () =>
          fail('ORDER_ALREADY_ANNOUNCED', { orderNo: order.orderNo, orderDate: order.orderDate, personName: order.personName }, 'orderNo'),
      });
    },
  },
  PersonnelOrder: {
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
  },
} satisfies Resolvers;
