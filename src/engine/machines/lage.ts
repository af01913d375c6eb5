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

/** The situations a unit steps up into, in ascending order, each at the threshold of the same name. */
export const LAGE_STUFEN = ['angespannt', 'ueberlastet', 'notbetrieb'] as const satisfies readonly (LageState & keyof LageSchwellen)[];
export type LageStufe = (typeof LAGE_STUFEN)[number];

/**
 * The one statement of where a situation begins and ends: a unit reaches `stufe` at an occupancy of `ab` or more,
 * and falls below it only under `unter` (the hysteresis keeps it from flapping). The chart's guards and the
 * boundaries at which the engine asks the chart are both read from here.
 */
export function lageGrenzen(s: LageSchwellen, stufe: LageStufe): { readonly ab: number; readonly unter: number } {
  return { ab: s[stufe], unter: s[stufe] - s.hysteresis };
}

/**
 * The occupancy a unit reports to its chart: persons (Notunterkunft included) ÷ regular places — but at least the
 * threshold of `angespannt` while any of its persons are in Notunterkunft, so that a unit whose people sit in
 * emergency shelters is never in a normal situation, however many of its places stand free (places too few for a
 * family, or of the wrong type). A Kreis reports with its Gemeinden.
 */
export function gemeldeteAuslastung(persons: number, places: number, notunterkunft: number, s: LageSchwellen): number {
  const a = places > 0 ? persons / places : persons > 0 ? 9.99 : 0;
  return notunterkunft > 0 ? Math.max(a, lageGrenzen(s, 'angespannt').ab) : a;
}

/** Boundaries at which a unit's situation may change, sorted; the engine reports occupancy only when it crosses one. */
export function lageBoundaries(s: LageSchwellen): number[] {
  return LAGE_STUFEN.flatMap((stufe) => {
    const g = lageGrenzen(s, stufe);
    return [g.unter, g.ab];
  }).sort((a, b) => a - b);
}

/** Index of the band between boundaries that an occupancy falls in (a value on a boundary belongs to the band above). */
export function lageBand(boundaries: readonly number[], auslastung: number): number {
  let i = 0;
  while (i < boundaries.length && auslastung >= (boundaries[i] as number)) i++;
  return i;
}

type GrenzParams = { a: number; stufe: LageStufe };
/** Guard references of the chart: the reported occupancy has reached `stufe`, or fallen below it. */
const ab = (stufe: LageStufe) => ({ type: 'ab' as const, params: ({ event }: { event: LageEvent }): GrenzParams => ({ a: event.auslastung, stufe }) });
const unter = (stufe: LageStufe) => ({ type: 'unter' as const, params: ({ event }: { event: LageEvent }): GrenzParams => ({ a: event.auslastung, stufe }) });

/**
 * The chart only names its actions; the engine carries out those that the compiled rows return:
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
    ab: ({ context }, p: GrenzParams) => p.a >= lageGrenzen(context.schwellen, p.stufe).ab,
    unter: ({ context }, p: GrenzParams) => p.a < lageGrenzen(context.schwellen, p.stufe).unter,
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
          { target: 'notbetrieb', guard: ab('notbetrieb'), actions: 'merken' },
          { target: 'ueberlastet', guard: ab('ueberlastet'), actions: 'merken' },
          { target: 'angespannt', guard: ab('angespannt'), actions: 'merken' },
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
          { target: 'notbetrieb', guard: ab('notbetrieb'), actions: 'merken' },
          { target: 'ueberlastet', guard: ab('ueberlastet'), actions: 'merken' },
          { target: 'normal', guard: unter('angespannt'), actions: ['merken', { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) }] },
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
          { target: 'notbetrieb', guard: ab('notbetrieb'), actions: 'merken' },
          { target: 'normal', guard: unter('angespannt'), actions: ['merken', { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) }] },
          { target: 'angespannt', guard: unter('ueberlastet'), actions: 'merken' },
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
          { target: 'normal', guard: unter('angespannt'), actions: ['merken', { type: 'lageGewechselt', params: ({ context }) => ({ unit: context.unit }) }] },
          { target: 'angespannt', guard: unter('ueberlastet'), actions: 'merken' },
          { target: 'ueberlastet', guard: unter('notbetrieb'), actions: 'merken' },
          { actions: 'merken' },
        ],
      },
    },
  },
});
