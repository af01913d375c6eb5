/**
 * Land → Kreis `halten`: Zuweisung by quota, but a household owed to a Kreis that reports a Zuweisungsstopp stays in
 * Erstaufnahme (chart state `erstaufnahme.zuweisungsbereit`) instead of going elsewhere — until the stop ends, the
 * Erstaufnahme fills up, or the household reaches the legal maximum stay (§ 47 Abs. 1 AsylG), whichever comes first.
 */
import { HOLD, paramValue, type LandPolicy, type PolicyParameter } from '../types.ts';

export const HALTEN_MAX_OCCUPANCY: PolicyParameter = {
  name: 'haltenMaxEaeOccupancy',
  label: { de: 'Halten bis zur Belegung der Erstaufnahme', en: 'Hold up to an Erstaufnahme occupancy of' },
  unit: 'share of the regular Erstaufnahme places',
  default: 0.95,
  min: 0,
  max: 10,
  source: 'modellannahme: die Erstaufnahme hält nur, solange sie selbst Plätze hat',
};

export const halten: LandPolicy = {
  id: 'halten',
  label: { de: 'Halten bei Zuweisungsstopp', en: 'Hold during a Zuweisungsstopp' },
  description: {
    de: 'Zuweisung nach der Aufnahmequote; wer einem Kreis mit Zuweisungsstopp zusteht, bleibt in der Erstaufnahme, solange dort Plätze frei sind und die gesetzliche Höchstdauer (§ 47 Abs. 1 AsylG) nicht erreicht ist. Die Quote bleibt gewahrt, die Wartezeit in der Erstaufnahme steigt.',
    en: 'Zuweisung by the reception quota; a household owed to a Kreis with a Zuweisungsstopp stays in Erstaufnahme while places are free there and the legal maximum stay (§ 47(1) AsylG) is not reached. The quota is kept; the wait in Erstaufnahme grows.',
  },
  parameters: [HALTEN_MAX_OCCUPANCY],
  assign({ kreise, offer, params, totalAssigned, erstaufnahme }) {
    const maxOccupancy = paramValue(params, HALTEN_MAX_OCCUPANCY);
    // Persons held today stay on the Erstaufnahme's places: count them against its room to hold.
    let room = Math.floor(maxOccupancy * erstaufnahme.capacity) - erstaufnahme.present;
    const ist = kreise.map((k) => k.ist);
    let total = totalAssigned;
    const out = new Int32Array(offer.count);
    for (let i = 0; i < offer.count; i++) {
      const size = offer.size[i] as number;
      const after = total + size;
      let best = 0;
      let bestDeficit = -Infinity;
      for (let k = 0; k < kreise.length; k++) {
        const deficit = (kreise[k]!.quota as number) * after - (ist[k] as number);
        if (deficit > bestDeficit) [best, bestDeficit] = [k, deficit];
      }
      // The household is owed to `best` either way: its share of the account is reserved, so the next household
      // goes to the Kreis owed next rather than piling onto a stopped one.
      ist[best] = (ist[best] as number) + size;
      total = after;
      if (kreise[best]!.zuweisungsstopp && offer.mustAssign[i] === 0 && room > 0) {
        out[i] = HOLD;
        continue;
      }
      out[i] = best;
      // Assigning frees the place the household held in Erstaufnahme.
      room += size;
    }
    return out;
  },
};
