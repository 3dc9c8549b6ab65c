import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields asked for below the current one, as dotted paths ("ladder.participants"),
 * fragments included: lets a resolver skip work (a join, a payload) nobody asked for.
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, prefix: string, fragments: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const path = prefix + selection.name.value;
        paths.add(path);
        walk(selection.selectionSet, `${path}.`, fragments);
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.selectionSet, prefix, fragments);
      } else if (!fragments.has(selection.name.value)) {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        walk(fragment?.selectionSet, prefix, new Set([...fragments, selection.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, '', new Set());
  return paths;
}
