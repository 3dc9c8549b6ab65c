const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The words of Thai (and English) text, lowercased, as ICU's dictionary splits them.
 * Thai writes no spaces between words, so PostgreSQL's parsers see a sentence as one
 * token; stored as space-separated words, the 'simple' text-search config indexes each.
 */
export function thaiWords(...texts: (string | null | undefined)[]): string[] {
  const words: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const part of segmenter.segment(text.normalize('NFC').toLowerCase())) {
      if (part.isWordLike) words.push(part.segment);
    }
  }
  return words;
}

/** The text stored in a `search_text` column: every word once, in first-seen order. */
export const searchText = (...texts: (string | null | undefined)[]) => [...new Set(thaiWords(...texts))].join(' ');
