import units from '../gql/units.json';

/** The nine units (code, root field slug, names), generated from the unit manifests by `npm run generate`. */
export interface DirectoryUnit {
  code: string;
  slug: string;
  nameTh: string;
  nameEn: string;
}

export const OFFICE_UNITS: readonly DirectoryUnit[] = units;

export const unitBySlug = (slug: string) => OFFICE_UNITS.find((u) => u.slug === slug);
export const unitByCode = (code: string) => OFFICE_UNITS.find((u) => u.code === code);

/**
 * The root field of the unit `code`, for a unit operation (api/unit-operation.ts). The pages ask
 * once the API has answered for that code, so it is the directory's; any other is a mistake here.
 */
export function slugOfCode(code: string): string {
  const unit = unitByCode(code);
  if (!unit) throw new Error(`no unit has the code ${code}`);
  return unit.slug;
}
