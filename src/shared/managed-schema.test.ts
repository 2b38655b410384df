import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import schema from '../../public/managed-schema.json' with { type: 'json' };
import { defaults, POLICY_KEYS, REPLY_INTENTS } from './policy.js';

interface Node {
  readonly type: string;
  readonly properties?: Record<string, Node>;
  readonly items?: Node;
  readonly enum?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/** Chrome's subset of JSON Schema for storage.managed, enough to check a value against it. */
function conforms(value: unknown, node: Node, path: string, errors: string[]): void {
  const kind = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (kind !== node.type && !(node.type === 'number' && kind === 'integer')) {
    errors.push(`${path}: ${kind} is not ${node.type}`);
    return;
  }
  if (node.enum !== undefined && !node.enum.includes(value as string | number)) errors.push(`${path}: not in enum`);
  if (typeof value === 'number' && ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum))) errors.push(`${path}: out of range`);
  if (node.type === 'array') (value as unknown[]).forEach((v, i) => conforms(v, node.items!, `${path}[${i}]`, errors));
  if (node.type === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const child = node.properties?.[k];
      if (child === undefined) errors.push(`${path}.${k}: not in the schema`);
      else conforms(v, child, `${path}.${k}`, errors);
    }
  }
}

describe('managed_schema', () => {
  const root = schema as Node;

  it('declares every policy key and only those', () => {
    expect(Object.keys(root.properties!).sort()).toEqual([...POLICY_KEYS, 'version'].sort());
  });

  it('accepts the defaults and the example policy', () => {
    for (const policy of [defaults, JSON.parse(readFileSync(new URL('../../examples/policy.example.json', import.meta.url), 'utf8')) as unknown]) {
      const errors: string[] = [];
      conforms(policy, root, 'policy', errors);
      expect(errors).toEqual([]);
    }
  });

  it('lists the same reply intents as the policy', () => {
    expect(root.properties!.replyTemplates!.items!.properties!.intent!.enum).toEqual([...REPLY_INTENTS]);
  });

  it('uses only types Chrome understands', () => {
    const types = new Set<string>();
    const walk = (n: Node): void => {
      types.add(n.type);
      Object.values(n.properties ?? {}).forEach(walk);
      if (n.items) walk(n.items);
    };
    walk(root);
    for (const t of types) expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(t);
  });
});
