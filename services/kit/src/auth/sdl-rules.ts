import { Kind, type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import { isAction, PUBLIC_ACTIONS, type Action } from './policy.js';

export interface FieldRule {
  /** Who may use the field: its `@access(rule: "…")`. */
  access: Action;
  /** Whether the field is `@submission` (counted by the gateway's submission rate limit). */
  submission: boolean;
}

const directive = (field: FieldDefinitionNode, name: string): ConstDirectiveNode | undefined =>
  field.directives?.find((d) => d.name.value === name);

function accessOf(typeName: string, field: FieldDefinitionNode): Action {
  const where = `${typeName}.${field.name.value}`;
  const access = directive(field, 'access');
  if (!access) throw new Error(`${where} has no @access(rule: "…") in the unit's SDL: nothing is reachable by oversight`);
  const rule = access.arguments?.find((a) => a.name.value === 'rule')?.value;
  if (rule?.kind !== Kind.STRING || !isAction(rule.value)) {
    throw new Error(`${where} has @access with an unknown rule; the actions are in services/kit/src/auth/policy.ts`);
  }
  return rule.value;
}

/**
 * The rule of every field of one type, read from the unit's SDL (the type and its extensions).
 * A field without `@access`, with an unknown action, or a mutation the public may call
 * without `@submission` (the gateway would not rate-limit it) stops the unit from starting.
 */
export function fieldRulesOf(
  document: DocumentNode,
  typeName: string,
  kind: 'fields' | 'mutations',
  /** Root fields that only open a unit's namespace (`Mutation.financeAssets`): no write of their own. */
  namespaces: ReadonlySet<string> = new Set(),
): Map<string, FieldRule> {
  const rules = new Map<string, FieldRule>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    if (definition.name.value !== typeName) continue;
    for (const field of definition.fields ?? []) {
      const rule = { access: accessOf(typeName, field), submission: !!directive(field, 'submission') };
      if (kind === 'mutations' && PUBLIC_ACTIONS.has(rule.access) && !rule.submission && !namespaces.has(field.name.value)) {
        throw new Error(`${typeName}.${field.name.value} is a public write without @submission: the gateway's limiter would not count it`);
      }
      rules.set(field.name.value, rule);
    }
  }
  return rules;
}
