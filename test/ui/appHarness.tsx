/** The app shell on in-process engine workers, for component tests: render it, wait for a run, clean up after each test. */
import { render, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import { Session } from '../../src/ui/data/session.ts';
import { fakeWorkers } from './fakeWorker.ts';

let sessions: Session[] = [];
afterEach(() => {
  sessions.forEach((s) => s.dispose());
  sessions = [];
});

/** Renders the app for a URL query; `workers.created` lists one worker per run started. */
export function renderApp(search = '') {
  const workers = fakeWorkers();
  const session = new Session(workers.create);
  sessions.push(session);
  const view = render(<App session={session} search={search} />);
  return { session, workers, ...view };
}

/** Waits until a run is computed (the status names its time). */
export async function computed(): Promise<void> {
  await screen.findByText(/berechnet in|computed in/, {}, { timeout: 10_000 });
}
