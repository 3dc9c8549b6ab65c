import { fiscalYearOf } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';

/** The fiscal years offered: this one and the two before, and the one asked for. */
function yearsAround(current: number, asked: number): number[] {
  return [...new Set([current, current - 1, current - 2, asked])].sort((a, b) => b - a);
}

/** The fiscal year (B.E.) the address asks for (`?fy=2569`), else this one; the next one at the most. */
export function useFiscalYearParam(): number {
  const { search } = useLocation();
  const current = fiscalYearOf(new Date());
  const asked = Number(search.get('fy'));
  return Number.isInteger(asked) && asked >= 2540 && asked <= current + 1 ? asked : current;
}

/** The address of this page for another fiscal year, other query parameters kept. */
export function withFiscalYear(year: number): string {
  const url = new URL(window.location.href);
  url.searchParams.set('fy', String(year));
  return url.pathname + url.search;
}

/** Picks the fiscal year a page shows; the choice is kept in the address (`?fy=`). */
export function FiscalYearSelect({ id, value, onChange }: { id: string; value: number; onChange?(year: number): void }) {
  const { t } = useI18n();
  const change = onChange ?? ((year: number) => navigate(withFiscalYear(year), { replace: true }));
  return (
    <div className="field">
      <label htmlFor={id}>{t('dash.fiscalYear')}</label>
      <select id={id} value={value} onChange={(e) => change(Number(e.target.value))}>
        {yearsAround(fiscalYearOf(new Date()), value).map((year) => (
          <option key={year} value={year}>
            {t('dash.fiscalYearOption', { year })}
          </option>
        ))}
      </select>
    </div>
  );
}
