/** The app shell with a real engine behind an in-process worker: run control, input checks, language. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMMAND, keyboardHelp } from '../../src/ui/app/commands.ts';
import { MESSAGES } from '../../src/ui/i18n/index.ts';
import { computed, renderApp } from './appHarness.tsx';


describe('App', () => {
  it('renders German heading, landmarks, description and attribution by default', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Zuweisungslabor Hessen' })).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Statistisches Bundesamt (Destatis)');
    expect(screen.getByText(MESSAGES.de.description)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    renderApp();
    const button = screen.getByRole('button', { name: 'English' });
    await user.click(button);
    expect(screen.getByText(MESSAGES.en.description)).toBeInTheDocument();
    expect(button).toHaveTextContent('Deutsch');
    expect(document.documentElement.lang).toBe('en');
    await user.click(button);
    expect(screen.getByText(MESSAGES.de.description)).toBeInTheDocument();
  });

  it('computes the start scenario and steps day by day with buttons and keys', async () => {
    const user = userEvent.setup();
    renderApp();
    await computed();
    const bar = screen.getByRole('region', { name: MESSAGES.de.timeline });
    const date = bar.querySelector('output')!;
    expect(date).toHaveTextContent('01.01.2024');
    await user.click(within(bar).getByRole('button', { name: MESSAGES.de.plusDay }));
    expect(date).toHaveTextContent('02.01.2024');
    await user.click(within(bar).getByRole('button', { name: MESSAGES.de.plusWeek }));
    expect(date).toHaveTextContent('09.01.2024');
    await user.click(document.body);
    await user.keyboard('{ArrowLeft}');
    expect(date).toHaveTextContent('08.01.2024');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(date).toHaveTextContent('15.01.2024');
    await user.keyboard('{Home}');
    expect(date).toHaveTextContent('01.01.2024');
  });

  it('play toggles to pause and back (button and space key)', async () => {
    const user = userEvent.setup();
    renderApp();
    await computed();
    await user.click(screen.getByRole('button', { name: MESSAGES.de.play }));
    expect(screen.getByRole('button', { name: MESSAGES.de.pause })).toHaveAttribute('aria-pressed', 'true');
    await user.click(document.body);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: MESSAGES.de.play })).toHaveAttribute('aria-pressed', 'false');
  });

  it('disables the run bar until the first days arrive, then enables it from the run control', async () => {
    renderApp();
    const bar = screen.getByRole('region', { name: MESSAGES.de.timeline });
    expect(within(bar).getByRole('button', { name: MESSAGES.de.play })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: COMMAND['cursor.rewind'].label.de })).toBeDisabled();
    expect(within(bar).getByRole('slider')).toBeDisabled();
    await computed();
    expect(within(bar).getByRole('button', { name: MESSAGES.de.play })).toBeEnabled();
    expect(within(bar).getByRole('button', { name: COMMAND['cursor.rewind'].label.de })).toBeEnabled();
    expect(within(bar).getByRole('slider')).toBeEnabled();
  });

  it('names each button’s keys from the command list, and shows the keyboard help', async () => {
    const user = userEvent.setup();
    renderApp();
    const bar = screen.getByRole('region', { name: MESSAGES.de.timeline });
    const play = within(bar).getByRole('button', { name: MESSAGES.de.play });
    expect(play).toHaveAttribute('aria-keyshortcuts', 'Space');
    expect(play).toHaveAttribute('title', 'Abspielen/Anhalten (Leertaste)');
    const week = within(bar).getByRole('button', { name: MESSAGES.de.plusWeek });
    expect(week).toHaveAttribute('aria-keyshortcuts', 'Shift+ArrowRight');
    expect(week).toHaveAttribute('title', 'Eine Woche vor (Umschalt+→)');
    expect(within(bar).getByRole('button', { name: 'Einen Tag zurück' })).toHaveAttribute('aria-keyshortcuts', 'ArrowLeft');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(keyboardHelp('de'));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(within(bar).getByRole('button', { name: 'Back to the start' })).toHaveAttribute('title', 'Back to the start (Home)');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(keyboardHelp('en'));
  });

  it('changes the speed with + and −', async () => {
    const user = userEvent.setup();
    renderApp();
    await computed();
    const speed = screen.getByRole('combobox', { name: MESSAGES.de.speed });
    expect(speed).toHaveDisplayValue(`7 ${MESSAGES.de.daysPerSecond}`);
    await user.click(document.body);
    await user.keyboard('+');
    expect(speed).toHaveDisplayValue(`14 ${MESSAGES.de.daysPerSecond}`);
    await user.keyboard('--');
    expect(speed).toHaveDisplayValue(`2 ${MESSAGES.de.daysPerSecond}`);
  });

  it('rejects a bad seed with a message naming the field and keeps the run', async () => {
    const user = userEvent.setup();
    const { session } = renderApp();
    await computed();
    const before = session.getState().data;
    await user.type(screen.getByLabelText(MESSAGES.de.seed), 'abc');
    await user.click(screen.getByRole('button', { name: MESSAGES.de.compute }));
    expect(screen.getByRole('alert')).toHaveTextContent('Seed: „abc“ ist keine ganze Zahl');
    expect(session.getState().data).toBe(before);
  });

  it('names bad URL parameters and starts with the defaults', async () => {
    renderApp('?szenario=mars&seed=x');
    const alert = screen.getAllByRole('alert')[0]!;
    expect(alert).toHaveTextContent('„szenario“');
    expect(alert).toHaveTextContent('„seed“');
    await computed();
  });

  it('a rejected policy keeps the previous run and lists the field', async () => {
    const { session } = renderApp();
    await computed();
    const before = session.getState().data;
    await act(async () => {
      session.run({ scenario: 'musterkreis', options: { kreisPolicy: 'zufall' } });
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(await screen.findByText(/policies\.kreis/)).toBeInTheDocument();
    expect(session.getState().data).toBe(before);
  });

  it('offers to cancel a run while it computes; cancelling brings the previous run back', async () => {
    const { session } = renderApp();
    await computed();
    const before = session.getState().data;
    expect(screen.queryByRole('button', { name: MESSAGES.de.cancelRun })).toBeNull();
    act(() => session.run({ scenario: 'musterkreis', options: { seed: 3 } }));
    // Clicked before the (in-process) worker gets to run: the run is still computing.
    fireEvent.click(screen.getByRole('button', { name: MESSAGES.de.cancelRun }));
    expect(session.getState().status).toBe('ready');
    expect(session.getState().data).toBe(before);
    expect(screen.queryByRole('button', { name: MESSAGES.de.cancelRun })).toBeNull();
  });
});
