/**
 * Keeps the own scenario on screen in step with the saved entry it was opened from: the entry is the one place its name
 * comes from, so a rename (from the panel or anywhere else that saves it) reaches the menu, the Szenario view, the
 * editor and exports, and a deletion leaves the scenario on screen as not saved (the URL then drops `eigen`).
 */
import { useEffect, useRef } from 'react';
import { useChoice } from '../app/choice.tsx';
import { useStorage } from './api.ts';

export function FollowSavedEntry() {
  const storage = useStorage();
  const { choice, followEntry } = useChoice();
  // The latest entry and callback, for changes that arrive between renders.
  const latest = useRef({ id: choice.own?.savedId, followEntry });
  latest.current = { id: choice.own?.savedId, followEntry };
  useEffect(() => {
    if (!storage) return;
    let live = true;
    const off = storage.subscribe(() => {
      const id = latest.current.id;
      if (id === undefined) return;
      void storage.load(id).then(
        (entry) => {
          if (live) latest.current.followEntry(id, entry ? { name: entry.name } : null);
        },
        // An entry that cannot be read now is left as it is: the panel names problems of the storage.
        () => undefined,
      );
    });
    return () => {
      live = false;
      off();
    };
  }, [storage]);
  return null;
}
