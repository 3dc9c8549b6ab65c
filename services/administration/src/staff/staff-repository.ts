import { quoteIdent, type DataSource, type StaffDirectoryEntry, type StaffLookup } from '@sesao28/kit';

export type StaffRole = StaffDirectoryEntry['role'];

export interface StaffMemberRow {
  id: string;
  email: string;
  subject: string | null;
  name: string | null;
  role: StaffRole;
  unitCode: string | null;
  confidential: boolean;
  updatedAt: Date;
}

export interface StaffDirectoryChangeRow {
  at: Date;
  actor: string;
  action: 'PUT' | 'REMOVE';
  email: string;
  role: StaffRole | null;
  unitCode: string | null;
  confidential: boolean | null;
}

export type StaffMemberValues = Omit<StaffMemberRow, 'id' | 'updatedAt'>;

const MEMBER_COLUMNS = `id, email, subject, name, role, unit_code AS "unitCode", confidential, updated_at AS "updatedAt"`;

/** Every query of the staff directory; each change and its log line in one transaction. */
export class StaffRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  all(): Promise<StaffMemberRow[]> {
    return this.dataSource.query(`SELECT ${MEMBER_COLUMNS} FROM ${this.s}.staff_member ORDER BY role, unit_code NULLS FIRST, email`);
  }

  /** The person by the provider's subject, else by their (verified) e-mail. */
  async find(who: StaffLookup): Promise<StaffMemberRow | null> {
    const rows: StaffMemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM ${this.s}.staff_member
       WHERE subject = $1 OR (email = lower($2) AND $2 IS NOT NULL)
       ORDER BY (subject = $1) DESC NULLS LAST LIMIT 1`,
      [who.subject, who.email],
    );
    return rows[0] ?? null;
  }

  /** Adds the person or changes their entry (by e-mail). */
  put(values: StaffMemberValues, actor: string): Promise<StaffMemberRow> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: StaffMemberRow[] = await manager.query(
        `INSERT INTO ${this.s}.staff_member (email, subject, name, role, unit_code, confidential) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO UPDATE SET subject = EXCLUDED.subject, name = EXCLUDED.name, role = EXCLUDED.role,
           unit_code = EXCLUDED.unit_code, confidential = EXCLUDED.confidential, updated_at = now()
         RETURNING ${MEMBER_COLUMNS}`,
        [values.email, values.subject, values.name, values.role, values.unitCode, values.confidential],
      );
      await manager.query(
        `INSERT INTO ${this.s}.staff_directory_change (actor, action, email, role, unit_code, confidential) VALUES ($1, 'PUT', $2, $3, $4, $5)`,
        [actor, values.email, values.role, values.unitCode, values.confidential],
      );
      return row!;
    });
  }

  /** Removes the person; false when nobody has that e-mail. */
  remove(email: string, actor: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // A CTE, so the driver answers rows (a bare DELETE answers [rows, count]).
      const removed: unknown[] = await manager.query(
        `WITH gone AS (DELETE FROM ${this.s}.staff_member WHERE email = $1 RETURNING id) SELECT id FROM gone`,
        [email],
      );
      if (removed.length === 0) return false;
      await manager.query(`INSERT INTO ${this.s}.staff_directory_change (actor, action, email) VALUES ($1, 'REMOVE', $2)`, [actor, email]);
      return true;
    });
  }

  changes(first: number): Promise<StaffDirectoryChangeRow[]> {
    return this.dataSource.query(
      `SELECT at, actor, action, email, role, unit_code AS "unitCode", confidential
       FROM ${this.s}.staff_directory_change ORDER BY id DESC LIMIT $1`,
      [first],
    );
  }
}
