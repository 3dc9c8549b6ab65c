import { ChannelRecords, type Connection, type DataSource, type EntityManager } from '@sesao28/kit';

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

const COLUMNS = `r.id, r.code, r.subject_th AS "subjectTh", r.body_th AS "bodyTh", r.petitioner_name AS "petitionerName",
  r.contact, r.status, r.note_th AS "noteTh", r.received_at AS "receivedAt", r.updated_at AS "updatedAt"`;

/** Every query on Personnel's petitions; callers check who may read (the confidential claim). */
export class PetitionRepository extends ChannelRecords<PetitionRow> {
  constructor(dataSource: DataSource, schemaName: string) {
    super(dataSource, schemaName, 'personnel_petition', COLUMNS);
  }

  async byKeys(keys: PetitionKeys): Promise<PetitionRow | undefined> {
    const [row]: PetitionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_petition r WHERE r.petitioner_key = $1 AND r.idempotency_key = $2`,
      [keys.petitionerKey, keys.idempotencyKey],
    );
    return row;
  }

  async insert(petition: NewPetition, code: string, keys: PetitionKeys, manager: EntityManager): Promise<PetitionRow> {
    const [row]: PetitionRow[] = await manager.query(
      `INSERT INTO ${this.s}.personnel_petition AS r (code, subject_th, body_th, petitioner_name, contact, petitioner_key, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [code, petition.subjectTh, petition.bodyTh, petition.petitionerName, petition.contact, keys.petitionerKey, keys.idempotencyKey],
    );
    return row!;
  }

  /** The petition with this code, only for the person who filed it. */
  async ofPetitioner(code: string, petitionerKey: string): Promise<PetitionRow | undefined> {
    const [row]: PetitionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.personnel_petition r WHERE r.code = $1 AND r.petitioner_key = $2`,
      [code, petitionerKey],
    );
    return row;
  }
}
