import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { platformOperationsDir, webOperationsDir } from '@sesao28/schema/web-client-codegen';
import { describe, expect, it } from 'vitest';
import { apiOperations, apiSchema, operationsUsed, unitOperationsBeyondKit } from './page-coverage.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('every capability has its page, or says why not (docs/api-only.md)', () => {
  const schema = apiSchema(root);
  const { all, keyOf } = apiOperations(schema);
  const used = operationsUsed(schema, keyOf, [platformOperationsDir, webOperationsDir]);
  const listed = [...readFileSync(`${root}docs/api-only.md`, 'utf8').matchAll(/^- `([\w.]+)`: \S/gm)].map((m) => m[1]!);

  it('finds the operations of the API and the pages that use them', () => {
    expect(all.size).toBeGreaterThan(100);
    for (const reached of ['Mutation.submitFeedback', 'Unit.consultation', 'UnitMutations.commentOnConsultation'])
      expect(used).toContain(reached);
  });

  it("uses only fields every unit has in the operations written for one unit and sent to any (the kit's)", () => {
    expect(unitOperationsBeyondKit(schema, keyOf, webOperationsDir)).toEqual([]);
  });

  it('lists every operation no page uses, once, with a reason', () => {
    expect([...all].filter((op) => !used.has(op)).sort()).toEqual([...listed].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});
