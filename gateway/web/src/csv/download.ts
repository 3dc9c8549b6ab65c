import { csvFileName, toCsv, type CsvValue } from './csv';

/** Saves the rows as a CSV file through the browser (a Blob and a temporary link; nothing leaves the page). */
export function downloadCsv(name: string, header: readonly string[], rows: readonly (readonly CsvValue[])[]): void {
  const blob = new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(name);
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the Blob after the click returns; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
