/** A sample of the import-path fuzz (the full ≥ 10,000 inputs run in `npm run fuzz:import`): files, share links and stored records. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbImportCase, builtinsIntact, checkImport, importInput, prototypeState } from './importPathFuzz.ts';

describe('import path fuzz', () => {
  it('1,000 malformed files, links and records: no throw, each named, nothing changed', async () => {
    const prototypes = prototypeState();
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(arbImportCase, async (c) => {
        const outcome = await checkImport(importInput(c), prototypes);
        if (!outcome.intact) expect(outcome.messages.length).toBeGreaterThan(0);
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      }),
      { numRuns: 1_000, seed: 20_260_112 },
    );
    expect(builtinsIntact()).toBe(true);
    // Every kind of bad input was tried.
    expect(kinds.size).toBe(17);
  }, 60_000);

  it('the check fails on an input that is accepted, so that the fuzz can find one', async () => {
    const good = new File([JSON.stringify({ ...(await import('../../src/engine/scenario/builtin/musterkreis.ts')).musterkreis })], 'gut.json');
    await expect(checkImport({ file: good, expect: 'field' }, prototypeState())).rejects.toThrow(/accepted without a message/);
  });
});
