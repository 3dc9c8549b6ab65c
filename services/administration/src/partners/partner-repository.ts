import { quoteIdent, type Connection, type DataSource, type EntityManager, type PageRequest } from '@sesao28/kit';

/** The kinds of organisation the register knows (the SDL's PartnerKind; the database checks the same). */
export const PARTNER_KINDS = [
  'SCHOOL',
  'PARENT_NETWORK',
  'SCHOOL_BOARD',
  'COMMUNITY_ORGANISATION',
  'BUSINESS',
  'AGENCY',
  'FOUNDATION',
] as const;

export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface PartnerRow {
  id: string;
  nameTh: string;
  nameEn: string | null;
  kind: PartnerKind;
  province: string;
  registeredAt: Date;
}

/** An MOU; dates are YYYY-MM-DD. */
export interface AgreementRow {
  id: string;
  partnerId: string;
  title: string;
  signedAt: string;
  startsOn: string;
  endsOn: string;
}

export type NewPartner = Omit<PartnerRow, 'id' | 'registeredAt'>;

export type PartnerConnectionModel = Connection<PartnerRow>;

const PARTNER_COLUMNS = `id, name_th AS "nameTh", name_en AS "nameEn", kind, province, registered_at AS "registeredAt"`;
const AGREEMENT_COLUMNS = `id, partner_id AS "partnerId", title, to_char(signed_at, 'YYYY-MM-DD') AS "signedAt",
  to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"`;

/** Every query of the register of partners. */
export class PartnerRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** Registers an organisation; with `manager`, inside that transaction (an accepted application). */
  async create(values: NewPartner, manager: EntityManager = this.dataSource.manager): Promise<PartnerRow> {
    const [row]: PartnerRow[] = await manager.query(
      `INSERT INTO ${this.s}.partner (name_th, name_en, kind, province) VALUES ($1, $2, $3, $4) RETURNING ${PARTNER_COLUMNS}`,
      [values.nameTh, values.nameEn, values.kind, values.province],
    );
    return row!;
  }

  /** Adds an MOU; false when the partner does not exist. */
  async addAgreement(partnerId: string, values: Omit<AgreementRow, 'id' | 'partnerId'>): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO ${this.s}.partner_agreement (partner_id, title, signed_at, starts_on, ends_on)
       SELECT p.id, $2, $3::date, $4::date, $5::date FROM ${this.s}.partner p WHERE p.id = $1 RETURNING id`,
      [partnerId, values.title, values.signedAt, values.startsOn, values.endsOn],
    );
    return rows.length > 0;
  }

  byIds(ids: readonly string[]): Promise<PartnerRow[]> {
    return this.dataSource.query(`SELECT ${PARTNER_COLUMNS} FROM ${this.s}.partner WHERE id = ANY($1::uuid[])`, [ids]);
  }

  page(kind: PartnerKind | null | undefined, page: PageRequest): Promise<PartnerRow[]> {
    return this.dataSource.query(
      `SELECT ${PARTNER_COLUMNS} FROM ${this.s}.partner
       WHERE ($1::text IS NULL OR kind = $1)
         AND ($2::timestamptz IS NULL OR (registered_at, id) < ($2, $3::uuid))
       ORDER BY registered_at DESC, id DESC LIMIT $4`,
      [kind ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  agreementsOf(partnerIds: readonly string[]): Promise<AgreementRow[]> {
    return this.dataSource.query(
      `SELECT ${AGREEMENT_COLUMNS} FROM ${this.s}.partner_agreement WHERE partner_id = ANY($1::uuid[])
       ORDER BY starts_on DESC, created_at DESC, id`,
      [partnerIds],
    );
  }
}
