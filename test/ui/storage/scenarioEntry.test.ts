/** A saved scenario's entry name is its scenario's name: renamed payloads still load, comparisons and odd values are left alone. */
import { describe, expect, it } from 'vitest';
import { musterkreis } from '../../../src/engine/scenario/builtin/musterkreis.ts';
import { MAX_NAME_LENGTH } from '../../../src/engine/scenario/limits.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { payloadNamed, scenarioNamed } from '../../../src/ui/storage/scenarioEntry.ts';

describe('scenarioNamed / payloadNamed', () => {
  it('gives the scenario the entry name in both languages, and the payload keeps its base', () => {
    const payload = { value: { ...musterkreis, id: 'eigen' }, base: 'musterkreis' };
    const renamed = payloadNamed(payload, 'Auental 2030') as typeof payload;
    expect(renamed.base).toBe('musterkreis');
    expect(renamed.value.name).toEqual({ de: 'Auental 2030', en: 'Auental 2030' });
    expect(renamed.value.id).toBe('eigen');
    expect(payload.value.name).toEqual(musterkreis.name);
    expect(loadScenario(renamed.value).ok).toBe(true);
  });

  it('cuts a name longer than a scenario name may be, so that the scenario still loads', () => {
    const long = 'x'.repeat(MAX_NAME_LENGTH + 50);
    const value = scenarioNamed({ ...musterkreis }, long) as { name: { de: string } };
    expect(value.name.de).toHaveLength(MAX_NAME_LENGTH);
    expect(loadScenario(value).ok).toBe(true);
  });

  it('leaves a value that is no scenario object, and a payload that is no scenario entry, as they are', () => {
    expect(scenarioNamed(null, 'A')).toBeNull();
    expect(scenarioNamed([1], 'A')).toEqual([1]);
    const notScenario = { runs: 5 };
    expect(payloadNamed(notScenario, 'A')).toBe(notScenario);
  });
});
