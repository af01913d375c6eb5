/**
 * The situation of an accommodating unit (Erstaufnahme site, Kreis, Gemeinde):
 * normal → angespannt → überlastet → Notbetrieb, with the actions each transition triggers.
 */
import { assign, setup } from 'xstate';
import type { StateMeta } from './meta.ts';

export interface LageSchwellen {
  /** Occupancy (persons / regular places) thresholds; a unit steps down only `hysteresis` below them. */
  readonly angespannt: number;
  readonly ueberlastet: number;
  readonly notbetrieb: number;
  readonly hysteresis: number;
}

export interface LageInput {
  readonly unit: number;
  readonly schwellen: LageSchwellen;
}

export type LageEvent = { type: 'auslastung.gemeldet'; auslastung: number };

export const LAGE_STATES = ['normal', 'angespannt', 'ueberlastet', 'notbetrieb'] as const;
export type LageState = (typeof LAGE_STATES)[number];

const m = (meta: StateMeta): StateMeta => meta;

/** Boundaries at which a unit's situation may change, sorted; the engine reports occupancy only when it crosses one. */
export function lageBoundaries(s: LageSchwellen): number[] {
  return [s.angespannt - s.hysteresis, s.angespannt, s.ueberlastet - s.hysteresis, s.ueberlastet, s.notbetrieb - s.hysteresis, s.notbetrieb].sort(
    (a, b) => a - b,
  );
}

/** Index of the band between boundaries that an occupancy falls in. */
export function lageBand(boundaries: readonly number[], auslastung: number): number {
  let i = 0;
  while (i < boundaries.length && auslastung >= (boundaries[i] as number)) i++;
  return i;
}

/**
 * Actions are declared here and implemented by the engine through `.provide()`:
 * `beschaffungAnstossen` (ask the procurement strategy for places), `zuweisungsstoppBeantragen` /
 * `zuweisungsstoppAufheben` (signal to the Land), `notunterkunftEroeffnen` (emergency places).
 */
export const lageMachine = setup({
  types: {
    input: {} as LageInput,
    context: {} as LageInput & { auslastung: number },
    events: {} as LageEvent,
  },
  actions: {
    beschaffungAnstossen: (_, _params: { unit: number }) => {},
    zuweisungsstoppBeantragen: (_, _params: { unit: number }) => {},
    zuweisungsstoppAufheben: (_, _params: { unit: number }) => {},
    notunterkunftEroeffnen: (_, _params: { unit: number }) => {},
    lageGewechselt: (_, _params: { unit: number }) => {},
    merken: assign({ auslastung: ({ event }) => event.auslastung }),
  },
  guards: {
    abAngespannt: ({ context }, p: { a: number }) => p.a >= context.schwellen.angespannt,
    abUeberlastet: ({ context }, p: { a: number }) => p.a >= context.schwellen.ueberlastet,
    abNotbetrieb: ({ context }, p: { a: number }) => p.a >= context.schwellen.notbetrieb,
    unterAngespannt: ({ context }, p: { a: number }) => p.a < context.schwellen.angespannt - context.schwellen.hysteresis,
    unterUeberlastet: ({ context }, p: { a: number }) => p.a < context.schwellen.ueberlastet - context.schwellen.hysteresis,
    unterNotbetrieb: ({ context }, p: { a: number }) => p.a < context.schwellen.notbetrieb - context.schwellen.hysteresis,
  },
}).createMachine({
  id: 'lage',
  context: ({ input }) => ({ ...input, auslastung: 0 }),
  initial: 'normal',
  on: { 'auslastung.gemeldet': { actions: 'merken', reenter: false } },
  states: {
    normal: {
      meta: m({
        office: { de: 'Unterbringungsträger', en: 'Accommodating body' },
        legalBasis: ['§ 3 LAG'],
        text: { de: 'Ausreichend freie Plätze.', en: 'Enough free places.' },
      }),
      on: {
        'auslastung.gemeldet': [
          { target: 'notbetrieb', guard: { type: 'abNotbetrieb', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { target: 'ueberlastet', guard: { type: 'abUeberlastet', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { target: 'angespannt', guard: { type: 'abAngespannt', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { actions: 'merken' },
        ],
      },
    },
    angespannt: {
      entry: [
        { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) },
        { type: 'beschaffungAnstossen', params: ({ context }) => ({ unit: context.unit }) },
      ],
      meta: m({
        office: { de: 'Unterbringungsträger', en: 'Accommodating body' },
        legalBasis: ['§ 3 LAG'],
        text: { de: 'Die Plätze werden knapp; neue Plätze werden beschafft.', en: 'Places are running short; new places are procured.' },
      }),
      on: {
        'auslastung.gemeldet': [
          { target: 'notbetrieb', guard: { type: 'abNotbetrieb', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { target: 'ueberlastet', guard: { type: 'abUeberlastet', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { target: 'normal', guard: { type: 'unterAngespannt', params: ({ event }) => ({ a: event.auslastung }) }, actions: ['merken', { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) }] },
          { actions: 'merken' },
        ],
      },
    },
    ueberlastet: {
      entry: [
        { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) },
        { type: 'zuweisungsstoppBeantragen', params: ({ context }) => ({ unit: context.unit }) },
        { type: 'beschaffungAnstossen', params: ({ context }) => ({ unit: context.unit }) },
      ],
      exit: [{ type: 'zuweisungsstoppAufheben', params: ({ context }) => ({ unit: context.unit }) }],
      meta: m({
        office: { de: 'Unterbringungsträger; Meldung an das Regierungspräsidium Darmstadt', en: 'Accommodating body; report to Regierungspräsidium Darmstadt' },
        legalBasis: ['§ 3 LAG', '§ 2 LAG'],
        text: {
          de: 'Alle regulären Plätze belegt; Neuzugänge kommen in Notunterkünfte; der Träger bittet um einen Zuweisungsstopp.',
          en: 'All regular places taken; new arrivals go to emergency shelters; the body asks for a halt to Zuweisungen.',
        },
      }),
      on: {
        'auslastung.gemeldet': [
          { target: 'notbetrieb', guard: { type: 'abNotbetrieb', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { target: 'normal', guard: { type: 'unterAngespannt', params: ({ event }) => ({ a: event.auslastung }) }, actions: ['merken', { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) }] },
          { target: 'angespannt', guard: { type: 'unterUeberlastet', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { actions: 'merken' },
        ],
      },
    },
    notbetrieb: {
      entry: [
        { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) },
        { type: 'zuweisungsstoppBeantragen', params: ({ context }) => ({ unit: context.unit }) },
        { type: 'notunterkunftEroeffnen', params: ({ context }) => ({ unit: context.unit }) },
      ],
      exit: [{ type: 'zuweisungsstoppAufheben', params: ({ context }) => ({ unit: context.unit }) }],
      meta: m({
        office: { de: 'Unterbringungsträger mit Katastrophen- und Ordnungsrecht', en: 'Accommodating body using emergency powers' },
        legalBasis: ['§ 3 LAG', 'HSOG (Unterbringung zur Abwehr von Obdachlosigkeit)'],
        text: {
          de: 'Notbetrieb: Turnhallen, Zelte und Leichtbauhallen werden als Notunterkunft geöffnet.',
          en: 'Emergency mode: gyms, tents and lightweight halls are opened as emergency shelters.',
        },
      }),
      on: {
        'auslastung.gemeldet': [
          { target: 'normal', guard: { type: 'unterAngespannt', params: ({ event }) => ({ a: event.auslastung }) }, actions: ['merken', { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) }] },
          { target: 'angespannt', guard: { type: 'unterUeberlastet', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { target: 'ueberlastet', guard: { type: 'unterNotbetrieb', params: ({ event }) => ({ a: event.auslastung }) }, actions: 'merken' },
          { actions: 'merken' },
        ],
      },
    },
  },
});
