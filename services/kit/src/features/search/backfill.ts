import { searchText } from './thai-words.js';

/** Anything that runs SQL: a DataSource, an EntityManager or a migration's QueryRunner. */
type Runs = { query(sql: string, params?: unknown[]): Promise<any> };

/**
 * Fills the search words of rows that have none, in batches of 2,000. Words are split in
 * JavaScript (ICU), so rows written by SQL alone (migrations, the bench generator) get them here.
 * `s` is the quoted schema; `texts` the columns whose words are stored, in order.
 */
async function fillWords(db: Runs, s: string, table: string, texts: string[], where: string): Promise<void> {
  for (;;) {
    const rows: Record<string, string | null>[] = await db.query(
      `SELECT id, ${texts.join(', ')} FROM ${s}.${table} WHERE search_text IS NULL AND ${where} LIMIT 2000`,
    );
    if (rows.length === 0) return;
    await db.query(
      `UPDATE ${s}.${table} t SET search_text = v.words
       FROM unnest($1::uuid[], $2::text[]) AS v(id, words) WHERE t.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => searchText(...texts.map((column) => r[column])))],
    );
  }
}

/** Every activity's words (titles and bodies). */
export const fillActivityWords = (db: Runs, s: string) =>
  fillWords(db, s, 'activity', ['title_th', 'title_en', 'body_th', 'body_en'], 'true');

/** The words of published answers and their questions (public, answered cases only). */
export const fillAnswerWords = (db: Runs, s: string) =>
  fillWords(db, s, 'feedback', ['message', 'answer', 'answer_en'], 'is_public AND answer IS NOT NULL');
