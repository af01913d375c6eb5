/** An in-process stand-in for the engine worker: runs the real engine and delivers messages asynchronously. */
import type { WorkerLike } from '../../src/ui/data/session.ts';
import { handleRun } from '../../src/worker/engine.worker.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

export interface FakeWorker extends WorkerLike {
  terminated: boolean;
  received: ToWorker[];
}

/** Creates workers that run the engine on the next macrotask; `created` lists them all. */
export function fakeWorkers(): { create: () => FakeWorker; created: FakeWorker[] } {
  const created: FakeWorker[] = [];
  const create = (): FakeWorker => {
    const w: FakeWorker = {
      terminated: false,
      received: [],
      onmessage: null,
      onerror: null,
      postMessage(msg: ToWorker) {
        w.received.push(msg);
        setTimeout(() => {
          const out: FromWorker[] = [];
          handleRun(msg, { postMessage: (m) => out.push(m) });
          for (const m of out) {
            if (w.terminated) return;
            w.onmessage?.({ data: m });
          }
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
