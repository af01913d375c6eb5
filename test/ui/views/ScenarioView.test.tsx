/** Szenario view: name, period, policies, events (seekable, highlighted up to the cursor), parameters with units and sources shown as the documents cited, English. */
// Values keep a non-breaking space between number and unit; jest-dom reads it as a plain space.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { UnitInfo } from '../../../src/engine/metrics/result.ts';
import { getBuiltinScenario } from '../../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { regionOf } from '../../../src/engine/scenario/resolve.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';
import { RunControl, useDay } from '../../../src/ui/app/context.tsx';
import { RunData } from '../../../src/ui/data/runData.ts';
import { I18nProvider, useI18n, type Lang } from '../../../src/ui/i18n/index.ts';
import { ScenarioView } from '../../../src/ui/views/scenario/ScenarioView.tsx';

function builtin(id: string): Scenario {
  const r = loadScenario(getBuiltinScenario(id));
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.issues)}`);
  return r.scenario;
}

function daysOf(s: Scenario): string[] {
  const out: string[] = [];
  for (let t = Date.parse(s.period.start); t <= Date.parse(s.period.end); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The unit tree of the scenario's region (Land, sites, Kreise, Gemeinden), as the engine would report it. */
function unitsOf(s: Scenario): UnitInfo[] {
  const region = regionOf(s)!;
  return [
    { id: region.id, name: region.name, level: 'land', parent: null },
    ...s.erstaufnahme.sites.map((site): UnitInfo => ({ id: site.id, name: site.name, level: 'erstaufnahme', parent: region.id })),
    ...region.kreise.map((k): UnitInfo => ({ id: k.ags, name: k.name, level: 'kreis', parent: region.id, kind: k.kind })),
    ...region.gemeinden.map((g): UnitInfo => ({ id: g.ags, name: g.name, level: 'gemeinde', parent: g.kreisAgs })),
  ];
}

function runData(id: string, withScenario = true): RunData {
  const s = builtin(id);
  return new RunData(1, s.id, daysOf(s), unitsOf(s), [], withScenario ? s : undefined);
}

/** The view as the app mounts it: the cursor day comes from the run-control actor. */
function Harness({ data }: { data: RunData }) {
  const actor = RunControl.useActorRef();
  const day = useDay();
  const { toggleLang, t } = useI18n();
  useEffect(() => {
    actor.send({ type: 'data.started', total: data.D });
    actor.send({ type: 'data.progress', available: data.D });
  }, [actor, data]);
  return (
    <>
      <button type="button" onClick={toggleLang}>
        {t.switchLang}
      </button>
      <output data-testid="day">{day}</output>
      <ScenarioView data={data} version={1} day={day} selected={null} onSelect={() => {}} />
    </>
  );
}

function renderView(data: RunData, lang: Lang = 'de') {
  return render(
    <I18nProvider initial={lang}>
      <RunControl.Provider>
        <Harness data={data} />
      </RunControl.Provider>
    </I18nProvider>,
  );
}

const parameterRow = (path: string) => document.querySelector(`tr[data-path="${path}"]`) as HTMLElement;

describe('ScenarioView', () => {
  it('shows name, description, period, seed, region and the policies in force (musterkreis)', () => {
    renderView(runData('musterkreis'));
    expect(screen.getByRole('heading', { level: 2, name: /Musterland mit drei Kreisen/ })).toBeInTheDocument();
    expect(screen.getByText(/Ein erfundenes kleines Land für den Einstieg/)).toBeInTheDocument();
    const facts = document.querySelector('dl.scenario-facts') as HTMLElement;
    expect(facts).toHaveTextContent('01.01.2024 bis 31.12.2025 (731 Tage)');
    expect(facts).toHaveTextContent('Musterland (im Szenario festgelegt: musterland)');
    expect(facts).toHaveTextContent('3 Kreise, 20 Gemeinden');
    expect(facts).toHaveTextContent('Aufnahmequote (Soll/Ist)');
    expect(facts).toHaveTextContent('Nach Einwohnern (Soll/Ist)');
    expect(facts).toHaveTextContent(/Das RP Darmstadt weist jeden verfügbaren Haushalt/);
    expect(screen.getByText('Das Szenario enthält keine Ereignisse: Alle Parameter gelten unverändert über den ganzen Zeitraum.')).toBeInTheDocument();
  });

  it('lists the parameters by group with units and sources', () => {
    renderView(runData('musterkreis'));
    for (const caption of ['Zugänge', 'Erstaufnahme', 'Asylverfahren', 'Abgänge', 'Unterbringung in den Kommunen', 'Lage (Belegungsschwellen)', 'Beschaffung von Plätzen', 'Geld', 'Zuweisungspolitik']) {
      expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();
    }
    const dwell = parameterRow('erstaufnahme.dwell');
    expect(within(dwell).getByRole('rowheader')).toHaveTextContent('Verweildauer bis zur Zuweisung');
    expect(dwell).toHaveTextContent(`Gamma, Mittel 56 Tage, VK 0,3`);
    // The source cited by its title, publisher and date, linked to its address, then the detail.
    expect(dwell).toHaveTextContent('Meldung 1-13 vom 01.04.2016: Sozialminister Grüttner zur Erstaufnahme (öffnet in neuem Tab) (Evangelischer Pressedienst (epd), 01.04.2016): ≈ 8 Wochen (2016)');
    expect(within(dwell).getByRole('link', { name: 'Meldung 1-13 vom 01.04.2016: Sozialminister Grüttner zur Erstaufnahme (öffnet in neuem Tab)' })).toHaveAttribute(
      'href',
      'https://w.epd.de/sw/2016/04/01/1-13.htm',
    );
    expect(dwell).not.toHaveTextContent('epd-verweildauer-2016');
    const costs = parameterRow('accommodation.costs.gu.perPlaceDay');
    expect(costs).toHaveTextContent(`14,70 € je Platz und Tag`);
    // Several citations as a list, the group's source marked as such.
    const cited = within(costs).getAllByRole('listitem');
    expect(cited).toHaveLength(4);
    expect(cited[1]).toHaveTextContent('Kassel macht Angaben zu Kosten der Flüchtlingsunterkünfte (öffnet in neuem Tab) (HNA, Februar 2018): 14,70 € je Platz und Tag Miete (Kassel 2018)');
    expect(costs).toHaveTextContent(/Quelle zu accommodation\.costs/);
    expect(parameterRow('exits.departShare')).toHaveTextContent(`40 %`);
    // The group-level source "arrivals" covers the series; an assumption reads as a word, without a link.
    expect(parameterRow('arrivals.series')).toHaveTextContent(`18 Personen je Tag`);
    expect(parameterRow('arrivals.series')).toHaveTextContent(/Lehrbeispiel \(Quelle zu arrivals\)/);
    expect(within(parameterRow('arrivals.series')).queryByRole('link')).toBeNull();
    // Not set in the scenario: the model default.
    expect(parameterRow('procurement.noticeDays')).toHaveTextContent(`90 TageStandardwert des Modells (Modellannahme)`);
    // Period lists as small tables.
    const pauschale = within(parameterRow('money.pauschale')).getByRole('table', { name: 'Pauschale nach dem LAG (Stufen I–III)' });
    expect(within(pauschale).getAllByRole('row')).toHaveLength(9);
    expect(within(pauschale).getByRole('rowheader', { name: '01.01.2024' })).toBeInTheDocument();
    expect(screen.getByText(/mit Quellenangabe, \d+ Standardwerte des Modells, 0 ohne Quellenangabe/)).toBeInTheDocument();
  });

  it('flags a parameter set without a source', () => {
    const s = builtin('musterkreis');
    const changed: Scenario = { ...s, procedure: { ...s.procedure, safeCountryFactor: 0.5 } };
    const data = new RunData(1, s.id, daysOf(s), unitsOf(s), [], changed);
    renderView(data);
    expect(parameterRow('procedure.safeCountryFactor')).toHaveTextContent(`× 0,5`);
    expect(parameterRow('procedure.safeCountryFactor')).toHaveTextContent('ohne Quellenangabe');
    expect(screen.getByText(/, 1 ohne Quellenangabe/)).toBeInTheDocument();
  });

  it('lists the events with changes and sources, highlights passed ones and seeks on a date (herbst-2015)', async () => {
    const user = userEvent.setup();
    const data = runData('herbst-2015');
    renderView(data);
    const table = screen.getByRole('table', { name: /Ereignisse des Szenarios \(11\)/ });
    const row = within(table).getByRole('row', { name: /Asylpaket I/ });
    expect(row).toHaveTextContent(`Höchstdauer in der Erstaufnahme (§ 47 AsylG) erstaufnahme.maxDays = 183 Tage`);
    expect(row).toHaveTextContent(`Gamma, Mittel 56 Tage, VK 0,35`);
    const sources = within(row).getAllByRole('listitem').filter((li) => li.closest('ul')?.classList.contains('scenario-citations'));
    expect(sources.map((li) => li.textContent)).toEqual([
      'Asylverfahrensbeschleunigungsgesetz (öffnet in neuem Tab) (unserac.de (Glossar)): Asylverfahrensbeschleunigungsgesetz, in Kraft 24.10.2015',
      'Meldung 1-13 vom 01.04.2016: Sozialminister Grüttner zur Erstaufnahme (öffnet in neuem Tab) (Evangelischer Pressedienst (epd), 01.04.2016): Verweildauer ≈ 8 Wochen (März 2016)',
      'Modellannahme: Beginn der 8 Wochen mit Asylpaket I',
    ]);
    expect(row).not.toHaveClass('is-passed');
    expect(row).toHaveTextContent('steht bevor');
    // The quota map set by an event is collapsed with a count.
    expect(within(table).getByText('26 Kreise')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '24.10.2015' }));
    expect(screen.getByTestId('day')).toHaveTextContent(String(data.dayOf('2015-10-24')));
    expect(row).toHaveClass('is-passed');
    expect(row).toHaveTextContent('eingetreten');
    expect(within(table).getByRole('row', { name: /Balkanroute/ })).not.toHaveClass('is-passed');
    expect(table).toHaveAccessibleName(/Cursortag 24\.10\.2015/);

    // The parameter table names the later change.
    expect(parameterRow('erstaufnahme.maxDays')).toHaveTextContent(`91 Tage`);
    expect(parameterRow('erstaufnahme.maxDays')).toHaveTextContent(`ab 24.10.2015: 183 Tage (Ereignis)`);
    // Long lists collapsed with a count.
    const series = within(parameterRow('arrivals.series')).getByText(/^19 Monatswerte/);
    expect(series.tagName).toBe('SUMMARY');
    expect(within(parameterRow('erstaufnahme.sites')).getByText('13 Standorte').tagName).toBe('SUMMARY');
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    renderView(runData('herbst-2015'));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 2, name: /Autumn 2015 in Hessen/ })).toBeInTheDocument();
    expect(screen.getByText('1 Jun 2015 to 31 Dec 2016 (580 days)')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Arrivals' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /^Events of the scenario/ })).getByRole('row', { name: /Asylpaket I: up to 6 instead of 3 months/ })).toBeInTheDocument();
    expect(parameterRow('erstaufnahme.dwell')).toHaveTextContent(`Gamma, mean 35 days, CV 0.35`);
    expect(parameterRow('accommodation.costs.gu.perPersonDay')).toHaveTextContent(`6 EUR per person-day`);
    expect(parameterRow('procurement.noticeDays')).toHaveTextContent('model default (model assumption)');
    expect(within(parameterRow('erstaufnahme.dwell')).getByRole('link', { name: /^Meldung 1-13 vom 01\.04\.2016.*\(opens in a new tab\)$/ })).toBeInTheDocument();
    expect(parameterRow('erstaufnahme.dwell')).toHaveTextContent('(Evangelischer Pressedienst (epd), 1 Apr 2016): ≈ 8 Wochen ab Asylpaket I');
  });

  it('links each cited source in a new tab, names assumptions, and keeps other text as it is', () => {
    const s = builtin('musterkreis');
    const changed: Scenario = {
      ...s,
      sources: {
        ...s.sources,
        'procedure.safeCountryFactor': 'Sozialministerium, 29.03.2016',
        'exits.departDelay': 'unbekannt-2099: nicht in der Liste',
        'money.pauschaleMonthsAfterRejection': 'unbelegt: 3 Jahre; mcgovern-2016',
      },
    };
    renderView(new RunData(1, s.id, daysOf(s), unitsOf(s), [], changed));
    const link = within(parameterRow('procurement.termDays')).getByRole('link', { name: /^Landkreis kann weitere Gemeinschaftsunterkunft/ });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.bergstraesser-anzeiger\.de\//));
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(parameterRow('procurement.termDays')).toHaveTextContent('(Bergsträßer Anzeiger, Juli 2021): Darmstadt-Dieburg, auf dem Höhepunkt Verträge über 10 Jahre');
    // Text that is not a citation text, or names an id the list does not know, stays as it is.
    expect(parameterRow('procedure.safeCountryFactor')).toHaveTextContent('Sozialministerium, 29.03.2016');
    expect(parameterRow('exits.departDelay')).toHaveTextContent('unbekannt-2099: nicht in der Liste');
    for (const path of ['procedure.safeCountryFactor', 'exits.departDelay']) expect(within(parameterRow(path)).queryByRole('link'), path).toBeNull();
    // An unbacked figure reads as a word; a printed paper without an address is named without a link.
    const pauschale = parameterRow('money.pauschaleMonthsAfterRejection');
    expect(pauschale).toHaveTextContent('unbelegt: 3 Jahre');
    expect(pauschale).toHaveTextContent('Karsten McGovern: Kommunale Integrationspolitik vor der Bewährungsprobe');
    expect(within(pauschale).queryByRole('link')).toBeNull();
  });

  it('shows a note for data without the scenario', () => {
    renderView(runData('musterkreis', false));
    expect(screen.getByText(/Zu dieser Berechnung liegen die Eingaben des Szenarios nicht vor/)).toBeInTheDocument();
  });
});
