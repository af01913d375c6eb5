/** Kreis → Gemeinde `einwohner`: pro rata population with a Soll/Ist account per Gemeinde (§ 2 Abs. 2 S. 2 LAG; VG Gießen 2014). */
import { assignByDeficitOf } from '../sollist.ts';
import type { KreisPolicy } from '../types.ts';

export const einwohner: KreisPolicy = {
  id: 'einwohner',
  label: { de: 'Nach Einwohnern (Soll/Ist)', en: 'Pro rata population (target/actual)' },
  description: {
    de: 'Der Landkreis gibt jeden Haushalt an die Gemeinde mit dem größten Rückstand gegenüber ihrem Einwohneranteil weiter (Hochtaunuskreis, Wetteraukreis).',
    en: 'The Landkreis passes each household on to the municipality furthest behind its population share (Hochtaunuskreis, Wetteraukreis).',
  },
  assign({ gemeinden, offer, totalAssigned }) {
    return assignByDeficitOf(offer.size, offer.count, gemeinden, totalAssigned);
  },
};
