/** The keyboard shortcuts of the command list, heard on the whole page and sent to the run control (or the lecturer mode). */
import { useEffect } from 'react';
import type { RunControlEvent } from '../machines/runControl.ts';
import { commandForKey, eventOf, type CommandScope, type PresentationEvent } from './commands.ts';

/** Keys typed into a field, or Space on a focused button (which presses it), are not shortcuts. */
function belongsToFocus(e: KeyboardEvent): boolean {
  const el = e.target instanceof Element ? e.target : null;
  if (!el) return false;
  return el.closest('input, select, textarea, [contenteditable="true"]') !== null || (el.tagName === 'BUTTON' && e.key === ' ');
}

/** The commands of one scope, sent to `actor` while it is given (null: not listening). */
export function useScopeKeys<E extends RunControlEvent | PresentationEvent>(scope: CommandScope, actor: { send(event: E): void } | null): void {
  useEffect(() => {
    if (!actor) return;
    const onKey = (e: KeyboardEvent) => {
      if (belongsToFocus(e)) return;
      const command = commandForKey(e, scope);
      if (!command) return;
      // Also when the receiver ignores it: Space would otherwise scroll the page.
      e.preventDefault();
      actor.send(eventOf(command, e.key) as E);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope, actor]);
}

export function useCommandKeys(actor: { send(event: RunControlEvent): void }): void {
  useScopeKeys('run', actor);
}
