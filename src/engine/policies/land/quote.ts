/** Land → Kreis `quote`: Zuweisung by Aufnahmequote with a running Soll/Ist account (§ 2 Abs. 1 LAG, VerteilungsVO § 1). */
import { assignByDeficitOf } from '../sollist.ts';
import type { LandPolicy } from '../types.ts';

export const quote: LandPolicy = {
  id: 'quote',
  label: { de: 'Aufnahmequote (Soll/Ist)', en: 'Reception quota (target/actual)' },
  description: {
    de: 'Das RP Darmstadt weist jeden verfügbaren Haushalt dem Kreis mit dem größten Rückstand gegenüber seiner Quote zu, unabhängig von freien Plätzen.',
    en: 'RP Darmstadt assigns every available household to the Kreis furthest behind its quota, regardless of free places.',
  },
  assign({ kreise, offer, totalAssigned }) {
    return assignByDeficitOf(offer.size, offer.count, kreise, totalAssigned);
  },
};
