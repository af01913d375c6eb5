/**
 * The lecturer mode in the app: a chapter script whose unit the run does not have is reported once the run has
 * started, naming the chapter and the field in the language of the UI (as URL problems are), and the URL keeps the
 * script and chapter.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCRIPTS } from '../../src/ui/views/vortrag/scripts/index.ts';
import { renderApp } from './appHarness.tsx';

async function chooseScript(text: string) {
  await act(async () => {
    const input = screen.getByLabelText('Eigenes Kapitelskript (JSON) …', { selector: 'input' });
    fireEvent.change(input, { target: { files: [new File([text], 'kapitel.json', { type: 'application/json' })] } });
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('chapter script against its run', () => {
  it('names a chapter unit the run does not have, with chapter and field', async () => {
    renderApp('?vortrag');
    const script = structuredClone(BUILTIN_SCRIPTS.musterkreis!);
    script.chapters[1]!.unit = '06999';
    await chooseScript(JSON.stringify(script));
    const notice = await screen.findByText(/Kapitelskript „Erste Stunde: ein Musterland“ passt nicht zum Lauf/, {}, { timeout: 10_000 });
    const box = notice.closest('[role="alert"]')!;
    expect(box.textContent).toContain('chapters[1].unit');
    expect(box.textContent).toContain('Kapitel 2 („Zuweisung an die Kreise“): Die Einheit „06999“ gibt es im Lauf von „musterkreis“ nicht');
  }, 30_000);

  it('reports nothing for the shipped script, and keeps its chapter in the URL', async () => {
    renderApp('?kapitel=musterkreis.2');
    await screen.findByText('Kapitel 2 von 4', {}, { timeout: 10_000 });
    expect(new URLSearchParams(location.search).get('kapitel')).toBe('musterkreis.2');
    await act(async () => {
      fireEvent.keyDown(window, { key: '3' });
      await new Promise((r) => setTimeout(r, 20));
    });
    await screen.findByText('Kapitel 3 von 4');
    expect(new URLSearchParams(location.search).get('kapitel')).toBe('musterkreis.3');
    expect(screen.queryByText(/passt nicht zum Lauf/)).toBeNull();
  }, 30_000);
});
