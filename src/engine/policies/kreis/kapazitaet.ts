/** Kreis → Gemeinde `kapazitaet`: each household to the Gemeinde with the most free places; Soll/Ist breaks ties. */
import type { KreisPolicy } from '../types.ts';
import { assignEach, best } from './plaetze.ts';

export const kapazitaet: KreisPolicy = {
  id: 'kapazitaet',
  label: { de: 'Nach freien Plätzen', en: 'By free places' },
  description: {
    de: 'Der Landkreis gibt jeden Haushalt an die Gemeinde mit den meisten freien Plätzen, in denen er Platz findet; bei Gleichstand und wenn keine Gemeinde Platz hat, an die mit dem größten Rückstand gegenüber ihrem Einwohneranteil.',
    en: 'The Landkreis passes each household on to the municipality with the most free places that can take it; on a tie, and when no municipality has room, to the one furthest behind its population share.',
  },
  assign(input) {
    return assignEach(input, (p, n, size) => {
      let k = best(p, n, size, (g) => p.room(g) >= size, (g) => p.freeTotal(g));
      if (k < 0) k = best(p, n, size, () => true, () => 0);
      p.book(k, size);
      return k;
    });
  },
};
