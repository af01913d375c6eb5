/** Procurement `reaktiv`: order new places when occupancy (counting places already ordered) passes a threshold. */
import type { ProcurementPolicy } from '../types.ts';

export const reaktiv: ProcurementPolicy = {
  id: 'reaktiv',
  label: { de: 'Reaktiv (ab Schwellenwert)', en: 'Reactive (at a threshold)' },
  description: {
    de: 'Liegt die Belegung über dem Schwellenwert der Plätze (bestellte mitgezählt), bestellt der Träger einen Anteil seiner Plätze neu, mit Vorlaufzeit und Vertragslaufzeit.',
    en: 'When occupancy passes the threshold share of places (counting places on order), the body orders a share of its places, with lead times and a contract term.',
  },
  decide({ unit, settings }) {
    const places = unit.capacity + unit.pipeline;
    const demand = unit.present + unit.notunterkunft;
    if (demand === 0 || demand < settings.threshold * places) return [];
    const want = Math.ceil(demand / settings.threshold) - places;
    const size = Math.max(settings.minPlaces, Math.ceil(settings.stepShare * unit.capacity), want);
    return [
      {
        type: settings.type,
        places: size,
        contractDays: settings.contractDays,
        openDays: settings.openDays,
        termDays: settings.termDays,
      },
    ];
  },
};
