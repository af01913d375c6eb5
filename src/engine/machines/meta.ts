/** The annotation every state carries: who is responsible, on which legal basis, what happens (de/en). */
import type { AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';

export interface I18nText {
  readonly de: string;
  readonly en: string;
}

export interface StateMeta {
  /** The responsible office (Zuständigkeit). */
  readonly office: I18nText;
  /** Legal bases, as cited in Hessian administrative practice. */
  readonly legalBasis: readonly string[];
  /** What happens in this state. */
  readonly text: I18nText;
  /** Typical duration, if the model has one (free text for trainees). */
  readonly duration?: I18nText;
}

/**
 * The meta of a state of `machine`, by its path below the root ("normal", "aufenthalt.kreis"); undefined for a
 * path the chart does not have or a state without meta.
 */
export function stateMeta(machine: AnyStateMachine, path: string): StateMeta | undefined {
  const node = getStateNodes(machine).find((n) => n.path.join('.') === path);
  return node?.meta as StateMeta | undefined;
}

/**
 * The annotations of the chart's transitions taken on an event, in chart order: a transition may carry `meta` as a
 * state does, where the move itself has a responsible office of its own.
 */
export function transitionMeta(machine: AnyStateMachine, event: string): StateMeta[] {
  const out: StateMeta[] = [];
  for (const node of getStateNodes(machine)) for (const t of node.transitions.get(event) ?? []) if (t.meta) out.push(t.meta as StateMeta);
  return out;
}
