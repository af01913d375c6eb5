/** A scenario's problems in the app's language: a rejected file, a broken share link and a refused comparison plan. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/engine/compare/plan.ts';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import { MESSAGES } from '../../src/ui/i18n/index.ts';
import { decodeShare } from '../../src/ui/share/share.ts';
import { ownFromEntry } from '../../src/ui/storage/scenarioEntry.ts';
import { issueProblem } from '../../src/ui/views/vergleich/model.ts';
import { VERGLEICH_MESSAGES } from '../../src/ui/views/vergleich/messages.ts';
import { load, smallScenario } from '../engine/helpers.ts';
import { renderApp } from './appHarness.tsx';

const de = MESSAGES.de;

/** A copy of the Musterkreis with a string for its seed and a period that ends before it starts. */
const faulty = () => ({ ...musterkreis, id: 'kaputt', seed: 'sieben', period: { start: '2024-06-01', end: '2024-05-31' } });

async function choose(name: string, text: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(de.ownScenario, { selector: 'input' }), { target: { files: [new File([text], name, { type: 'application/json' })] } });
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('a rejected scenario file', () => {
  it('is explained in German in the German app and in English after switching', async () => {
    const user = userEvent.setup();
    const { session } = renderApp();
    await waitFor(() => expect(session.getState().status).toBe('ready'), { timeout: 10_000 });
    await choose('kaputt.json', JSON.stringify(faulty()));
    await waitFor(() => expect(session.getState().status).toBe('invalid'), { timeout: 10_000 });

    const notice = () => screen.getByText(de.invalidHeading).closest('[role="alert"]') as HTMLElement;
    const seed = () => within(notice()).getByText('seed').closest('li') as HTMLElement;
    const end = () => within(notice()).getByText('period.end').closest('li') as HTMLElement;
    expect(seed()).toHaveTextContent('seed: Ungültige Eingabe: erwartet Zahl, erhalten Text');
    expect(end()).toHaveTextContent('period.end: der Beginn darf nicht nach dem Ende liegen');
    expect(notice()).not.toHaveTextContent('expected number');

    await user.click(screen.getByRole('button', { name: 'English' }));
    const heading = MESSAGES.en.invalidHeading;
    const noticeEn = screen.getByText(heading).closest('[role="alert"]') as HTMLElement;
    expect(within(noticeEn).getByText('seed').closest('li')).toHaveTextContent('seed: Invalid input: expected number, received string');
    expect(within(noticeEn).getByText('period.end').closest('li')).toHaveTextContent('period.end: start must not be after end');
    expect(noticeEn).not.toHaveTextContent('Ungültige Eingabe');
  });
});

describe('a broken share link and a faulty saved entry', () => {
  it('name the scenario’s problems in each language', () => {
    const r = decodeShare(compressToEncodedURIComponent(JSON.stringify({ s: faulty() })));
    if (!('problem' in r)) throw new Error('accepted');
    expect(r.problem.de).toContain('seed: Ungültige Eingabe: erwartet Zahl, erhalten Text');
    expect(r.problem.en).toContain('seed: Invalid input: expected number, received string');
    expect(r.problem.de).not.toContain('Invalid input');

    const entry = ownFromEntry({ id: 'e1', kind: 'scenario', name: 'kaputt', savedAt: '2026-01-01T00:00:00Z', payload: { value: faulty() } }, true);
    if (!('problem' in entry)) throw new Error('accepted');
    expect(entry.problem.de).toContain('period.end: der Beginn darf nicht nach dem Ende liegen');
    expect(entry.problem.en).toContain('period.end: start must not be after end');
  });
});

describe('a comparison plan the engine refuses', () => {
  it('is named in the Vergleich view’s language', () => {
    const r = planComparison(load(smallScenario()), [{ landPolicy: 'quote' }, { landPolicy: 'losen' }], { runs: 1 });
    if (r.ok) throw new Error('accepted');
    const issue = r.issues[0]!;
    expect(issueProblem(issue, 'de', VERGLEICH_MESSAGES.de).message).toMatch(/^unbekannte Politik „losen“/);
    expect(issueProblem(issue, 'en', VERGLEICH_MESSAGES.en).message).toMatch(/^unknown policy "losen"/);
  });
});
