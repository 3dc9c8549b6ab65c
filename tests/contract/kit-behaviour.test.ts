import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeKitBehaviour } from '@sesao28/kit/testing';
import { unitRegistry } from '@sesao28/schema';
import { describe, expect, it } from 'vitest';

// The kit's behaviour in depth, once: every unit runs the same kit code. Finance is a unit like the others.
describeKitBehaviour(unitRegistry.find((unit) => unit.manifest.code === 'FINANCE')!);

describe('every unit runs the thin contract in its own tests', () => {
  it.each(unitRegistry.map((unit) => [unit.manifest.slug] as const))(
    '%s has test/contract.test.ts calling describeUnitContract',
    (slug) => {
      const file = fileURLToPath(new URL(`../../services/${slug}/test/contract.test.ts`, import.meta.url));
      expect(existsSync(file), `services/${slug}/test/contract.test.ts`).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/describeUnitContract\(unit\)/);
    },
  );
});
