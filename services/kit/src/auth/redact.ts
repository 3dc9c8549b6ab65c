/**
 * Analysts study cases, not people: their copy of a case's text has contact details
 * and Thai ID numbers replaced, and no case code (the key a submitter follows the case with).
 */
const PATTERNS: [RegExp, string][] = [
  [/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[อีเมล]'],
  [/\b\d[\d\s-]{7,}\d\b/g, '[หมายเลข]'],
];

export function redactPersonalData(text: string): string {
  return PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}
