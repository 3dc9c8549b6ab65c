import { PlatformError } from '../../errors.js';
import { MAX_SEARCH_LENGTH } from '../../repositories/filters.js';
import { thaiWords } from './thai-words.js';

/** What one search looks for, ready for SQL. */
export interface SearchQuery {
  /** The query as typed (trimmed, NFC), to cut snippets around. */
  text: string;
  /** The query's words (ICU, lowercased) */
  words: string[];
  /**
   * `to_tsquery('simple', …)` input: every word must match, the last as a prefix (the
   * person may still be typing it); null when the text has no words (only punctuation).
   */
  tsquery: string | null;
  /** ILIKE pattern of the whole text: finds words ICU splits differently inside compounds. */
  pattern: string;
  /** One ILIKE pattern per word (the whole text when it has none): all in a title = a title match. */
  wordPatterns: string[];
}

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A word as a quoted tsquery lexeme: quotes doubled, backslashes dropped (they escape in tsquery). */
const lexeme = (word: string) => `'${word.replace(/\\/g, '').replace(/'/g, "''")}'`;

/**
 * Builds a search from what a person typed: 1–200 characters (SEARCH_TEXT_REQUIRED,
 * SEARCH_TOO_LONG). Thai has no spaces, so words come from the same ICU splitter as the
 * stored search_text; where ICU splits a compound differently ("ปีงบประมาณ" is one word,
 * so "งบประมาณ" is not among its words), the raw-text pattern still finds it.
 */
export function searchQuery(raw: string | null | undefined): SearchQuery {
  const text = (raw ?? '').normalize('NFC').trim();
  if (!text) throw new PlatformError('SEARCH_TEXT_REQUIRED', {}, 'text');
  if ([...text].length > MAX_SEARCH_LENGTH) throw new PlatformError('SEARCH_TOO_LONG', { max: MAX_SEARCH_LENGTH }, 'text');
  const words = [...new Set(thaiWords(text))].filter((w) => w.replace(/[\\']/g, '').length > 0);
  const tsquery = words.length ? words.map((w, i) => lexeme(w) + (i === words.length - 1 ? ':*' : '')).join(' & ') : null;
  return {
    text,
    words,
    tsquery,
    pattern: likeEscaped(text),
    wordPatterns: (words.length ? words : [text]).map(likeEscaped),
  };
}

const SNIPPET_LENGTH = 160;

/**
 * A passage of `body` around the first place the query (or else one of its words)
 * appears, at most about 160 characters, with "…" where it was cut; null without a body.
 */
export function snippetOf(body: string | null | undefined, query: Pick<SearchQuery, 'text' | 'words'>): string | null {
  const text = body?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const chars = [...text];
  if (chars.length <= SNIPPET_LENGTH) return text;
  const lower = text.toLowerCase();
  const found = [query.text.toLowerCase(), ...query.words].map((n) => lower.indexOf(n)).find((i) => i >= 0) ?? 0;
  // Index in code points, so a cut never splits a surrogate pair.
  const at = [...text.slice(0, found)].length;
  const start = Math.max(0, Math.min(at - 40, chars.length - SNIPPET_LENGTH));
  const end = start + SNIPPET_LENGTH;
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}
