import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../errors.js';
import { searchQuery, snippetOf } from './search-query.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof PlatformError ? (error.extensions as { code: string; messageTh: string }) : null;
  }
  return null;
};

describe('search queries from Thai text', () => {
  it('splits Thai into words, all required, the last as a prefix', () => {
    const q = searchQuery('  ประชุมผู้ปกครอง  ');
    expect(q.words).toEqual(['ประชุม', 'ผู้', 'ปกครอง']);
    expect(q.tsquery).toBe("'ประชุม' & 'ผู้' & 'ปกครอง':*");
    expect(q.pattern).toBe('%ประชุมผู้ปกครอง%');
    expect(q.wordPatterns).toEqual(['%ประชุม%', '%ผู้%', '%ปกครอง%']);
  });

  it('keeps the raw text for compounds ICU splits another way', () => {
    const q = searchQuery('งบประมาณ');
    expect(q.tsquery).toBe("'งบ' & 'ประมาณ':*");
    // "ปีงบประมาณ" is one ICU word, so its words are not งบ and ประมาณ: only the raw pattern finds it.
    expect(searchQuery('ปีงบประมาณ').words).toEqual(['ปีงบประมาณ']);
    expect('ปีงบประมาณ 2569').toMatch(new RegExp(q.pattern.replace(/%/g, '')));
  });

  it('escapes what tsquery and LIKE would read as syntax', () => {
    const q = searchQuery("O'Neil 100%");
    expect(q.tsquery).toBe("'o''neil' & '100':*");
    expect(q.pattern).toBe("%O'Neil 100\\%%");
    expect(searchQuery('!!!').tsquery).toBeNull();
  });

  it('refuses empty and too long text in Thai and English', () => {
    expect(codeOf(() => searchQuery('   '))).toMatchObject({ code: 'SEARCH_TEXT_REQUIRED', messageTh: expect.stringContaining('ค้นหา') });
    expect(codeOf(() => searchQuery('ก'.repeat(201)))?.code).toBe('SEARCH_TOO_LONG');
    expect(codeOf(() => searchQuery('ก'.repeat(200)))).toBeNull();
  });

  it('cuts a snippet around the words found', () => {
    const body = `${'ก'.repeat(300)} การประชุมผู้ปกครอง ${'ข'.repeat(300)}`;
    const snippet = snippetOf(body, searchQuery('ประชุม'))!;
    expect(snippet).toContain('ประชุมผู้ปกครอง');
    expect([...snippet].length).toBeLessThanOrEqual(162);
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    expect(snippetOf('สั้น', searchQuery('สั้น'))).toBe('สั้น');
  });
});
