/**
 * Land → Kreis `quote-eae`: the Aufnahmequote with a credit for Kreise that host an Erstaufnahme site — their share
 * is cut while the site has places (the Wetteraukreis with the Büdingen site: 5.5 % → 4.75 % in 2016).
 */
import { assignByDeficit } from '../sollist.ts';
import { paramValue, type LandPolicy, type PolicyParameter } from '../types.ts';

/** The Wetteraukreis's cut: 1 − 4.75 / 5.5 ≈ 0.136 of its quota for hosting the Büdingen site. */
export const EAE_CREDIT: PolicyParameter = {
  name: 'eaeCreditShare',
  label: { de: 'Anrechnung der Erstaufnahme: Kürzung der Quote', en: 'Erstaufnahme credit: cut of the quota' },
  unit: 'share of the quota',
  default: Math.round((1 - 4.75 / 5.5) * 1000) / 1000,
  min: 0,
  max: 1,
  source: 'spd-wetterau-2016: Wetteraukreis 5,5 %, für 2016 4,75 % wegen der Erstaufnahme Büdingen; modellannahme: derselbe Anteil für jeden Kreis mit Standort',
};

/** Sites smaller than this earn no credit (a reserve site with a handful of places). */
export const EAE_CREDIT_MIN_PLACES: PolicyParameter = {
  name: 'eaeCreditMinPlaces',
  label: { de: 'Anrechnung ab Plätzen der Erstaufnahme im Kreis', en: 'Credit from Erstaufnahme places in the Kreis' },
  unit: 'places',
  default: 1,
  min: 1,
  max: 1_000_000,
  source: 'modellannahme: jeder belegbare Standort zählt',
};

/** The quotas after the credit, renormalised so they sum to 1 again (the others take up what the hosts give). */
export function creditedQuotas(quota: readonly number[], eaePlaces: readonly number[], cut: number, minPlaces: number): number[] {
  const q = quota.map((v, k) => ((eaePlaces[k] ?? 0) >= minPlaces ? v * (1 - cut) : v));
  const sum = q.reduce((a, b) => a + b, 0);
  return sum > 0 ? q.map((v) => v / sum) : quota.slice();
}

export const quoteEae: LandPolicy = {
  id: 'quote-eae',
  label: { de: 'Aufnahmequote mit Anrechnung der Erstaufnahme', en: 'Reception quota with Erstaufnahme credit' },
  description: {
    de: 'Wie „Aufnahmequote“, aber die Quote eines Kreises mit einem Erstaufnahme-Standort wird gekürzt, solange der Standort Plätze hat (Wetteraukreis 2016: 5,5 % → 4,75 %); die übrigen Kreise tragen den Rest nach ihrer Quote.',
    en: 'As “reception quota”, but a Kreis hosting an Erstaufnahme site has its quota cut while the site has places (Wetteraukreis 2016: 5.5 % → 4.75 %); the other Kreise take the rest by their quotas.',
  },
  parameters: [EAE_CREDIT, EAE_CREDIT_MIN_PLACES],
  assign({ kreise, offer, params, totalAssigned }) {
    const q = creditedQuotas(
      kreise.map((k) => k.quota),
      kreise.map((k) => k.erstaufnahmePlaces),
      paramValue(params, EAE_CREDIT),
      paramValue(params, EAE_CREDIT_MIN_PLACES),
    );
    // The account as the engine keeps it (from the start or over its rolling window), measured against the credited quotas.
    return assignByDeficit(offer.size, offer.count, q, kreise.map((k) => k.ist), totalAssigned);
  },
};
