/** Share links: an own scenario as a compressed difference from its built-in, or whole; too long and broken links named. */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from '../../src/ui/share/share.ts';

const herbst = BUILTIN_SCENARIOS['herbst-2015']!;
const edited = () => {
  const s = structuredClone(herbst) as unknown as Record<string, unknown>;
  s.id = 'herbst-eigen';
  s.name = { de: 'Herbst, eigene Plätze', en: 'Autumn, own places' };
  return s;
};
const code = (x: unknown) => compressToEncodedURIComponent(JSON.stringify(x));
const problemOf = (c: string) => {
  const r = decodeShare(c);
  if (!('problem' in r)) throw new Error('accepted');
  return r.problem;
};

describe('share links', () => {
  it('encodes a scenario made from a built-in as its difference, short, and decodes the same scenario', () => {
    const own = { name: 'mein Herbst', value: edited(), base: 'herbst-2015' };
    const r = encodeShare(own);
    if (!('code' in r)) throw new Error(r.problem.en);
    expect(r.code.length).toBeLessThan(400);
    const back = decodeShare(r.code, 'en');
    if (!('own' in back)) throw new Error(back.problem.en);
    expect(back.own).toEqual({ name: 'Autumn, own places', value: own.value, base: 'herbst-2015' });
    // The built-in itself is left as it was.
    expect(herbst.id).toBe('herbst-2015');
  });

  it('encodes a scenario without a base whole, if it fits', () => {
    const value = { ...structuredClone(BUILTIN_SCENARIOS.musterkreis!), id: 'ganz' };
    const r = encodeShare({ name: 'ganz.json', value });
    if (!('code' in r)) throw new Error(r.problem.en);
    const back = decodeShare(r.code);
    expect('own' in back && back.own.value).toEqual(value);
    expect('own' in back && back.own.base).toBeUndefined();
  });

  it('refuses to make a link longer than the limit, and names its length', () => {
    const value = edited();
    (value as { description?: unknown }).description = { de: Array.from({ length: 3000 }, (_, i) => `w${i * 7919}`).join(' '), en: 'x' };
    const r = encodeShare({ name: 'gross', value });
    expect('problem' in r && r.problem.de).toMatch(/für einen Link zu groß \([\d.]+ Zeichen, höchstens 8\.000\)/);
  });

  it('names a link that is too long, not decompressible, or not a shared scenario', () => {
    expect(problemOf('A'.repeat(MAX_SHARE_CHARS + 1)).de).toMatch(/zu lang \(8\.001 Zeichen, höchstens 8\.000\)/);
    expect(problemOf('%%%').de).toMatch(/nicht entpacken/);
    expect(problemOf(compressToEncodedURIComponent('{kein json')).en).toMatch(/not JSON/);
    expect(problemOf(code({ x: 1 })).de).toMatch(/nicht die Form eines geteilten Szenarios/);
    expect(problemOf(code({ b: 'mars', p: [] })).de).toMatch(/Ausgangsszenario „mars“ gibt es nicht/);
  });

  it('allows only add, replace and remove inside the scenario, never through a prototype key', () => {
    const bad = [
      { op: 'move', from: '/id', path: '/name' },
      { op: 'copy', from: '/id', path: '/name' },
      { op: 'test', path: '/id', value: 'x' },
      { op: 'replace', path: '', value: {} },
      { op: 'add', path: '/__proto__/polluted', value: 1 },
      { op: 'add', path: '/policies/constructor/prototype', value: 1 },
      { op: 'replace', path: '/id' },
      { op: 'add', path: 'id', value: 'x' },
    ];
    for (const op of bad) expect(problemOf(code({ b: 'musterkreis', p: [op] })).en, JSON.stringify(op)).toMatch(/not a shared scenario/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is wrong inside the link in the language of the message, not in English twice', () => {
    const outside = problemOf(code({ b: 'musterkreis', p: [{ op: 'add', path: 'id', value: 'x' }] }));
    expect(outside.de).toMatch(/p\.0\.path: der Pfad muss in das Szenario zeigen/);
    expect(outside.en).toMatch(/p\.0\.path: path must point inside the scenario/);
    const prototype = problemOf(code({ b: 'musterkreis', p: [{ op: 'add', path: '/__proto__/x', value: 1 }] }));
    expect(prototype.de).toMatch(/der Pfad darf nicht __proto__, constructor oder prototype nennen/);
    const missing = problemOf(code({ b: 'musterkreis', p: [{ op: 'replace', path: '/id' }] }));
    expect(missing.de).toMatch(/p\.0\.value: der Wert fehlt/);
    expect(missing.en).toMatch(/p\.0\.value: value is missing/);
    const wrongType = problemOf(code({ b: 7, p: [] }));
    expect(wrongType.de).not.toMatch(/Invalid input|expected/);
    expect(wrongType.en).toMatch(/Invalid input/);
  });

  it('names a change that does not apply, and a scenario the loader rejects with its field path', () => {
    expect(problemOf(code({ b: 'musterkreis', p: [{ op: 'remove', path: '/gibt/es/nicht' }] })).de).toMatch(/Änderung Nr\. 1 lässt sich nicht anwenden/);
    expect(problemOf(code({ b: 'musterkreis', p: [{ op: 'replace', path: '/period/start', value: '2024-13-01' }] })).de).toMatch(/period\.start/);
    expect(problemOf(code({ s: 'herbst-2015' })).en).toMatch(/scenario is faulty/);
  });
});
