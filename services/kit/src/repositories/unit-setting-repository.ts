import type { DataSource } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';

/** The unit's settings that are not per case category, and their columns in its one unit_setting row. */
export interface UnitSettings {
  /** Days after its last review a notice counts as stale (notices/review.ts checks the range). */
  reviewIntervalDays: number;
  /** Comments and suggestions wait for the staff's approval before anyone sees them. */
  holdContributions: boolean;
}

const COLUMNS: { [K in keyof UnitSettings]: string } = {
  reviewIntervalDays: 'review_interval_days',
  holdContributions: 'hold_contributions',
};

/** Reads and changes one setting of the unit's settings row. */
export class UnitSettingRepository {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource) {
    this.table = `${quoteIdent(unitSchemaOf(dataSource))}.unit_setting`;
  }

  async get<K extends keyof UnitSettings>(name: K): Promise<UnitSettings[K]> {
    const [row]: { value: UnitSettings[K] }[] = await this.dataSource.query(`SELECT ${COLUMNS[name]} AS value FROM ${this.table}`);
    return row!.value;
  }

  /** The value as stored (the database checks it too). */
  async set<K extends keyof UnitSettings>(name: K, value: UnitSettings[K]): Promise<UnitSettings[K]> {
    const [rows]: [{ value: UnitSettings[K] }[], number] = await this.dataSource.query(
      `UPDATE ${this.table} SET ${COLUMNS[name]} = $1 RETURNING ${COLUMNS[name]} AS value`,
      [value],
    );
    return rows[0]!.value;
  }
}
