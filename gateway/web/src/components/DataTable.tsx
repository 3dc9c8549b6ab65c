import type { CsvValue } from '../csv';
import { useI18n } from '../i18n/i18n';
import { CsvButton } from './CsvButton';

interface DataTableProps {
  /** The id of the heading that names the table (also the test id prefix). */
  headingId: string;
  /** The table's name, for the download button. */
  what: string;
  fileName: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
  /** Text cells that are long (summaries) wrap left-aligned. */
  wide?: boolean;
}

/**
 * A table of figures with its "download CSV" button: the file holds exactly the rows shown
 * (numbers unformatted, empty where the table shows a dash). The first column names the row.
 */
export function DataTable({ headingId, what, fileName, header, rows, wide }: DataTableProps) {
  const { t, format } = useI18n();
  if (rows.length === 0) return <p className="meta">{t('common.none')}</p>;
  const show = (value: CsvValue) =>
    value == null || value === '' ? t('common.dash') : typeof value === 'number' ? format.number(value, 1) : String(value);
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table data-testid={`${headingId}-table`} className={wide ? 'table-text' : undefined}>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {show(cell)}
                    </th>
                  ) : (
                    <td key={j}>{show(cell)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvButton what={what} fileName={fileName} header={header} rows={() => rows} testId={`${headingId}-csv`} />
    </>
  );
}
