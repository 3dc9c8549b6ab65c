import { quoteIdent, type Connection, type DataSource, type EntityManager, type PageRequest } from '@sesao28/kit';

export type PartnershipKind = 'SCHOLARSHIP' | 'LUNCH' | 'EQUIPMENT' | 'TRANSPORT' | 'MENTORING';

/** What staff record (checked by partnership-input.ts). */
export interface NewPartnership {
  partnerId: string;
  titleTh: string;
  kind: PartnershipKind;
  fiscalYear: number;
  amountBaht: number | null;
  studentsSupported: number;
  schoolsTh: string[];
}

export interface PartnershipRow extends NewPartnership {
  id: string;
  activityId: string;
  recordedAt: Date;
}

export interface YearTotal {
  fiscalYear: number;
  partnerships: number;
  studentsSupported: number;
  amountBaht: number;
}

export interface PartnershipQuery {
  fiscalYear?: number | null;
  kind?: PartnershipKind | null;
}

export type PartnershipConnectionModel = Connection<PartnershipRow> & { totals: () => Promise<YearTotal[]> };

const COLUMNS = `p.id, p.activity_id AS "activityId", p.partner_id AS "partnerId", p.title_th AS "titleTh", p.kind,
  p.fiscal_year AS "fiscalYear", p.amount_baht::float8 AS "amountBaht", p.students_supported AS "studentsSupported",
  p.schools_th AS "schoolsTh", p.created_at AS "recordedAt"`;

const WHERE = `($1::int IS NULL OR p.fiscal_year = $1) AND ($2::text IS NULL OR p.kind = $2)`;

/** Every query on Education Promotion's student-support partnerships. */
export class PartnershipRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** The record of this partner, year, kind and title, if there is one. */
  async find(key: Pick<NewPartnership, 'partnerId' | 'fiscalYear' | 'kind' | 'titleTh'>): Promise<PartnershipRow | undefined> {
    const [row]: PartnershipRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.scholarship_partnership p
       WHERE p.partner_id = $1 AND p.fiscal_year = $2 AND p.kind = $3 AND p.title_th = $4`,
      [key.partnerId, key.fiscalYear, key.kind, key.titleTh],
    );
    return row;
  }

  async insert(values: NewPartnership, activityId: string, manager: EntityManager): Promise<PartnershipRow> {
    const [row]: PartnershipRow[] = await manager.query(
      `INSERT INTO ${this.s}.scholarship_partnership AS p (activity_id, partner_id, title_th, kind, fiscal_year, amount_baht,
         students_supported, schools_th)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[]) RETURNING ${COLUMNS}`,
      [
        activityId,
        values.partnerId,
        values.titleTh,
        values.kind,
        values.fiscalYear,
        values.amountBaht,
        values.studentsSupported,
        values.schoolsTh,
      ],
    );
    return row!;
  }

  /** Newest recorded first; one extra row tells whether a next page exists. */
  page(filter: PartnershipQuery, page: PageRequest): Promise<PartnershipRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.scholarship_partnership p
       WHERE ${WHERE} AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3, $4::uuid))
       ORDER BY p.created_at DESC, p.id DESC LIMIT $5`,
      [filter.fiscalYear ?? null, filter.kind ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** Totals per fiscal year of everything the filter matches, in one statement. */
  totals(filter: PartnershipQuery): Promise<YearTotal[]> {
    return this.dataSource.query(
      `SELECT p.fiscal_year AS "fiscalYear", count(*)::int AS partnerships, coalesce(sum(p.students_supported), 0)::int AS "studentsSupported",
         coalesce(sum(p.amount_baht), 0)::float8 AS "amountBaht"
       FROM ${this.s}.scholarship_partnership p WHERE ${WHERE} GROUP BY p.fiscal_year ORDER BY p.fiscal_year DESC`,
      [filter.fiscalYear ?? null, filter.kind ?? null],
    );
  }
}
