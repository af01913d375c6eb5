/** The command list: keys → commands on the page, the help text and key hints made from it, and the README table. */
import { readFileSync } from 'node:fs';
import { fireEvent, render, renderHook } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { README, withKeyboardTable } from '../../scripts/readme-keys.ts';
import { ariaKeys, COMMAND, commandForKey, COMMANDS, eventOf, keyboardHelp, keysText } from '../../src/ui/app/commands.ts';
import { useCommandKeys } from '../../src/ui/app/useCommandKeys.ts';
import type { RunControlEvent } from '../../src/ui/machines/runControl.ts';

const press = (key: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('command list', () => {
  it('has unique ids and binds no key twice', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const keys = COMMANDS.flatMap((c) => c.keys.map((k) => `${k.shift ? 'Shift+' : ''}${k.key}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds each command by its keys; Shift tells day from week; Alt, Ctrl and Meta are left to the browser', () => {
    for (const c of COMMANDS) for (const k of c.keys) expect(commandForKey(press(k.key, { shiftKey: k.shift ?? false }), c.scope)).toBe(c);
    expect(commandForKey(press('ArrowRight'))).toBe(COMMAND['cursor.dayForward']);
    expect(commandForKey(press('ArrowRight', { shiftKey: true }))).toBe(COMMAND['cursor.weekForward']);
    // “+” needs Shift on many layouts: it still means faster.
    expect(commandForKey(press('+', { shiftKey: true }))).toBe(COMMAND['speed.faster']);
    expect(commandForKey(press('ArrowRight', { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(press('Home', { altKey: true }))).toBeUndefined();
    expect(commandForKey(press('x'))).toBeUndefined();
  });

  it('keeps the keys of the lecturer mode to that mode: digits choose chapters, Escape leaves', () => {
    expect(commandForKey(press('3'))).toBeUndefined();
    expect(commandForKey(press('Escape'))).toBeUndefined();
    const chapter = commandForKey(press('3'), 'vortrag')!;
    expect(eventOf(chapter, '3')).toEqual({ type: 'chapter.goto', index: 2 });
    expect(eventOf(commandForKey(press('Escape'), 'vortrag')!, 'Escape')).toEqual({ type: 'vortrag.leave' });
    expect(eventOf(commandForKey(press('F'), 'vortrag')!, 'F')).toEqual({ type: 'vortrag.fullscreen' });
    expect(commandForKey(press(' '), 'vortrag')).toBeUndefined();
    expect(keyboardHelp('de', 'vortrag')).toContain('1–9 Kapitel wählen');
    expect(keyboardHelp('de', 'vortrag')).not.toContain('Leertaste');
  });

  it('writes the help line and the ARIA key names from the list', () => {
    expect(keyboardHelp('de')).toBe(
      'Tastatur: Leertaste Abspielen/Anhalten · ← Einen Tag zurück · → Einen Tag vor · Umschalt+← Eine Woche zurück · ' +
        'Umschalt+→ Eine Woche vor · + Schneller · − Langsamer · Pos1 Zurück zum Anfang',
    );
    for (const c of COMMANDS) expect(keyboardHelp('en', c.scope)).toContain(`${keysText(c, 'en')} ${c.label.en}`);
    expect(ariaKeys(COMMAND['playback.toggle'])).toBe('Space');
    expect(ariaKeys(COMMAND['cursor.weekBack'])).toBe('Shift+ArrowLeft');
    expect(ariaKeys(COMMAND['speed.faster'])).toBe('Plus');
  });

  it('the keyboard table in README.md is the one generated from the list (else run: npm run docs:keys)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(withKeyboardTable(readme));
    for (const c of COMMANDS) expect(readme).toContain(`| ${keysText(c, 'en')} | ${c.label.en} |`);
  });
});

describe('keys on the page', () => {
  function listen() {
    const send = vi.fn<(e: RunControlEvent) => void>();
    renderHook(() => useCommandKeys({ send }));
    return send;
  }

  it('send each command’s event to the run control', async () => {
    const user = userEvent.setup();
    const send = listen();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await user.keyboard('+');
    await user.keyboard('-');
    await user.keyboard('{Home}');
    expect(send.mock.calls.map(([e]) => e)).toEqual(
      (['playback.toggle', 'cursor.dayForward', 'cursor.weekBack', 'speed.faster', 'speed.slower', 'cursor.rewind'] as const).map(
        (id) => COMMAND[id].event,
      ),
    );
  });

  it('keep Space from scrolling the page, and leave other keys alone', () => {
    listen();
    expect(fireEvent.keyDown(document.body, { key: ' ' })).toBe(false);
    expect(fireEvent.keyDown(document.body, { key: 'x' })).toBe(true);
  });

  it('are not shortcuts while typing in a field, or when Space presses a focused button', async () => {
    const user = userEvent.setup();
    const send = listen();
    const { getByRole } = render(
      <div>
        <input aria-label="Seed" />
        <button type="button">Knopf</button>
      </div>,
    );
    await user.click(getByRole('textbox'));
    await user.keyboard('+- {Home}');
    await user.click(getByRole('button'));
    await user.keyboard(' ');
    expect(send).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    expect(send).toHaveBeenCalledWith(COMMAND['cursor.dayForward'].event);
  });

  it('stop when the component goes', async () => {
    const user = userEvent.setup();
    const send = vi.fn<(e: RunControlEvent) => void>();
    const { unmount } = renderHook(() => useCommandKeys({ send }));
    unmount();
    await user.keyboard(' ');
    expect(send).not.toHaveBeenCalled();
  });
});
