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
