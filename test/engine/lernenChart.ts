/** For the trainee-mode tests: the household chart with one more annotated state, as a teacher might add one. */
import { createMachine, type AnyStateMachine } from 'xstate';
import { haushaltMachine } from '../../src/engine/machines/haushalt.ts';
import type { StateMeta } from '../../src/engine/machines/meta.ts';

/** The chart with a court procedure after a rejection: state `verfahren.klage`, reached by `klage.erhoben`. */
export function chartWithKlage(): AnyStateMachine {
  const cfg = structuredClone(haushaltMachine.config) as { states: Record<string, { states: Record<string, Record<string, unknown>> }> };
  const meta: StateMeta = {
    office: { de: 'Verwaltungsgericht Gießen', en: 'Administrative court Gießen' },
    legalBasis: ['§ 74 AsylG', '§ 80 VwGO'],
    text: { de: 'Klage gegen den Bescheid.', en: 'Action against the decision.' },
  };
  const verfahren = cfg.states.verfahren!.states;
  verfahren.klage = { meta, on: { 'bamf.schutz': 'anerkannt' } };
  verfahren.abgelehnt = { ...verfahren.abgelehnt, on: { ...(verfahren.abgelehnt!.on as object), 'klage.erhoben': 'klage' } };
  return createMachine(cfg as never).provide(haushaltMachine.implementations as never);
}
