/** Opens the browser's storage once for the page: the storage when open, or why there is none; and a promise of it for the first run. */
import { useEffect, useMemo, useState } from 'react';
import type { Storage, StorageProblem } from './api.ts';
import { openIdbStorage } from './idb.ts';

export interface BrowserStorage {
  /** The storage once open; null while opening and when it cannot be opened. */
  readonly storage: Storage | null;
  /** Why it cannot be opened. */
  readonly problem: StorageProblem | null;
  /** Settles once opening has ended: the storage, or null. */
  readonly opened: Promise<Storage | null>;
}

export function useBrowserStorage(open: () => Promise<{ readonly storage: Storage } | { readonly problem: StorageProblem }> = openIdbStorage): BrowserStorage {
  const opening = useMemo(() => open(), [open]);
  const opened = useMemo(() => opening.then((r) => ('storage' in r ? r.storage : null)), [opening]);
  const [state, setState] = useState<{ storage: Storage | null; problem: StorageProblem | null }>({ storage: null, problem: null });
  useEffect(() => {
    let live = true;
    void opening.then((r) => {
      if (live) setState('storage' in r ? { storage: r.storage, problem: null } : { storage: null, problem: r.problem });
    });
    return () => {
      live = false;
    };
  }, [opening]);
  return { ...state, opened };
}
