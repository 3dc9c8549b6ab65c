import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldRulesOf } from './sdl-rules.js';

const sdl = (body: string) => parse(`type Query { x: Int }\n${body}`);

describe('access rules read from the SDL', () => {
  it('reads the rule and the submission mark of a type and its extensions', () => {
    const rules = fieldRulesOf(
      sdl(`type M { a: Int @access(rule: "cases:act") }
           extend type M { b: Int @access(rule: "public") @submission }`),
      'M',
      'mutations',
    );
    expect([...rules]).toEqual([
      ['a', { access: 'cases:act', submission: false }],
      ['b', { access: 'public', submission: true }],
    ]);
  });

  it('refuses a field without @access, naming it', () => {
    expect(() => fieldRulesOf(sdl('type U { a: Int @access(rule: "public") b: Int }'), 'U', 'fields')).toThrow(/U\.b has no @access/);
  });

  it('refuses an action the policy does not know', () => {
    expect(() => fieldRulesOf(sdl('type U { a: Int @access(rule: "cases:delete") }'), 'U', 'fields')).toThrow(
      /U\.a has @access with an unknown rule/,
    );
  });

  it('refuses a public write the gateway would not count', () => {
    expect(() => fieldRulesOf(sdl('type M { ask: Int @access(rule: "public") }'), 'M', 'mutations')).toThrow(
      /M\.ask is a public write without @submission/,
    );
    expect(() => fieldRulesOf(sdl('type M { file: Int @access(rule: "signed-in") }'), 'M', 'mutations')).toThrow(/without @submission/);
    // A public read needs no mark; a staff write needs none either.
    expect(fieldRulesOf(sdl('type U { list: Int @access(rule: "public") }'), 'U', 'fields').get('list')?.submission).toBe(false);
    expect(fieldRulesOf(sdl('type M { answer: Int @access(rule: "cases:act") }'), 'M', 'mutations').get('answer')?.access).toBe(
      'cases:act',
    );
  });

  it('lets a namespace root be open without counting it as a write, and only the one named', () => {
    const roots = sdl('type Mutation { financeAssets: Int @access(rule: "public") submitFeedback: Int @access(rule: "public") }');
    expect(() => fieldRulesOf(roots, 'Mutation', 'mutations', new Set(['financeAssets']))).toThrow(
      /Mutation\.submitFeedback is a public write/,
    );
    const namespaceOnly = sdl('type Mutation { financeAssets: Int @access(rule: "public") }');
    expect(fieldRulesOf(namespaceOnly, 'Mutation', 'mutations', new Set(['financeAssets'])).get('financeAssets')?.access).toBe('public');
    expect(() => fieldRulesOf(namespaceOnly, 'Mutation', 'mutations')).toThrow(/without @submission/);
  });
});
