/** Rows to CSV for Excel: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (Excel reads Thai only with it). */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
// A text cell starting with these is a formula to Excel; people's own words (complaints) must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the header row first, each row on its own CRLF-ended line, BOM in front. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** A file name without characters file systems refuse, ending in .csv. */
export function csvFileName(base: string): string {
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-')}.csv`;
}
