import type { UnitModule } from '@sesao28/kit';
import { unit as administration } from '@sesao28/unit-administration';
import { unit as policyPlanning } from '@sesao28/unit-policy-planning';
import { unit as distanceEducationIct } from '@sesao28/unit-distance-education-ict';
import { unit as financeAssets } from '@sesao28/unit-finance-assets';
import { unit as personnel } from '@sesao28/unit-personnel';
import { unit as teacherDevelopment } from '@sesao28/unit-teacher-development';
import { unit as supervision } from '@sesao28/unit-supervision';
import { unit as educationPromotion } from '@sesao28/unit-education-promotion';
import { unit as internalAudit } from '@sesao28/unit-internal-audit';

/** The nine units of SESAO 28, in the order of the announcement. A new unit is added here. */
export const unitRegistry: readonly UnitModule[] = [
  administration,
  policyPlanning,
  distanceEducationIct,
  financeAssets,
  personnel,
  teacherDevelopment,
  supervision,
  educationPromotion,
  internalAudit,
];

export function unitBySlug(slug: string): UnitModule {
  const unit = unitRegistry.find((u) => u.manifest.slug === slug);
  if (!unit) throw new Error(`No unit with slug ${slug}`);
  return unit;
}
