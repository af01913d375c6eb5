/** The lifecycle of a household in the chain (MODEL.md §2): where it lives and where its procedure stands. */
import { setup, stateIn } from 'xstate';
import type { StateMeta } from './meta.ts';

/** Events of the household lifecycle, named domain.verb. */
export type HaushaltEvent =
  | { type: 'erstaufnahme.aufgenommen' }
  | { type: 'easy.weitergeleitet' }
  | { type: 'zuweisung.kreis' }
  | { type: 'zuweisung.gemeinde' }
  | { type: 'bamf.schutz' }
  | { type: 'bamf.ablehnung' }
  | { type: 'duldung.erteilt' }
  | { type: 'wohnung.bezogen' }
  | { type: 'ausreise.erfolgt' }
  | { type: 'uma.erkannt' }
  | { type: 'aufnahme.direkt' }
  | { type: 'schutz24.erteilt' };

export const HAUSHALT_EVENTS = [
  'erstaufnahme.aufgenommen',
  'easy.weitergeleitet',
  'zuweisung.kreis',
  'zuweisung.gemeinde',
  'bamf.schutz',
  'bamf.ablehnung',
  'duldung.erteilt',
  'wohnung.bezogen',
  'ausreise.erfolgt',
  'uma.erkannt',
  'aufnahme.direkt',
  'schutz24.erteilt',
] as const satisfies readonly HaushaltEvent['type'][];

const m = (meta: StateMeta): StateMeta => meta;

/**
 * Two parallel regions: `aufenthalt` (where the household lives, who houses it) and `verfahren`
 * (the asylum procedure). Tags: `asylblg` = receives AsylbLG benefits (the LAG Pauschale is paid),
 * `kommunal` = housed by a Kreis or Gemeinde, `weg` = has left the Hessian reception system.
 */
export const haushaltMachine = setup({
  types: { events: {} as HaushaltEvent },
  guards: {
    anerkannt: stateIn({ verfahren: 'anerkannt' }),
    ausreisepflichtig: stateIn({ verfahren: 'abgelehnt' }),
    geduldet: stateIn({ verfahren: 'geduldet' }),
  },
}).createMachine({
  id: 'haushalt',
  type: 'parallel',
  states: {
    aufenthalt: {
      initial: 'registrierung',
      states: {
        registrierung: {
          meta: m({
            office: { de: 'Bundesamt für Migration und Flüchtlinge (EASY), Bund', en: 'Federal Office for Migration and Refugees (EASY), federal' },
            legalBasis: ['§ 46 AsylG', '§ 45 AsylG (Königsteiner Schlüssel)'],
            text: {
              de: 'Ankunft und Registrierung; EASY bestimmt das zuständige Land nach dem Königsteiner Schlüssel (Hessen ≈ 7,3–7,5 %).',
              en: 'Arrival and registration; EASY names the responsible Land by the Königstein key (Hessen ≈ 7.3–7.5 %).',
            },
            duration: { de: 'am selben Tag', en: 'same day' },
          }),
          on: {
            'erstaufnahme.aufgenommen': 'erstaufnahme',
            'uma.erkannt': 'jugendhilfe',
            // Aufnahme außerhalb des LAG-Verfahrens (z. B. Geflüchtete aus der Ukraine 2022, § 24 AufenthG):
            // direkt in eine Kommune, auf deren Aufnahmequote angerechnet.
            'aufnahme.direkt': 'kreis',
          },
        },
        erstaufnahme: {
          tags: ['land'],
          meta: m({
            office: { de: 'Land Hessen: Regierungspräsidium Gießen (HEAE und Außenstellen)', en: 'Land Hessen: Regierungspräsidium Gießen (HEAE and branch sites)' },
            legalBasis: ['§ 44 AsylG', '§ 47 AsylG (Wohnverpflichtung)'],
            text: {
              de: 'Unterbringung in der Erstaufnahme: Registrierung, Gesundheitsuntersuchung, Asylantrag bei der BAMF-Außenstelle; Wohnverpflichtung bis zur Zuweisung.',
              en: 'Initial reception: registration, health check, asylum application at the BAMF branch; obliged to live there until the Zuweisung.',
            },
            duration: { de: '4–6 Wochen (Anfang 2015), ≈ 8 Wochen (2016), 3–4 Monate (2020, 2023)', en: '4–6 weeks (early 2015), ≈ 8 weeks (2016), 3–4 months (2020, 2023)' },
          }),
          on: {
            'zuweisung.kreis': 'kreis',
            'easy.weitergeleitet': 'weitergeleitet',
            'ausreise.erfolgt': [
              { target: 'ausgereist', guard: 'ausreisepflichtig' },
              { target: 'ausgereist', guard: 'geduldet' },
            ],
          },
        },
        kreis: {
          tags: ['kommunal'],
          meta: m({
            office: { de: 'Landkreis oder kreisfreie Stadt (Zuweisung durch das Regierungspräsidium Darmstadt)', en: 'Landkreis or kreisfreie Stadt (assigned by Regierungspräsidium Darmstadt)' },
            legalBasis: ['§ 50 AsylG', '§ 2 Abs. 2 S. 1 LAG', '§ 1 Verteilungs- und Unterbringungsgebührenverordnung', '§§ 1, 3 LAG', '§ 53 AsylG'],
            text: {
              de: 'Das RP Darmstadt weist nach der Aufnahmequote (Soll/Ist) zu; der Kreis bringt in eigenen oder angemieteten Gemeinschaftsunterkünften, Wohnungen, Hotels oder Notunterkünften unter.',
              en: 'RP Darmstadt assigns by the Aufnahmequote (target/actual account); the Kreis houses people in own or rented shared accommodation, flats, hotels or emergency shelters.',
            },
          }),
          on: {
            'zuweisung.gemeinde': 'gemeinde',
            'wohnung.bezogen': { target: 'ausgezogen', guard: 'anerkannt' },
            'ausreise.erfolgt': [
              { target: 'ausgereist', guard: 'ausreisepflichtig' },
              { target: 'ausgereist', guard: 'geduldet' },
            ],
          },
        },
        gemeinde: {
          tags: ['kommunal'],
          meta: m({
            office: { de: 'Kreisangehörige Gemeinde (Zuweisung durch den Landkreis)', en: 'Municipality within the Kreis (assigned by the Landkreis)' },
            legalBasis: ['§ 2 Abs. 2 S. 2 LAG', '§ 7 Abs. 1 LAG (angemessene Erstattung)', 'VG Gießen 2014 (Einwohnerzahl als Maßstab zulässig)'],
            text: {
              de: 'Der Landkreis weist der Gemeinde zu, meist nach Einwohnern mit Soll/Ist-Konto, und erstattet ihr die Kosten (Wetteraukreis: 7,30 € je Person und Tag + 1,50 €).',
              en: 'The Landkreis assigns to the municipality, usually pro rata population with a target/actual account, and reimburses it (Wetteraukreis: €7.30 per person-day + €1.50).',
            },
          }),
          on: {
            'wohnung.bezogen': { target: 'ausgezogen', guard: 'anerkannt' },
            'ausreise.erfolgt': [
              { target: 'ausgereist', guard: 'ausreisepflichtig' },
              { target: 'ausgereist', guard: 'geduldet' },
            ],
          },
        },
        weitergeleitet: {
          type: 'final',
          tags: ['weg'],
          meta: m({
            office: { de: 'Erstaufnahme eines anderen Landes', en: 'Initial reception of another Land' },
            legalBasis: ['§ 46 AsylG', '§ 45 AsylG'],
            text: {
              de: 'In Hessen registriert, aber nach EASY in ein anderes Land weitergeleitet (2015: ≈ 110.000 angekommen, ≈ 75.000 geblieben).',
              en: 'Registered in Hessen but forwarded to another Land by EASY (2015: ≈ 110,000 arrived, ≈ 75,000 stayed).',
            },
          }),
        },
        ausgezogen: {
          type: 'final',
          tags: ['weg'],
          meta: m({
            office: { de: 'Jobcenter (SGB II) und Ausländerbehörde', en: 'Jobcenter (SGB II) and immigration office' },
            legalBasis: ['SGB II', '§ 12a AufenthG (Wohnsitzregelung; Hessen ab 01.09.2017)'],
            text: {
              de: 'Nach der Anerkennung Umzug in eine eigene Wohnung, sobald der örtliche Wohnungsmarkt es erlaubt; die Pauschale des Landes endet mit dem Statuswechsel.',
              en: 'After recognition, moving into an own flat once the local housing market allows; the Land Pauschale ends with the change of status.',
            },
          }),
        },
        ausgereist: {
          type: 'final',
          tags: ['weg'],
          meta: m({
            office: { de: 'Ausländerbehörde / Regierungspräsidium', en: 'Immigration office / Regierungspräsidium' },
            legalBasis: ['§ 50 AufenthG', '§ 58 AufenthG'],
            text: {
              de: 'Freiwillige Ausreise oder Abschiebung nach Ablehnung (oder Ende der Duldung).',
              en: 'Voluntary departure or removal after rejection (or end of the Duldung).',
            },
          }),
        },
        jugendhilfe: {
          type: 'final',
          tags: ['weg'],
          meta: m({
            office: { de: 'Jugendamt', en: 'Youth welfare office' },
            legalBasis: ['§ 42a SGB VIII', '§ 42 SGB VIII'],
            text: {
              de: 'Unbegleitete Minderjährige: eigenes Verfahren der Kinder- und Jugendhilfe, keine Verteilung nach dem LAG (hier nicht im Einzelnen simuliert).',
              en: 'Unaccompanied minors: separate youth-welfare procedure, not distributed under the LAG (not simulated in detail here).',
            },
          }),
        },
      },
    },
    verfahren: {
      initial: 'laufend',
      states: {
        laufend: {
          tags: ['asylblg'],
          meta: m({
            office: { de: 'Bundesamt für Migration und Flüchtlinge', en: 'Federal Office for Migration and Refugees' },
            legalBasis: ['§§ 13, 14, 31 AsylG', 'AsylbLG'],
            text: {
              de: 'Asylverfahren beim BAMF; Leistungen nach dem AsylbLG, für die das Land dem Kreis die Pauschale zahlt (§ 7 LAG).',
              en: 'Asylum procedure at the BAMF; benefits under the AsylbLG, for which the Land pays the Kreis the Pauschale (§ 7 LAG).',
            },
            duration: { de: '7,1 Monate (2016) + ≈ 6 Monate bis zur Antragstellung; 10,7 + 4,2 Monate (2017)', en: '7.1 months (2016) + ≈ 6 months to file; 10.7 + 4.2 months (2017)' },
          }),
          on: { 'bamf.schutz': 'anerkannt', 'bamf.ablehnung': 'abgelehnt', 'schutz24.erteilt': 'anerkannt' },
        },
        anerkannt: {
          meta: m({
            office: { de: 'Jobcenter (SGB II), Ausländerbehörde', en: 'Jobcenter (SGB II), immigration office' },
            legalBasis: ['§ 25 AufenthG', '§ 24 AufenthG (vorübergehender Schutz)', '§ 12a AufenthG', 'SGB II'],
            text: {
              de: 'Schutz zuerkannt; wer keine Wohnung findet, bleibt als Statuswechsler (Fehlbeleger) in der Unterkunft, der Kreis erhebt Gebühren (§ 4 LAG).',
              en: 'Protection granted; whoever finds no flat stays in the accommodation as a status changer, the Kreis charges fees (§ 4 LAG).',
            },
          }),
        },
        abgelehnt: {
          tags: ['asylblg'],
          meta: m({
            office: { de: 'Ausländerbehörde', en: 'Immigration office' },
            legalBasis: ['§ 50 AufenthG', '§ 58 AufenthG', 'AsylbLG'],
            text: {
              de: 'Asylantrag abgelehnt: ausreisepflichtig; die Pauschale wird nur befristet weitergezahlt (2–3 Jahre nach der Ablehnung).',
              en: 'Application rejected: obliged to leave; the Pauschale continues only for a limited time (2–3 years after the rejection).',
            },
          }),
          on: { 'duldung.erteilt': 'geduldet' },
        },
        geduldet: {
          tags: ['asylblg'],
          meta: m({
            office: { de: 'Ausländerbehörde', en: 'Immigration office' },
            legalBasis: ['§ 60a AufenthG', 'AsylbLG'],
            text: {
              de: 'Duldung: Abschiebung ausgesetzt; weiter Leistungen nach dem AsylbLG und Unterbringung durch die Kommune.',
              en: 'Duldung: removal suspended; AsylbLG benefits and municipal accommodation continue.',
            },
          }),
        },
      },
    },
  },
});
