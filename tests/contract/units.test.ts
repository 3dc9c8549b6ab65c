import { describeUnitContract } from '@sesao28/kit/testing';
import { unitRegistry } from '@sesao28/schema';
import { describe } from 'vitest';

// The same behaviour tests, once for every unit of the registry.
describe.each(unitRegistry.map((unit) => [unit.manifest.code, unit] as const))('%s', (_code, unit) => {
  describeUnitContract(unit);
});
