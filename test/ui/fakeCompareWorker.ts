/** In-process stand-ins for the comparison worker: the real handler, answering on the next macrotask; runs can be made to fail. */
import type { CompareWorkerLike } from '../../src/ui/data/comparePool.ts';
import { compareHandler, type FromCompareWorker, type ToCompareWorker } from '../../src/worker/compare.worker.ts';

export interface FakeCompareWorker extends CompareWorkerLike {
  terminated: boolean;
  received: ToCompareWorker[];
}

/** `failRun`: that run's worker reports an error; `crashRun`: its worker fails as a whole (onerror). */
export function fakeCompareWorkers(options: { failRun?: number; crashRun?: number } = {}) {
  const created: FakeCompareWorker[] = [];
  const create = (): FakeCompareWorker => {
    // What the handler posts goes to the worker's listener (after it was created, below).
    const handle = compareHandler({ postMessage: (m) => !w.terminated && w.onmessage?.({ data: m }) });
    const w: FakeCompareWorker = {
      terminated: false,
      received: [],
      onmessage: null,
      onerror: null,
      postMessage(msg) {
        w.received.push(msg);
        setTimeout(() => {
          if (w.terminated) return;
          if (msg.type === 'run' && msg.id === options.crashRun) {
            w.onerror?.({ message: 'out of memory' });
            return;
          }
          if (msg.type === 'run' && msg.id === options.failRun) {
            const error: FromCompareWorker = { type: 'error', id: msg.id, message: 'the run took too long' };
            w.onmessage?.({ data: error });
          } else handle(msg);
        }, 0);
      },
      terminate() {
        w.terminated = true;
      },
    };
    created.push(w);
    return w;
  };
  return { create, created };
}
