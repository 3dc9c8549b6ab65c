import { downloadCsv, type CsvValue } from '../csv';
import { useI18n } from '../i18n/i18n';

interface CsvButtonProps {
  /** What the table is, for the button's name and the file's ("ita-activities-2569"). */
  what: string;
  fileName: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvValue[])[];
  testId?: string;
}

/** "Download CSV" for a table: the same rows the table shows, as a file Excel opens in Thai. */
export function CsvButton({ what, fileName, header, rows, testId }: CsvButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button-secondary no-print"
      data-testid={testId}
      aria-label={t('csv.downloadWhat', { what })}
      onClick={() => downloadCsv(fileName, header, rows())}
    >
      {t('csv.download')}
    </button>
  );
}
