import { describe, expect, it } from 'vitest';
import { LEVELS, levelsFromSearch, levelsParam, unitLevelsPath } from './unit-levels';

describe('the unit page’s levels parameter', () => {
  it('shows all five levels without a parameter, and none for an empty one', () => {
    expect(levelsFromSearch(null)).toEqual([...LEVELS]);
    expect(levelsFromSearch('')).toEqual([]);
  });

  it('reads levels in any case and order, once each, in the spectrum’s order', () => {
    expect(levelsFromSearch('CONSULT')).toEqual(['CONSULT']);
    expect(levelsFromSearch('empower, inform,EMPOWER')).toEqual(['INFORM', 'EMPOWER']);
  });

  it('leaves out unknown names, and shows all when none is known', () => {
    expect(levelsFromSearch('INVOLVE,PLACATE')).toEqual(['INVOLVE']);
    expect(levelsFromSearch('PLACATE')).toEqual([...LEVELS]);
  });

  it('writes the parameter back: none for all five, empty for none', () => {
    expect(levelsParam(LEVELS)).toBeNull();
    expect(levelsParam([])).toBe('');
    expect(levelsParam(['EMPOWER', 'CONSULT'])).toBe('CONSULT,EMPOWER');
    for (const levels of [[], ['COLLABORATE'], ['INFORM', 'INVOLVE']] as const) {
      expect(levelsFromSearch(levelsParam(levels))).toEqual(levels);
    }
  });

  it('makes the address of a unit page filtered to levels', () => {
    expect(unitLevelsPath('FINANCE', ['CONSULT'])).toBe('/units/FINANCE?levels=CONSULT');
    expect(unitLevelsPath('TEACHER_DEV', LEVELS)).toBe('/units/TEACHER_DEV');
  });
});
