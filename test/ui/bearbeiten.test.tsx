/** Szenario bearbeiten in the app: fields checked on entry, capacity tables, CSV import, undo and redo, Übernehmen. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { computed, renderApp } from './appHarness.tsx';
import type { FakeWorker } from './fakeWorker.ts';

/** The scenario the last run request handed to a worker. */
const lastSent = (workers: { created: FakeWorker[] }) => workers.created.at(-1)!.received[0]!.scenario as Scenario;

async function openEditor(search = '?ansicht=bearbeiten') {
  const user = userEvent.setup();
  const app = renderApp(search);
  await computed();
  await screen.findByRole('heading', { name: 'Szenario bearbeiten', level: 2 });
  return { user, ...app };
}

const section = (name: string) => screen.getByRole('button', { name });
const kreisTable = () => screen.getByRole('table', { name: /^Kreise/ });
const gemeindeTable = () => screen.getByRole('table', { name: /^Gemeinden/ });
const changes = () => screen.getByText(/\d+ Änderung/);

describe('Szenario bearbeiten', () => {
  it('an out-of-range capacity is named with its bound and does not enter the draft', async () => {
    const { user } = await openEditor();
    await user.click(section('Plätze der Kreise und Gemeinden'));
    const cell = within(kreisTable()).getByRole('textbox', { name: 'Gemeinschaftsunterkünfte (GU), Stadt Bergheim' });
    const before = (cell as HTMLInputElement).value;
    await user.clear(cell);
    await user.type(cell, '2000000');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Gemeinschaftsunterkünfte (GU), Stadt Bergheim: darf höchstens 1.000.000 Plätze sein');
    expect(cell).toHaveValue('2000000');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(changes()).toHaveTextContent('0 Änderungen');
    expect(before).not.toBe('2000000');
  });
});
