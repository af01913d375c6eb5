/** Kreis → Gemeinde `dezentral`: flats first — a Gemeinde with a free flat, a Gemeinschaftsunterkunft only when none has one. */
import type { KreisPolicy } from '../types.ts';
import { assignEach, best } from './plaetze.ts';

export const dezentral: KreisPolicy = {
  id: 'dezentral',
  label: { de: 'Dezentral (Wohnungen zuerst)', en: 'Decentralised (flats first)' },
  description: {
    de: 'Der Landkreis gibt jeden Haushalt an eine Gemeinde mit einer freien Wohnung, die ihn aufnimmt (bei mehreren an die mit dem größten Rückstand gegenüber ihrem Einwohneranteil), dort bezieht er die Wohnung; erst wenn keine Wohnung frei ist, an eine Gemeinde mit anderen freien Plätzen (Gemeinschaftsunterkunft), sonst nach Einwohneranteil.',
    en: 'The Landkreis passes each household on to a municipality with a free flat that can take it (among several, the one furthest behind its population share), where it moves into the flat; only when no flat is free, to a municipality with other free places (shared accommodation), otherwise by population share.',
  },
  placeFirst: ['wohnung'],
  assign(input) {
    return assignEach(input, (p, n, size) => {
      const deficit = (g: number) => p.deficit(g, size);
      let k = best(p, n, size, (g) => p.room(g, 'wohnung') >= size, deficit);
      if (k >= 0) p.book(k, size, 'wohnung');
      else {
        k = best(p, n, size, (g) => p.room(g) >= size, deficit);
        if (k < 0) k = best(p, n, size, () => true, deficit);
        p.book(k, size);
      }
      return k;
    });
  },
};
