import { describe, expect, it } from 'vitest';
import { searchText, thaiWords } from './thai-words.js';

describe('thaiWords', () => {
  it('splits a Thai sentence written without spaces into its words', () => {
    const words = thaiWords('โรงเรียนจัดประชุมผู้ปกครองเรื่องทุนการศึกษา');
    expect(words).toContain('ทุน');
    expect(words).toContain('ประชุม');
    expect(words.join('')).toBe('โรงเรียนจัดประชุมผู้ปกครองเรื่องทุนการศึกษา');
  });

  it('drops punctuation and spaces, lowercases English', () => {
    expect(thaiWords('Budget, 2569!')).toEqual(['budget', '2569']);
  });

  it('keeps each word once for the stored text', () => {
    expect(searchText('งบประมาณ', null, 'งบประมาณ ปี')).toBe(thaiWords('งบประมาณ ปี').join(' '));
  });
});
