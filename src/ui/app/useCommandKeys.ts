/** The keyboard shortcuts of the command list, heard on the whole page and sent to the run control. */
import { useEffect } from 'react';
import type { RunControlEvent } from '../machines/runControl.ts';
import { commandForKey } from './commands.ts';

/** Keys typed into a field, or Space on a focused button (which presses it), are not shortcuts. */
function belongsToFocus(e: KeyboardEvent): boolean {
  const el = e.target instanceof Element ? e.target : null;
  if (!el) return false;
  return el.closest('input, select, textarea, [contenteditable="true"]') !== null || (el.tagName === 'BUTTON' && e.key === ' ');
}

export function useCommandKeys(actor: { send(event: RunControlEvent): void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (belongsToFocus(e)) return;
      const command = commandForKey(e);
      if (!command) return;
      // Also when the run control ignores it: Space would otherwise scroll the page.
      e.preventDefault();
      actor.send(command.event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actor]);
}
