/** Procurement of accommodation places: request → contract → open (→ notice) → release, with lead times on the simulated clock. */
import { assign, setup } from 'xstate';
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

/** What the chart keeps about a contract: its input and, once notice is given, the notice period. */
export interface BeschaffungContext extends BeschaffungInput {
  /** Days from notice to the release of the places (0 until notice is given). */
  readonly noticeDays: number;
}

export type BeschaffungEvent =
  | { type: 'beschaffung.abbrechen' }
  | { type: 'vertrag.kuendigen'; noticeDays: number }
  | { type: 'vertrag.verlaengern' }
  | { type: 'vertrag.fortsetzen' };

/**
 * How long a contract waits in each step, in simulated milliseconds (at least one day). The chart names these
 * delays in its `after`; the engine schedules its calendar with the same functions, so neither restates them.
 */
export const BESCHAFFUNG_FRISTEN = {
  bisVertrag: (c: BeschaffungContext) => Math.max(1, c.contractDays) * DAY_MS,
  bisEroeffnung: (c: BeschaffungContext) => Math.max(1, c.openDays) * DAY_MS,
  laufzeit: (c: BeschaffungContext) => Math.max(1, c.termDays) * DAY_MS,
  kuendigungsfrist: (c: BeschaffungContext) => Math.max(1, Math.round(c.noticeDays)) * DAY_MS,
} as const;
export type BeschaffungFrist = keyof typeof BESCHAFFUNG_FRISTEN;

const frist =
  (name: BeschaffungFrist) =>
  ({ context }: { context: BeschaffungContext }): number =>
    BESCHAFFUNG_FRISTEN[name](context);

const m = (meta: StateMeta): StateMeta => meta;

/**
 * The chart only names its actions; the engine carries out those that the compiled steps return
 * (`kapazitaetOeffnen`, `kapazitaetFreigeben`). A contract binds places (and their cost) from `vertrag` until
 * `freigegeben`; notice ends it early, but never later than its term.
 */
export const beschaffungMachine = setup({
  types: { input: {} as BeschaffungInput, context: {} as BeschaffungContext, events: {} as BeschaffungEvent },
  actions: {
    vertragGeschlossen: (_, _p: BeschaffungContext) => {},
    kapazitaetOeffnen: (_, _p: BeschaffungContext) => {},
    kapazitaetFreigeben: (_, _p: BeschaffungContext) => {},
    kuendigungMerken: assign({ noticeDays: ({ event }) => (event.type === 'vertrag.kuendigen' ? event.noticeDays : 0) }),
  },
  delays: {
    bisVertrag: frist('bisVertrag'),
    bisEroeffnung: frist('bisEroeffnung'),
    laufzeit: frist('laufzeit'),
    kuendigungsfrist: frist('kuendigungsfrist'),
  } satisfies Record<BeschaffungFrist, unknown>,
}).createMachine({
  id: 'beschaffung',
  context: ({ input }) => ({ ...input, noticeDays: 0 }),
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
      // Opening is the transition's action, not the entry of `offen`: an extension re-enters `offen` without opening again.
      after: { bisEroeffnung: { target: 'offen', actions: { type: 'kapazitaetOeffnen', params: ({ context }) => context } } },
    },
    offen: {
      meta: m({
        office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
        legalBasis: ['§ 3 LAG'],
        text: { de: 'Die Plätze sind belegbar; sie kosten, ob belegt oder nicht.', en: 'The places can be used; they cost whether used or not.' },
      }),
      // The term runs on in both substates: notice shortens a contract, it never lengthens it.
      after: { laufzeit: 'freigegeben' },
      initial: 'laufend',
      states: {
        laufend: {
          meta: m({
            office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
            legalBasis: ['§ 3 LAG'],
            text: { de: 'Der Vertrag läuft bis zum Ende seiner Laufzeit.', en: 'The contract runs until the end of its term.' },
          }),
          on: {
            'vertrag.kuendigen': { target: 'gekuendigt', actions: 'kuendigungMerken' },
            // At the end of its term a contract whose places are still needed is extended by another term.
            'vertrag.verlaengern': { target: '#beschaffung.offen', reenter: true },
          },
        },
        gekuendigt: {
          meta: m({
            office: { de: 'Landkreis, kreisfreie Stadt oder Gemeinde', en: 'Kreis, city or municipality' },
            legalBasis: ['§ 3 LAG', 'Miet- oder Betreibervertrag (Kündigungsfrist)'],
            text: {
              de: 'Gekündigt: Die Plätze bleiben bis zum Ende der Kündigungsfrist belegbar und bezahlt.',
              en: 'Notice given: the places stay usable and paid for until the notice period ends.',
            },
          }),
          after: { kuendigungsfrist: '#beschaffung.freigegeben' },
          // Places occupied again when the notice period ends: the notice is withdrawn, the contract runs on.
          on: { 'vertrag.fortsetzen': 'laufend' },
        },
      },
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
