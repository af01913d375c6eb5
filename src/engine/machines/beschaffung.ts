/** Procurement of accommodation places: request → contract → open → release, with lead times on the simulated clock. */
import { setup } from 'xstate';
import { DAY_MS } from '../calendar.ts';
import type { StateMeta } from './meta.ts';

export interface BeschaffungInput {
  readonly id: number;
  readonly unit: number;
  /** Accommodation type index (see ACCOMMODATION_TYPES). */
  readonly type: number;
  readonly places: number;
  readonly contractDays: number;
  readonly openDays: number;
  readonly termDays: number;
}

export type BeschaffungEvent = { type: 'beschaffung.abbrechen' } | { type: 'vertrag.kuendigen' };

const m = (meta: StateMeta): StateMeta => meta;

/**
 * Actions `kapazitaetOeffnen` and `kapazitaetFreigeben` are implemented by the engine through `.provide()`;
 * a contract binds places (and their cost) from `vertrag` until `freigegeben`.
 */
export const beschaffungMachine = setup({
  types: { input: {} as BeschaffungInput, context: {} as BeschaffungInput, events: {} as BeschaffungEvent },
  actions: {
    vertragGeschlossen: (_, _p: BeschaffungInput) => {},
    kapazitaetOeffnen: (_, _p: BeschaffungInput) => {},
    kapazitaetFreigeben: (_, _p: BeschaffungInput) => {},
  },
  delays: {
    bisVertrag: ({ context }) => Math.max(1, context.contractDays) * DAY_MS,
    bisEroeffnung: ({ context }) => Math.max(1, context.openDays) * DAY_MS,
    laufzeit: ({ context }) => Math.max(1, context.termDays) * DAY_MS,
  },
}).createMachine({
  id: 'beschaffung',
  context: ({ input }) => input,
  initial: 'beantragt',
  states: {
    beantragt: {
      meta: m({
        office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde (Liegenschaften, Vergabe)', en: 'Kreis, city or municipality (property, procurement)' },
        legalBasis: ['§ 3 LAG', 'Vergaberecht'],
        text: { de: 'Plätze angefragt: Suche nach Gebäuden und Betreibern.', en: 'Places requested: searching for buildings and operators.' },
      }),
      after: { bisVertrag: 'vertrag' },
      on: { 'beschaffung.abbrechen': 'abgebrochen' },
    },
    vertrag: {
      entry: { type: 'vertragGeschlossen', params: ({ context }) => context },
      meta: m({
        office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
        legalBasis: ['§ 3 LAG'],
        text: {
          de: 'Miet- oder Betreibervertrag geschlossen (2015/16 meist 10 Jahre); die Plätze werden hergerichtet.',
          en: 'Lease or operator contract signed (2015/16 mostly 10 years); the places are being prepared.',
        },
      }),
      after: { bisEroeffnung: 'offen' },
    },
    offen: {
      entry: { type: 'kapazitaetOeffnen', params: ({ context }) => context },
      meta: m({
        office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
        legalBasis: ['§ 3 LAG'],
        text: { de: 'Die Plätze sind belegbar; sie kosten, ob belegt oder nicht.', en: 'The places can be used; they cost whether used or not.' },
      }),
      after: { laufzeit: 'freigegeben' },
      on: { 'vertrag.kuendigen': 'freigegeben' },
    },
    freigegeben: {
      type: 'final',
      entry: { type: 'kapazitaetFreigeben', params: ({ context }) => context },
      meta: m({
        office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
        legalBasis: ['§ 3 LAG'],
        text: { de: 'Vertrag beendet, Plätze zurückgegeben.', en: 'Contract ended, places returned.' },
      }),
    },
    abgebrochen: {
      type: 'final',
      meta: m({
        office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
        legalBasis: ['§ 3 LAG'],
        text: { de: 'Beschaffung abgebrochen.', en: 'Procurement cancelled.' },
      }),
    },
  },
});
