import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements a DataSource sends, so tests and the benchmark can
 * prove that a request costs a constant number of statements (no N+1).
 * Errors are still reported through `onError`.
 */
export class StatementCounter implements Logger {
  count = 0;
  constructor(private readonly onError: (message: string) => void = () => {}) {}

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    // Background work (the outbox dispatcher) runs on its own clock; no request causes it.
    if (!query.startsWith('/* background */')) this.count += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.count += 1;
    this.onError(`query failed: ${error instanceof Error ? error.message : error} (${query.slice(0, 200)})`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
