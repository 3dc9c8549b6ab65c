import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './csv';
import { flattenRecord, listsIn, tableOf } from './flatten';

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    const text = toCsv(['หน่วยงาน', 'จำนวน'], [['กลุ่มอำนวยการ', 3]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('หน่วยงาน,จำนวน\r\nกลุ่มอำนวยการ,3\r\n');
    // Encoded, the file starts EF BB BF and keeps the Thai bytes.
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toContain('กลุ่มอำนวยการ');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\r\nnext')).toBe('"line\r\nnext"');
    expect(csvCell('plain')).toBe('plain');
    expect(toCsv(['x'], [['a\nb']]).slice(1)).toBe('x\r\n"a\nb"\r\n');
  });

  it('writes empty cells for null and undefined, numbers and booleans as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, -1.5, true]]).slice(1)).toBe('a,b,c,d\r\n,,-1.5,true\r\n');
  });

  it('keeps text that looks like a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+66 81')).toBe("'+66 81");
    expect(csvCell(-3)).toBe('-3');
  });

  it('names files safely', () => {
    expect(csvFileName('ita evidence/2569: ALL')).toBe('ita-evidence-2569-ALL.csv');
  });
});

describe('flattening API results', () => {
  it('turns nested objects into dotted columns and lists into one cell', () => {
    expect(
      flattenRecord({ code: 'FINANCE', stats: { received: 3, late: null }, tags: ['a', 'b'], by: [{ level: 'INFORM', n: 1 }] }),
    ).toEqual({
      code: 'FINANCE',
      'stats.received': 3,
      'stats.late': null,
      tags: 'a; b',
      by: '[{"level":"INFORM","n":1}]',
    });
  });

  it('makes a table with every column any record has', () => {
    expect(tableOf([{ a: 1 }, { b: { c: 2 } }])).toEqual({
      columns: ['a', 'b.c'],
      rows: [
        [1, null],
        [null, 2],
      ],
    });
  });

  it('finds every list that is not inside another list', () => {
    const lists = listsIn({
      units: [{ code: 'A', xs: [1] }],
      financeAssets: { activities: { nodes: [{ id: '1' }], pageInfo: { hasNextPage: false } } },
    });
    expect(lists.map((l) => [l.path, l.items.length])).toEqual([
      ['units', 1],
      ['financeAssets.activities.nodes', 1],
    ]);
  });
});
