// What the gateway's submission rate limit counts: the fields the supergraph marks @submission
// (each unit's SDL says which of its writes are the public's), selected by a request's operation.
import {
  Kind,
  parse,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The names of the fields the supergraph marks `@submission` (units' submissions sit in their
 * namespaces, so a name counts wherever it is selected, as units share the kit's names).
 */
export function submissionFieldsOf(supergraphSdl: string): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const definition of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      if (field.directives?.some((d) => d.name.value === 'submission')) fields.add(field.name.value);
    }
  }
  return fields;
}

/**
 * Whether @include/@skip leave a selection out, by its literal or the request's variables: what a
 * client switches off does not count. Anything it cannot read counts (never fewer than will run).
 */
function leftOut(directives: readonly DirectiveNode[] | undefined, variables: Record<string, unknown>): boolean {
  for (const directive of directives ?? []) {
    if (directive.name.value !== 'include' && directive.name.value !== 'skip') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value = arg?.kind === Kind.BOOLEAN ? arg.value : arg?.kind === Kind.VARIABLE ? variables[arg.name.value] : undefined;
    if (typeof value !== 'boolean') continue;
    if (directive.name.value === 'include' ? !value : value) return true;
  }
  return false;
}

/** How many submission fields the request's operation selects (0 when it cannot tell; Apollo then refuses it). */
const PARSED_KEPT = 1000;
const parsed = new Map<string, DocumentNode | null>();

/**
 * A query's document, parsed once per text (the pages send the same few hundred): the limiter runs
 * on every POST, before Apollo's own cache. Null when it does not parse; the oldest text goes first.
 */
function parsedOnce(query: string, maxTokens: number): DocumentNode | null {
  const key = `${maxTokens}:${query}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  let document: DocumentNode | null;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    document = null;
  }
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(key, document);
  return document;
}

export function countSubmissions(
  fields: ReadonlySet<string>,
  query: unknown,
  operationName: unknown,
  maxTokens: number,
  variables: unknown = {},
): number {
  const given = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
  if (typeof query !== 'string') return 0;
  const document = parsedOnce(query, maxTokens);
  if (!document) return 0;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof operationName === 'string'
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation === 'subscription') return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (leftOut(s.directives, given)) continue;
      if (s.kind === Kind.FIELD) {
        if (fields.has(s.name.value)) n++;
        // Units' submissions sit one level down, in their namespace: { financeAssets { commentOnConsultation } }.
        if (s.selectionSet) n += count(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        n += count(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) n += count(fragment.selectionSet);
      }
    }
    return n;
  };
  return count(operation.selectionSet);
}
