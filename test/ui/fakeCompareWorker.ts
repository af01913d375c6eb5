/** In-process stand-ins for the comparison worker: the real handler, answering on the next macrotask; runs can be made to fail. */
import type { CompareWorkerLike } from '../../src/ui/data/comparePool.ts';
import { handleCompare, type FromCompareWorker, type ToCompareWorker } from '../../src/worker/compare.worker.ts';

export interface FakeCompareWorker extends CompareWorkerLike {
  terminated: boolean;
  received: ToCompareWorker[];
}

/** `failRun`: that run's worker reports an error; `crashRun`: its worker fails as a whole (onerror). */
export function fakeCompareWorkers(options: { failRun?: number; crashRun?: number } = {}) {
  const created: FakeCompareWorker[] = [];
  const create = (): FakeCompareWorker => {
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
          const out: FromCompareWorker[] = [];
          if (msg.type === 'run' && msg.id === options.failRun) out.push({ type: 'error', id: msg.id, message: 'the run took too long' });
          else handleCompare(msg, { postMessage: (m) => out.push(m) });
          for (const m of out) w.onmessage?.({ data: m });
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
