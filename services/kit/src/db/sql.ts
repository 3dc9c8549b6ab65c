import type { DataSource, QueryRunner } from 'typeorm';

/** Double-quotes a PostgreSQL identifier (schema or table name). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The unit's PostgreSQL schema, set once on its DataSource: every raw query is qualified with it. */
export function unitSchemaOf(source: QueryRunner | DataSource): string {
  const options = ('connection' in source ? source.connection : source).options as { schema?: string };
  if (!options.schema) throw new Error('A unit DataSource must name its schema');
  return options.schema;
}

/** A list of fixed values for a CHECK (… IN (…)) constraint; the values are the kit's own constants. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
