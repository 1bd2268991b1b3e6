import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';

const keysOf = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('translations', () => {
  it('has every English text in Dutch too, and nothing Dutch that English lacks', () => {
    expect(keysOf(nl).sort()).toEqual(keysOf(en).sort());
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const nlTexts = new Map(keysOf(nl).map((key) => [key, key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], nl) as string]));
    for (const key of keysOf(en)) {
      const english = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], en) as string;
      expect({ key, placeholders: placeholders(nlTexts.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(english) });
    }
  });
});
