import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode, type QueryPlan, type SubscriptionNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.js';
import { readUnitFolders, staleGeneratedFiles, unitSdls } from '../src/generate.js';
import { supergraphFile } from '../src/paths.js';
import { unitRegistry } from '../src/registry.js';
import { unitSubgraphSdl } from '@sesao28/kit';

const committed = readFileSync(supergraphFile, 'utf8');

function fetches(node: PlanNode | SubscriptionNode | undefined, out: { serviceName: string; operation: string; entity: boolean }[] = []) {
  if (!node) return out;
  switch (node.kind) {
    case 'Fetch':
      out.push({ serviceName: node.serviceName, operation: node.operation, entity: Boolean(node.requires) });
      break;
    case 'Flatten':
      fetches(node.node, out);
      break;
    case 'Sequence':
    case 'Parallel':
      node.nodes.forEach((child) => fetches(child, out));
      break;
    default:
      throw new Error(`Unexpected plan node ${node.kind}`);
  }
  return out;
}

function plan(query: string): QueryPlan {
  const supergraph = Supergraph.build(committed);
  return new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
}

describe('schema workflow', () => {
  it('has every generated file up to date (run `npm run generate` after changing SDL)', async () => {
    expect(await staleGeneratedFiles()).toEqual([]);
  }, 60_000);

  it('serves from each unit, built in memory at start, exactly the SDL the supergraph is composed from', () => {
    const composed = new Map([...unitSdls(readUnitFolders())].map(([folder, sdl]) => [folder.manifest.code, sdl]));
    expect(unitRegistry.map((unit) => unit.manifest.code)).toEqual([...composed.keys()]);
    for (const unit of unitRegistry) expect(unitSubgraphSdl(unit), unit.manifest.slug).toBe(composed.get(unit.manifest.code));
  });

  it('composes the nine unit subgraphs without errors or hints that matter', () => {
    const folders = readUnitFolders();
    expect(folders.map((f) => f.manifest.code)).toEqual([
      'ADMIN',
      'POLICY',
      'DLICT',
      'FINANCE',
      'PERSONNEL',
      'TEACHER_DEV',
      'SUPERVISION',
      'PROMOTION',
      'AUDIT',
    ]);
    const outcome = composeSupergraph(
      [...unitSdls(folders)].map(([f, sdl]) => ({ name: f.manifest.subgraphName, url: 'http://unit', sdl })),
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.hints).toEqual([]);
  });

  it('reports a composition error when a unit changes a shared type', () => {
    const [first, second] = [...unitSdls(readUnitFolders())];
    const broken = second![1].replace('level: ParticipationLevel!\n  status: ActivityStatus!', 'level: String!\n  status: ActivityStatus!');
    expect(broken).not.toEqual(second![1]);
    const outcome = composeSupergraph([
      { name: first![0].manifest.slug, url: 'http://a', sdl: first![1] },
      { name: second![0].manifest.slug, url: 'http://b', sdl: broken },
    ]);
    expect(outcome.supergraphSdl).toBeNull();
    expect(outcome.errors.join('\n')).toMatch(/Activity\.level/);
  });

  it('plans `units { stats }` as the directory, then each unit from its own subgraph in parallel', () => {
    const folders = readUnitFolders();
    const queryPlan = plan('{ units { code nameTh nameEn stats { feedbackReceived } } }');
    const all = fetches(queryPlan.node);
    const entityFetches = all.filter((f) => f.entity);
    // The directory is read once, from Administration; Administration answers its own stats there.
    expect(all.filter((f) => !f.entity).map((f) => f.serviceName)).toEqual(['administration']);
    expect(entityFetches).toHaveLength(folders.length - 1);
    for (const f of entityFetches) {
      const types = [...f.operation.matchAll(/\.\.\.\s*on\s+(\w+Unit)/g)].map((m) => m[1]);
      const owner = folders.find((u) => u.manifest.subgraphName === f.serviceName)!.manifest.typeName;
      expect(new Set(types)).toEqual(new Set([owner]));
    }
    expect(queryPlan.node?.kind).toBe('Sequence');
  });

  it('plans the nine slug root fields as nine parallel fetches, one per unit', () => {
    const folders = readUnitFolders();
    const query = `{ ${folders.map((f) => `${f.manifest.slug} { nameTh stats { activitiesTotal } }`).join(' ')} }`;
    const queryPlan = plan(query);
    expect(queryPlan.node?.kind).toBe('Parallel');
    expect(
      fetches(queryPlan.node)
        .map((f) => f.serviceName)
        .sort(),
    ).toEqual(folders.map((f) => f.manifest.subgraphName).sort());
  });
});
