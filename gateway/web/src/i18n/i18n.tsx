import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, th, type MessageKey } from './dictionary';
import { formatsFor, type Formats, type Lang } from './format';

const STORAGE_KEY = 'sesao28.lang';
const DICTIONARIES = { th, en } as const;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** A key built from an API value (e.g. `level.${level}`); shows the value itself when the dictionary lacks it. */
  label(prefix: string, value: string): string;
  /** Picks the Thai or the English text of a record, falling back to Thai when there is no English. */
  pick(thai: string, english?: string | null): string;
  format: Formats;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A message in both languages, for words kept until shown (a form's problem stays right when the language switches). */
export function bothLanguages(key: MessageKey, values?: Record<string, string | number>): { th: string; en: string } {
  return { th: fill(th[key], values), en: fill(en[key], values) };
}

/** Thai first; the English switch is kept in localStorage and sets `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing without storage: the switch still works for this visit.
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary: Record<string, string> = DICTIONARIES[lang];
    return {
      lang,
      setLang,
      t: (key, values) => fill(dictionary[key] ?? key, values),
      label: (prefix, value) => dictionary[`${prefix}.${value}`] ?? value,
      pick: (thai, english) => (lang === 'en' && english ? english : thai),
      format: formatsFor(lang),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
