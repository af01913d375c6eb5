/** The app shell for keyboard and screen-reader users: the scenario chooser, the skip link, the announced date. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../src/ui/i18n/index.ts';
import { computed, renderApp as renderAppShell } from './appHarness.tsx';

/** The app on in-process workers; `runs()` counts the runs started so far (one worker each). */
function renderApp(search = '') {
  const { workers, ...view } = renderAppShell(search);
  const runs = () => workers.created.length;
  const lastScenario = () => {
    const msg = workers.created[workers.created.length - 1]?.received[0];
    return msg?.type === 'run' ? msg.scenario : undefined;
  };
  return { runs, lastScenario, ...view };
}

const chooser = () => screen.getByRole('combobox', { name: MESSAGES.de.scenario });

/** What Chromium does on an arrow key on a closed <select>: keydown, then the next option and a change event. */
function arrowDown(select: HTMLSelectElement) {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  const next = select.options[select.selectedIndex + 1];
  if (next) fireEvent.change(select, { target: { value: next.value } });
}

describe('scenario chooser', () => {
  it('browsing with the arrow keys starts no run; Enter starts one for the chosen scenario', async () => {
    const { runs, lastScenario } = renderApp();
    await computed();
    expect(runs()).toBe(1);
    const select = chooser() as HTMLSelectElement;
    act(() => select.focus());
    for (let i = 0; i < 5; i++) arrowDown(select);
    expect(select.value).toBe(select.options[select.options.length - 1]!.value);
    expect(runs()).toBe(1);
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(runs()).toBe(2);
    expect(lastScenario()).toBe(select.value);
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(runs()).toBe(2);
  });

  it('a browsed choice starts when the field is left', async () => {
    const { runs, lastScenario } = renderApp();
    await computed();
    const select = chooser() as HTMLSelectElement;
    act(() => select.focus());
    arrowDown(select);
    expect(runs()).toBe(1);
    act(() => select.blur());
    expect(runs()).toBe(2);
    expect(lastScenario()).toBe('herbst-2015');
  });

  it('a choice from the list starts at once', async () => {
    const user = userEvent.setup();
    const { runs, lastScenario } = renderApp();
    await computed();
    await user.selectOptions(chooser(), 'zyklus-2014-2019');
    expect(runs()).toBe(2);
    expect(lastScenario()).toBe('zyklus-2014-2019');
  });

  it('offers only scenarios; the file dialog opens from its own button', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    const options = within(chooser()).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['musterkreis', 'herbst-2015', 'zyklus-2014-2019', '2022-2024']);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const click = vi.spyOn(input, 'click').mockImplementation(() => {});
    await user.selectOptions(chooser(), '2022-2024');
    expect(click).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: MESSAGES.de.ownScenario }));
    expect(click).toHaveBeenCalledTimes(1);
  });
});

describe('skip link', () => {
  it('is the first tab stop and leads to the main content', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    const link = screen.getByRole('link', { name: MESSAGES.de.skipToContent });
    expect(document.activeElement).toBe(link);
    const target = document.getElementById(link.getAttribute('href')!.slice(1));
    expect(target).toBe(screen.getByRole('main'));
    expect(target).toHaveAttribute('tabindex', '-1');
  });
});

describe('announced date', () => {
  const liveDate = () => document.querySelector('.run-bar [aria-live="polite"]')!;
  const shownDate = () => document.querySelector('.run-bar output')!.textContent;

  it('announces the date at once on step and seek', async () => {
    const user = userEvent.setup();
    renderApp();
    await computed();
    expect(liveDate()).toHaveTextContent('Datum: 01.01.2024');
    await user.click(screen.getByRole('button', { name: MESSAGES.de.plusDay }));
    expect(liveDate()).toHaveTextContent('Datum: 02.01.2024');
    fireEvent.change(screen.getByRole('slider'), { target: { value: '40' } });
    expect(liveDate()).toHaveTextContent('Datum: 10.02.2024');
  });

  it('stays quiet while playing (at most every few seconds) and announces the date on pause', async () => {
    const user = userEvent.setup();
    renderApp();
    await computed();
    await user.click(screen.getByRole('button', { name: MESSAGES.de.play }));
    await new Promise((r) => setTimeout(r, 1000));
    expect(shownDate()).not.toBe('01.01.2024');
    expect(liveDate()).toHaveTextContent('Datum: 01.01.2024');
    await user.click(screen.getByRole('button', { name: MESSAGES.de.pause }));
    expect(liveDate()).toHaveTextContent(`Datum: ${shownDate()}`);
  });
});
