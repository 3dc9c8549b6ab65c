import { quoteIdent, type Connection, type DataSource, type EntityManager, type PageRequest } from '@sesao28/kit';

export type PetitionStatus = 'RECEIVED' | 'IN_REVIEW' | 'ANSWERED' | 'CLOSED';

export interface NewPetition {
  subjectTh: string;
  bodyTh: string;
  petitionerName: string;
  contact: string;
}

export interface PetitionRow extends NewPetition {
  id: string;
  code: string;
  status: PetitionStatus;
  noteTh: string | null;
  receivedAt: Date;
  updatedAt: Date;
}

export type PetitionConnectionModel = Connection<PetitionRow>;

/** Who filed it and with which retry key. */
export interface PetitionKeys {
  petitionerKey: string;
  idempotencyKey: string;
}

const COLUMNS = `p.id, p.code, p.subject_th AS "subjectTh", p.body_th AS "bodyTh", p.petitioner_name AS "petitionerName",
  p.contact, p.status, p.note_th AS "noteTh", p.received_at AS "receivedAt", p.updated_at AS "updatedAt"`;

/** Every query on Personnel's petitions; callers check who may read (the confidential claim). */
export class PetitionRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource, schemaName: string) {
    this.s = quoteIdent(schemaName);
  }

  async byKeys(keys: PetitionKeys): Promise<PetitionRow | undefined> {
    const [row]: PetitionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_petition p WHERE p.petitioner_key = $1 AND p.idempotency_key = $2`,
      [keys.petitionerKey, keys.idempotencyKey],
    );
    return row;
  }

  async insert(petition: NewPetition, code: string, keys: PetitionKeys, manager: EntityManager): Promise<PetitionRow> {
    const [row]: PetitionRow[] = await manager.query(
      `INSERT INTO ${this.s}.personnel_petition AS p (code, subject_th, body_th, petitioner_name, contact, petitioner_key, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [code, petition.subjectTh, petition.bodyTh, petition.petitionerName, petition.contact, keys.petitionerKey, keys.idempotencyKey],
    );
    return row!;
  }

  /** The petition with this code, only for the person who filed it. */
  async ofPetitioner(code: string, petitionerKey: string): Promise<PetitionRow | undefined> {
    const [row]: PetitionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_petition p WHERE p.code = $1 AND p.petitioner_key = $2`,
      [code, petitionerKey],
    );
    return row;
  }

  byIds(ids: readonly string[]): Promise<PetitionRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.personnel_petition p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest first; one extra row tells whether a next page exists. */
  page(status: PetitionStatus | null | undefined, page: PageRequest): Promise<PetitionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_petition p
       WHERE ($1::text IS NULL OR p.status = $1) AND ($2::timestamptz IS NULL OR (p.received_at, p.id) < ($2, $3::uuid))
       ORDER BY p.received_at DESC, p.id DESC LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** Moves the status unless the petition is closed; null when it is missing or closed. */
  async update(id: string, status: PetitionStatus, noteTh: string | null): Promise<PetitionRow | null> {
    const [rows]: [PetitionRow[], number] = await this.dataSource.query(
      `UPDATE ${this.s}.personnel_petition AS p SET status = $2, note_th = COALESCE($3, p.note_th), updated_at = now()
       WHERE p.id = $1 AND p.status <> 'CLOSED' RETURNING ${COLUMNS}`,
      [id, status, noteTh],
    );
    return rows[0] ?? null;
  }
}
