/** The worked example of docs/policies.md, which shows the part between the region markers: a policy and its test. */
// #region example
import { assignByDeficit } from '../../src/engine/policies/sollist.ts';
import { HOLD, paramValue, type LandPolicy, type PolicyParameter } from '../../src/engine/policies/types.ts';

/** A parameter the policy reads from the scenario's `policies.params`, with its default and where that comes from. */
const RESERVE: PolicyParameter = {
  name: 'reservePlaces',
  label: { de: 'Freie Plätze, die ein Kreis behält', en: 'Free places a Kreis keeps' },
  unit: 'places',
  default: 20,
  min: 0,
  max: 100_000,
  source: 'modellannahme: Reserve für Familiennachzug und Verlegungen',
};

/**
 * By quota, but a Kreis whose free places would fall below its reserve is skipped; a household no Kreis can take
 * waits in Erstaufnahme (HOLD) unless it must be assigned today — then the quota alone decides.
 */
export const quoteMitReserve: LandPolicy = {
  id: 'quote-mit-reserve',
  label: { de: 'Aufnahmequote mit Platzreserve', en: 'Reception quota keeping a reserve' },
  description: {
    de: 'Zuweisung nach der Quote an Kreise, die danach noch ihre Reserve an freien Plätzen haben; sonst Warten in der Erstaufnahme bis zur Höchstdauer.',
    en: 'Zuweisung by quota to Kreise that keep their reserve of free places afterwards; otherwise waiting in Erstaufnahme up to the legal maximum.',
  },
  parameters: [RESERVE],
  assign({ kreise, offer, params, totalAssigned }) {
    const reserve = paramValue(params, RESERVE);
    // Copy what changes during the call: the views are the engine's and valid only now.
    const free = kreise.map((k) => k.free);
    const quota = kreise.map((k) => k.quota);
    const ist = kreise.map((k) => k.ist);
    let total = totalAssigned;
    const answer = new Int32Array(offer.count);
    for (let i = 0; i < offer.count; i++) {
      const size = offer.size[i]!;
      const must = offer.mustAssign[i] === 1;
      const [k] = assignByDeficit([size], 1, quota, ist, total, (j) => must || free[j]! - size >= reserve);
      if (k === undefined || k < 0) {
        answer[i] = HOLD;
        continue;
      }
      answer[i] = k;
      free[k]! -= size;
      ist[k]! += size;
      total += size;
    }
    return answer;
  },
};
// #endregion

import { describe, expect, it } from 'vitest';
import type { KreisView, LandPolicyInput } from '../../src/engine/policies/types.ts';
import { policyCatalogue } from '../../src/engine/policies/registry.ts';
import { runScenario } from '../../src/engine/run.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { Sim, sim, smallScenario } from './helpers.ts';

const view = (index: number, free: number): KreisView => ({
  index,
  id: `K${index}`,
  name: `K${index}`,
  kind: 'landkreis',
  population: 1,
  quota: 0.5,
  ist: 0,
  soll: 0,
  present: 0,
  capacity: free,
  free,
  notunterkunft: 0,
  lage: 'normal',
  zuweisungsstopp: false,
  erstaufnahmePlaces: 0,
});

const offerOf = (n: number, must: boolean): LandPolicyInput['offer'] => ({
  count: n,
  size: new Int32Array(n).fill(1),
  mustAssign: new Uint8Array(n).fill(must ? 1 : 0),
  waitingDays: new Int32Array(n),
  recognised: new Uint8Array(n),
});

const input = (kreise: KreisView[], n: number, must = false): LandPolicyInput => ({
  day: 0,
  date: '2024-01-01',
  kreise,
  totalAssigned: 0,
  offer: offerOf(n, must),
  erstaufnahme: { present: 0, capacity: 0 },
  params: { reservePlaces: 5 },
  countedSince: () => ({ ist: new Float64Array(kreise.length), total: 0 }),
});

describe('the worked example: quote-mit-reserve', () => {
  it('keeps each Kreis’s reserve and holds the rest in Erstaufnahme', () => {
    const answer = Array.from(quoteMitReserve.assign(input([view(0, 8), view(1, 100)], 20)));
    expect(answer.filter((k) => k === 0)).toHaveLength(3); // 8 free − reserve 5
    expect(answer.filter((k) => k === 1)).toHaveLength(17);
    expect(Array.from(quoteMitReserve.assign(input([view(0, 5), view(1, 5)], 4)))).toEqual([HOLD, HOLD, HOLD, HOLD]);
  });

  it('does not hold a household that must be assigned today', () => {
    expect(Array.from(quoteMitReserve.assign(input([view(0, 0), view(1, 0)], 4, true)))).toEqual([0, 1, 0, 1]);
  });

  it('runs in the engine: fewer persons in Notunterkunft than under `quote`, the wait moves to Erstaufnahme', () => {
    const scn = (land: string) =>
      smallScenario({
        arrivals: { series: { kind: 'rate', perDay: 20 } },
        accommodation: { kreisPerThousand: { gu: 0 }, gemeindePerThousand: { gu: 2, wohnung: 0 } },
        procurement: { strategy: 'keine' },
        policies: { land, params: { reservePlaces: 5 } },
      });
    const a = sim(scn('quote'));
    // A policy of one's own: the loader and the run both get it.
    const mine = { land: [quoteMitReserve] };
    const loaded = loadScenario(scn('quote-mit-reserve'), policyCatalogue(mine));
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    const b = new Sim(runScenario(loaded.scenario, { policies: mine }));
    expect(b.kpi('nuPersonDays')).toBeLessThan(a.kpi('nuPersonDays'));
    expect(b.kpi('waiting')).toBeGreaterThan(a.kpi('waiting'));
  });
});
