/** The Szenario view shows the run's KPIs as the command line prints them: value, unit, definition. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatKpiTable } from '../../src/cli/format.ts';
import { computed, renderApp } from './appHarness.tsx';

describe('Kennzahlen des Laufs', () => {
  it('lists every KPI of the run with the command line’s value and unit, and its definition', async () => {
    const user = userEvent.setup();
    const { session } = renderApp('?szenario=musterkreis&ansicht=szenario&seed=4');
    await computed();
    await user.click(screen.getByText('Kennzahlen des Laufs'));
    const table = within(screen.getByRole('region', { name: 'Kennzahlen des Laufs' })).getByRole('table');
    const kpis = session.getState().data!.kpis;
    expect(within(table).getAllByRole('row')).toHaveLength(kpis.length + 1);
    const vacancy = within(table).getByRole('rowheader', { name: /Kosten leerstehender Vertragsplätze/ });
    expect(vacancy).toHaveAttribute('title', expect.stringContaining('Platzkosten leerer Plätze'));
    // The CLI's table line of the same KPI holds the value and unit shown.
    const cli = formatKpiTable(kpis, 'de').split('\n').find((l) => l.startsWith('Kosten leerstehender Vertragsplätze'))!;
    const cells = within(vacancy.closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(cli).toContain(`${cells[0]}  ${cells[1]}`);
  }, 30_000);
});
