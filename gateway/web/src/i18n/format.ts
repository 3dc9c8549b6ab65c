/** Dates, numbers and months in the person's language; dates always in the Buddhist Era, Bangkok time. */
export type Lang = 'th' | 'en';

const LOCALE: Record<Lang, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB-u-ca-buddhist' };
const TIME_ZONE = 'Asia/Bangkok';

export interface Formats {
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
  number(value: number, digits?: number): string;
  /** Baht and satang: always two decimals (452,500.50). */
  baht(value: number): string;
  percent(share: number): string;
  /** A YYYY-MM month as "ต.ค. 2568" / "Oct 2568 BE". */
  month(month: string): string;
  bytes(size: number): string;
}

export function formatsFor(lang: Lang): Formats {
  const locale = LOCALE[lang];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const baht = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    date: (value) => date.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
    number: (value, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    percent: (share) => percent.format(share),
    baht: (value) => baht.format(value),
    month: (value) => {
      const [year, monthIndex] = value.split('-').map(Number);
      return month.format(new Date(Date.UTC(year!, monthIndex! - 1, 15)));
    },
    bytes: (size) => (size < 1024 * 1024 ? `${Math.ceil(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`),
  };
}

/** The Thai fiscal year (B.E.) of a moment: it starts on 1 October, Bangkok time. */
export function fiscalYearOf(moment: Date): number {
  const bangkok = new Date(moment.getTime() + 7 * 3600 * 1000);
  return bangkok.getUTCFullYear() + (bangkok.getUTCMonth() >= 9 ? 1 : 0) + 543;
}
