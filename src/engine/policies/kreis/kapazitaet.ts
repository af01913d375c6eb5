/** Kreis → Gemeinde `kapazitaet`: each household to the Gemeinde with the most free places; Soll/Ist breaks ties. */
import { KREIS_HOUSES, type KreisPolicy } from '../types.ts';
import { best, FreiePlaetze } from './plaetze.ts';

export const kapazitaet: KreisPolicy = {
  id: 'kapazitaet',
  label: { de: 'Nach freien Plätzen', en: 'By free places' },
  description: {
    de: 'Der Landkreis gibt jeden Haushalt an die Gemeinde mit den meisten freien Plätzen, in denen er Platz findet; bei Gleichstand und wenn keine Gemeinde Platz hat, an die mit dem größten Rückstand gegenüber ihrem Einwohneranteil.',
    en: 'The Landkreis passes each household on to the municipality with the most free places that can take it; on a tie, and when no municipality has room, to the one furthest behind its population share.',
  },
  assign({ gemeinden, offer, totalAssigned }) {
    const n = gemeinden.length;
    const p = new FreiePlaetze(gemeinden, totalAssigned);
    const out = new Int32Array(offer.count);
    if (n === 0) return out.fill(KREIS_HOUSES);
    for (let i = 0; i < offer.count; i++) {
      const size = offer.size[i] as number;
      let k = best(p, n, size, (g) => p.room(g) >= size, (g) => p.freeTotal(g));
      if (k < 0) k = best(p, n, size, () => true, () => 0);
      p.book(k, size);
      out[i] = k;
    }
    return out;
  },
};
