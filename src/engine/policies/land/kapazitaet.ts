/**
 * Land → Kreis `kapazitaet`: each household goes to a Kreis with free regular places, the one furthest behind its
 * quota among them — but no Kreis takes more than its quota (plus a tolerance) of the Zuweisungen of a rolling window.
 * Where no Kreis qualifies, the plain quota decides, as the Land must assign in the end.
 */
import { assignByDeficit } from '../sollist.ts';
import { paramValue, type LandPolicy, type PolicyParameter } from '../types.ts';

export const KAPAZITAET_WINDOW: PolicyParameter = {
  name: 'kapazitaetWindowDays',
  label: { de: 'Zeitfenster der Quotenbindung', en: 'Window of the quota bound' },
  unit: 'days',
  default: 91,
  min: 1,
  max: 36_500,
  source: 'mtk-medieninformation-2016: das RP Darmstadt teilt die Zahlen je Quartal mit; spd-wetterau-2016: Aufnahmesoll je Quartal',
};

export const KAPAZITAET_TOLERANCE: PolicyParameter = {
  name: 'kapazitaetTolerance',
  label: { de: 'Zulässige Überschreitung der Quote im Zeitfenster', en: 'Allowed excess over the quota in the window' },
  unit: 'share of the Soll',
  default: 0.2,
  min: 0,
  max: 10,
  source: 'modellannahme',
};

/** A Kreis may always take this many persons in the window, so that the first Zuweisungen of a window can move. */
export const KAPAZITAET_SLACK: PolicyParameter = {
  name: 'kapazitaetSlackPersons',
  label: { de: 'Sockel je Kreis im Zeitfenster', en: 'Base allowance per Kreis in the window' },
  unit: 'persons',
  default: 10,
  min: 0,
  max: 1_000_000,
  source: 'modellannahme',
};

export const kapazitaet: LandPolicy = {
  id: 'kapazitaet',
  label: { de: 'Freie Plätze (quotengebunden)', en: 'Free places (bounded by the quota)' },
  description: {
    de: 'Das RP Darmstadt weist dem Kreis mit freien Plätzen zu, der am weitesten hinter seiner Quote liegt; kein Kreis erhält in einem gleitenden Zeitfenster mehr als seine Quote zuzüglich einer Toleranz. Hat kein Kreis freie Plätze innerhalb dieser Grenze, entscheidet die Quote allein.',
    en: 'RP Darmstadt assigns to the Kreis with free places that is furthest behind its quota; no Kreis receives more than its quota plus a tolerance within a rolling window. If no Kreis has free places within that bound, the quota alone decides.',
  },
  parameters: [KAPAZITAET_WINDOW, KAPAZITAET_TOLERANCE, KAPAZITAET_SLACK],
  assign({ kreise, offer, params, totalAssigned, countedSince }) {
    const tolerance = paramValue(params, KAPAZITAET_TOLERANCE);
    const slack = paramValue(params, KAPAZITAET_SLACK);
    const window = countedSince(Math.round(paramValue(params, KAPAZITAET_WINDOW)));
    const quota = kreise.map((k) => k.quota);
    const free = kreise.map((k) => k.free);
    const ist = kreise.map((k) => k.ist);
    const recent = Float64Array.from(window.ist);
    let recentTotal = window.total;
    let total = totalAssigned;
    const out = new Int32Array(offer.count);
    for (let i = 0; i < offer.count; i++) {
      const size = offer.size[i] as number;
      const after = total + size;
      const afterRecent = recentTotal + size;
      let best = -1;
      let bestDeficit = -Infinity;
      for (let k = 0; k < kreise.length; k++) {
        if ((free[k] as number) < size) continue;
        const bound = (1 + tolerance) * (quota[k] as number) * afterRecent + slack;
        if ((recent[k] as number) + size > bound) continue;
        const deficit = (quota[k] as number) * after - (ist[k] as number);
        if (deficit > bestDeficit) [best, bestDeficit] = [k, deficit];
      }
      if (best < 0) best = assignByDeficit([size], 1, quota, ist, total)[0] as number;
      out[i] = best;
      free[best] = (free[best] as number) - size;
      ist[best] = (ist[best] as number) + size;
      recent[best] = (recent[best] as number) + size;
      total = after;
      recentTotal = afterRecent;
    }
    return out;
  },
};
