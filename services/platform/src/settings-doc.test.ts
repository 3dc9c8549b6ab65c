import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS_DOC } from './settings-doc.js';

/** Every environment name config.ts reads, as written there (prefixes as `<PREFIX><slug>`). */
function namesConfigReads(): string[] {
  const source = readFileSync(new URL('./config.ts', import.meta.url), 'utf8');
  const names = new Set<string>();
  for (const pattern of [
    /\benv\.([A-Z][A-Z0-9_]*)\b(?!\s*=[^=])/g,
    /\b(?:intSetting|secretSetting|purposeKey)\(\s*env,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  ]) {
    for (const match of source.matchAll(pattern)) names.add(match[1]!);
  }
  for (const match of source.matchAll(/\bprefixed\(\s*env,\s*['"]([A-Z][A-Z0-9_]*_)['"]\s*\)/g)) names.add(`${match[1]}<slug>`);
  return [...names].sort();
}

describe('the settings table (docs/settings.md)', () => {
  it('names exactly the settings config.ts reads, each once', () => {
    const documented = SETTINGS_DOC.flatMap((s) => s.names);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(namesConfigReads());
  });

  it('gives every setting a default and a meaning', () => {
    for (const s of SETTINGS_DOC) {
      expect(s.default, s.names.join()).not.toBe('');
      expect(s.meaning.length, s.names.join()).toBeGreaterThan(10);
    }
  });
});
