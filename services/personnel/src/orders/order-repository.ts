import { quoteIdent, type Connection, type DataSource, type EntityManager, type PageRequest } from '@sesao28/kit';

export type OrderKind = 'APPOINTMENT' | 'TRANSFER' | 'PROMOTION' | 'RETIREMENT';

/** What staff announce about one person (checked by order-input.ts). Dates are YYYY-MM-DD. */
export interface NewOrder {
  kind: OrderKind;
  orderNo: string;
  orderDate: string;
  personName: string;
  positionTh: string;
  fromSchool: string | null;
  toSchool: string | null;
  effectiveOn: string;
}

export interface OrderRow extends NewOrder {
  id: string;
  activityId: string;
  fiscalYear: number;
}

export type OrderConnectionModel = Connection<OrderRow>;

export interface OrderQuery {
  kind?: OrderKind | null;
  fiscalYear?: number | null;
}

const COLUMNS = `o.id, o.activity_id AS "activityId", o.kind, o.order_no AS "orderNo",
  to_char(o.order_date, 'YYYY-MM-DD') AS "orderDate", o.person_name AS "personName", o.position_th AS "positionTh",
  o.from_school AS "fromSchool", o.to_school AS "toSchool", to_char(o.effective_on, 'YYYY-MM-DD') AS "effectiveOn",
  o.fiscal_year AS "fiscalYear"`;

/** Every query on Personnel's published orders. */
export class OrderRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** The announcement of this person in this order, if there is one. */
  async find(order: Pick<NewOrder, 'orderNo' | 'orderDate' | 'personName'>): Promise<OrderRow | undefined> {
    const [row]: OrderRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_order o WHERE o.order_no = $1 AND o.order_date = $2::date AND o.person_name = $3`,
      [order.orderNo, order.orderDate, order.personName],
    );
    return row;
  }

  async insert(order: NewOrder, activityId: string, manager: EntityManager): Promise<OrderRow> {
    const [row]: OrderRow[] = await manager.query(
      `INSERT INTO ${this.s}.personnel_order AS o (activity_id, kind, order_no, order_date, person_name, position_th,
         from_school, to_school, effective_on)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9::date) RETURNING ${COLUMNS}`,
      [
        activityId,
        order.kind,
        order.orderNo,
        order.orderDate,
        order.personName,
        order.positionTh,
        order.fromSchool,
        order.toSchool,
        order.effectiveOn,
      ],
    );
    return row!;
  }

  /** Newest order date first; one extra row tells whether a next page exists. */
  page(filter: OrderQuery, page: PageRequest): Promise<OrderRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_order o
       WHERE ($1::text IS NULL OR o.kind = $1) AND ($2::int IS NULL OR o.fiscal_year = $2)
         AND ($3::timestamptz IS NULL OR (o.order_date, o.id) < (($3::timestamptz AT TIME ZONE 'UTC')::date, $4::uuid))
       ORDER BY o.order_date DESC, o.id DESC LIMIT $5`,
      [filter.kind ?? null, filter.fiscalYear ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }
}
