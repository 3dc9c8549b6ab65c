import { describe, expect, it } from 'vitest';
import { matchPath } from '../router';
import { ROUTES } from '../routes';
import { LEVELS } from '../pages/unit-levels';
import { ANNOUNCED_UNITS, ANNOUNCEMENT, MEASURES, TYPO_NOTE } from './announcement';

describe('the announcement’s data', () => {
  it('has the five measures in the IAP2 order, each in Thai and English', () => {
    expect(MEASURES.map((m) => m.level)).toEqual([...LEVELS]);
    for (const measure of MEASURES) {
      expect(measure.text.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(measure.text.en).toMatch(/^[A-Z]/);
    }
  });

  it('names the nine units, keeping the Thai text’s misprint as published with its note', () => {
    expect(ANNOUNCED_UNITS).toHaveLength(9);
    expect(ANNOUNCEMENT.units.th).toContain('๑) กลุ่มอำนาจการ');
    expect(TYPO_NOTE.th).toContain('กลุ่มอำนวยการ');
    for (const unit of ANNOUNCED_UNITS.slice(1)) expect(ANNOUNCEMENT.units.th).toContain(unit.name.th);
  });

  it('links every measure only to pages in the route table', () => {
    const paths = MEASURES.flatMap((m) => m.pages.map((p) => p.to));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(
        ROUTES.some((route) => matchPath(route.path, path)),
        path,
      ).toBe(true);
    }
    for (const page of MEASURES.flatMap((m) => m.pages)) {
      if (page.unit) expect(ANNOUNCED_UNITS.map((u) => u.code)).toContain(page.unit);
    }
  });
});
