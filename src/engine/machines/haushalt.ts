/**
 * The lifecycle of a household in the chain: where it lives, where its procedure stands, and whether the Land
 * reimburses the Kommune for it. The engine obeys this chart: a household changes state or place only as the
 * compiled chart answers (machines/table.ts, engine households.ts).
 */
import { or, setup, stateIn } from 'xstate';
import type { StateMeta } from './meta.ts';

/** Events of the household lifecycle, named domain.verb. */
export const HAUSHALT_EVENTS = [
  'erstaufnahme.aufgenommen',
  'easy.weitergeleitet',
  'erstaufnahme.abgeschlossen',
  'wohnpflicht.verlaengert',
  'wohnpflicht.beendet',
  'erstaufnahme.verlegt',
  'zuweisung.kreis',
  'zuweisung.gemeinde',
  'unterbringung.kreis',
  'bamf.schutz',
  'bamf.ablehnung',
  'duldung.erteilt',
  'pauschale.abgelaufen',
  'wohnung.bezogen',
  'ausreise.erfolgt',
  'uma.erkannt',
  'aufnahme.direkt',
  'bestand.uebernommen',
  'schutz24.erteilt',
  'verlegung.kreis',
  'verlegung.gemeinde',
] as const;
export type HaushaltEventType = (typeof HAUSHALT_EVENTS)[number];
export type HaushaltEvent = { type: HaushaltEventType };

const m = (meta: StateMeta): StateMeta => meta;

/** Departure is possible for whoever is obliged to leave or tolerated (§§ 50, 58, 60a AufenthG). */
const AUSREISE = { target: '#haushalt.aufenthalt.ausgereist', guard: 'ausreisepflichtigOderGeduldet' } as const;

/**
 * Moves within a Kreis out of Notunterkunft (model assumption: the Landkreis, responsible for everyone assigned to
 * it, uses every regular place in the Kreis — its own and its Gemeinden's — before anyone stays in an emergency
 * shelter; the engine sends these only to a household in Notunterkunft and only into a free regular place).
 */
const VERLEGUNG_GEMEINDE = m({
  office: { de: 'Landkreis (Verlegung innerhalb des Kreises)', en: 'Landkreis (transfer within the Kreis)' },
  legalBasis: ['§ 1 LAG', '§ 2 Abs. 2 S. 2 LAG', '§ 53 AsylG'],
  text: {
    de: 'Aus einer Notunterkunft in einen freien regulären Platz einer kreisangehörigen Gemeinde (aus einer Unterkunft des Kreises oder einer anderen Gemeinde).',
    en: 'From an emergency shelter into a free regular place of a municipality of the Kreis (from accommodation of the Kreis or of another municipality).',
  },
});
const VERLEGUNG_KREIS = m({
  office: { de: 'Landkreis (Verlegung innerhalb des Kreises)', en: 'Landkreis (transfer within the Kreis)' },
  legalBasis: ['§ 1 LAG', '§ 53 AsylG'],
  text: {
    de: 'Aus der Notunterkunft einer Gemeinde in einen freien regulären Platz, den der Kreis selbst betreibt.',
    en: 'From a municipality\'s emergency shelter into a free regular place run by the Kreis itself.',
  },
});

/**
 * Three parallel regions: `aufenthalt` (where the household lives, who houses it), `verfahren` (the asylum
 * procedure) and `erstattung` (the Land's Pauschale to the Kommune, § 7 LAG). Tags on `aufenthalt` states name
 * the level whose place the household occupies (`erstaufnahme`, `kreis`, `gemeinde`) or `weg` (left the Hessian
 * reception system); `kommunal` = housed by a Kreis or Gemeinde; `pauschale` = the Land pays the Pauschale.
 */
export const haushaltMachine = setup({
  types: { events: {} as HaushaltEvent },
  guards: {
    anerkannt: stateIn({ verfahren: 'anerkannt' }),
    verfahrenLaufend: stateIn({ verfahren: 'laufend' }),
    ausreisepflichtigOderGeduldet: or([stateIn({ verfahren: 'abgelehnt' }), stateIn({ verfahren: 'geduldet' })]),
  },
  actions: {
    /** The engine moves the household to another place of the same level; its state stays. */
    verlegen: () => {},
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
            'aufnahme.direkt': 'kommune.kreis',
            // Wer zu Beginn eines Laufs schon in einer Kommune wohnt, wird dort übernommen.
            'bestand.uebernommen': 'kommune.kreis',
          },
        },
        erstaufnahme: {
          tags: ['land', 'erstaufnahme'],
          initial: 'aufnahme',
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
            'easy.weitergeleitet': 'weitergeleitet',
            // Verlegung in eine andere Einrichtung der Erstaufnahme (z. B. wenn ein Standort schließt).
            'erstaufnahme.verlegt': { actions: 'verlegen' },
            'ausreise.erfolgt': AUSREISE,
          },
          states: {
            aufnahme: {
              meta: m({
                office: { de: 'Regierungspräsidium Gießen; Asylantrag beim BAMF', en: 'Regierungspräsidium Gießen; asylum application at the BAMF' },
                legalBasis: ['§ 47 Abs. 1 AsylG', '§ 14 AsylG'],
                text: {
                  de: 'In der Erstaufnahme: Registrierung, Gesundheitsuntersuchung und Asylantrag; die Wohnverpflichtung gilt.',
                  en: 'In initial reception: registration, health check and asylum application; the obligation to live there applies.',
                },
                duration: { de: 'bis zu 6 Monate (Familien), 18 Monate (§ 47 Abs. 1 AsylG, seit 2019)', en: 'up to 6 months (families), 18 months (§ 47(1) AsylG, since 2019)' },
              }),
              on: {
                'erstaufnahme.abgeschlossen': 'zuweisungsbereit',
                'wohnpflicht.verlaengert': { target: 'gehalten', guard: 'verfahrenLaufend' },
                // § 50 Abs. 1 AsylG: wer Schutz erhält, ist unverzüglich zu entlassen.
                'bamf.schutz': 'zuweisungsbereit',
              },
            },
            zuweisungsbereit: {
              meta: m({
                office: { de: 'Regierungspräsidium Darmstadt (Zuweisung)', en: 'Regierungspräsidium Darmstadt (Zuweisung)' },
                legalBasis: ['§ 50 AsylG', '§ 2 Abs. 2 S. 1 LAG', '§ 47 Abs. 1 AsylG (Höchstdauer)'],
                text: {
                  de: 'Wartet auf die Zuweisung an einen Landkreis oder eine kreisfreie Stadt nach der Zuweisungspolitik des Landes (in der Regel die Aufnahmequote). Das Land kann die Zuweisung zurückstellen, etwa solange der Kreis einen Zuweisungsstopp gemeldet hat, aber nicht über die gesetzliche Höchstdauer hinaus.',
                  en: 'Waiting for the Zuweisung to a Landkreis or kreisfreie Stadt under the Land’s Zuweisung policy (as a rule the Aufnahmequote). The Land may defer the Zuweisung, e.g. while the Kreis reports a Zuweisungsstopp, but not beyond the legal maximum stay.',
                },
              }),
              on: { 'zuweisung.kreis': '#haushalt.aufenthalt.kommune.kreis' },
            },
            gehalten: {
              meta: m({
                office: { de: 'Regierungspräsidium Gießen', en: 'Regierungspräsidium Gießen' },
                legalBasis: ['§ 47 Abs. 1a AsylG', '§ 29a AsylG (sichere Herkunftsstaaten)'],
                text: {
                  de: 'Staatsangehörige sicherer Herkunftsstaaten bleiben bis zur Entscheidung des BAMF (und bei Ablehnung bis zur Ausreise) in der Erstaufnahme (seit 24.10.2015).',
                  en: 'Nationals of safe countries of origin stay in initial reception until the BAMF decides (and after rejection until departure) (since 24 Oct 2015).',
                },
              }),
              on: {
                'wohnpflicht.beendet': 'zuweisungsbereit',
                'bamf.schutz': 'zuweisungsbereit',
                'duldung.erteilt': 'zuweisungsbereit',
              },
            },
          },
        },
        kommune: {
          tags: ['kommunal'],
          initial: 'kreis',
          meta: m({
            office: { de: 'Landkreis oder kreisfreie Stadt und kreisangehörige Gemeinden', en: 'Landkreis or kreisfreie Stadt and its municipalities' },
            legalBasis: ['§§ 1, 3 LAG', '§ 53 AsylG'],
            text: {
              de: 'Unterbringung durch die Kommune in Gemeinschaftsunterkünften, Wohnungen, Hotels oder Notunterkünften bis zum Auszug oder zur Ausreise.',
              en: 'Accommodation by the Kommune in shared accommodation, flats, hotels or emergency shelters until moving out or departure.',
            },
          }),
          on: {
            'wohnung.bezogen': { target: 'ausgezogen', guard: 'anerkannt' },
            'ausreise.erfolgt': AUSREISE,
            // Aus der Notunterkunft in einen freien regulären Platz einer Gemeinde desselben Kreises.
            'verlegung.gemeinde': { target: '#haushalt.aufenthalt.kommune.gemeinde', meta: VERLEGUNG_GEMEINDE },
          },
          states: {
            kreis: {
              tags: ['kreis'],
              initial: 'weiterleitung',
              meta: m({
                office: { de: 'Landkreis oder kreisfreie Stadt (Zuweisung durch das Regierungspräsidium Darmstadt)', en: 'Landkreis or kreisfreie Stadt (assigned by Regierungspräsidium Darmstadt)' },
                legalBasis: ['§ 50 AsylG', '§ 2 Abs. 2 S. 1 LAG', '§ 1 Verteilungs- und Unterbringungsgebührenverordnung', '§§ 1, 3 LAG', '§ 53 AsylG'],
                text: {
                  de: 'Das RP Darmstadt weist nach der Aufnahmequote (Soll/Ist) zu; der Kreis bringt in eigenen oder angemieteten Gemeinschaftsunterkünften, Wohnungen, Hotels oder Notunterkünften unter.',
                  en: 'RP Darmstadt assigns by the Aufnahmequote (target/actual account); the Kreis houses people in own or rented shared accommodation, flats, hotels or emergency shelters.',
                },
              }),
              states: {
                weiterleitung: {
                  meta: m({
                    office: { de: 'Landkreis', en: 'Landkreis' },
                    legalBasis: ['§ 2 Abs. 2 S. 2 LAG'],
                    text: {
                      de: 'Beim Kreis angekommen; der Kreis entscheidet, ob er selbst unterbringt oder einer kreisangehörigen Gemeinde zuweist.',
                      en: 'Arrived at the Kreis; the Kreis decides whether it houses the household itself or assigns it to a municipality.',
                    },
                  }),
                  on: {
                    'zuweisung.gemeinde': '#haushalt.aufenthalt.kommune.gemeinde',
                    'unterbringung.kreis': 'untergebracht',
                  },
                },
                untergebracht: {
                  meta: m({
                    office: { de: 'Landkreis oder kreisfreie Stadt', en: 'Landkreis or kreisfreie Stadt' },
                    legalBasis: ['§§ 1, 3 LAG', '§ 53 AsylG'],
                    text: {
                      de: 'Vom Kreis oder der kreisfreien Stadt selbst untergebracht.',
                      en: 'Housed by the Kreis or kreisfreie Stadt itself.',
                    },
                  }),
                },
              },
            },
            gemeinde: {
              tags: ['gemeinde'],
              meta: m({
                office: { de: 'Kreisangehörige Gemeinde (Zuweisung durch den Landkreis)', en: 'Municipality within the Kreis (assigned by the Landkreis)' },
                legalBasis: ['§ 2 Abs. 2 S. 2 LAG', '§ 7 Abs. 1 LAG (angemessene Erstattung)', 'VG Gießen 2014 (Einwohnerzahl als Maßstab zulässig)'],
                text: {
                  de: 'Der Landkreis weist der Gemeinde zu, meist nach Einwohnern mit Soll/Ist-Konto, und erstattet ihr die Kosten (Wetteraukreis: 7,30 € je Person und Tag + 1,50 €).',
                  en: 'The Landkreis assigns to the municipality, usually pro rata population with a target/actual account, and reimburses it (Wetteraukreis: €7.30 per person-day + €1.50).',
                },
              }),
              on: {
                // Aus der Notunterkunft der Gemeinde in einen freien Platz des Kreises.
                'verlegung.kreis': { target: '#haushalt.aufenthalt.kommune.kreis.untergebracht', meta: VERLEGUNG_KREIS },
              },
            },
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
    erstattung: {
      initial: 'pauschale',
      states: {
        pauschale: {
          tags: ['pauschale'],
          meta: m({
            office: { de: 'Land Hessen: Regierungspräsidium Darmstadt (Erstattung an die Kommunen)', en: 'Land Hessen: Regierungspräsidium Darmstadt (reimbursement of the Kommunen)' },
            legalBasis: ['§ 7 LAG', 'AsylbLG'],
            text: {
              de: 'Das Land zahlt der Kommune für die Zeit der Unterbringung die Pauschale je Person und Monat (drei Stufen).',
              en: 'The Land pays the Kommune the Pauschale per person and month while it houses the person (three tiers).',
            },
          }),
          on: { 'bamf.schutz': 'entfallen', 'schutz24.erteilt': 'entfallen', 'bamf.ablehnung': 'befristet' },
        },
        befristet: {
          tags: ['pauschale'],
          meta: m({
            office: { de: 'Land Hessen: Regierungspräsidium Darmstadt', en: 'Land Hessen: Regierungspräsidium Darmstadt' },
            legalBasis: ['§ 7 LAG'],
            text: {
              de: 'Nach der Ablehnung zahlt das Land die Pauschale nur noch befristet weiter (2–3 Jahre).',
              en: 'After a rejection the Land pays the Pauschale for a limited time only (2–3 years).',
            },
          }),
          on: { 'pauschale.abgelaufen': 'entfallen' },
        },
        entfallen: {
          meta: m({
            office: { de: 'Kommune (Gebühren) bzw. Jobcenter (SGB II)', en: 'Kommune (fees) or Jobcenter (SGB II)' },
            legalBasis: ['§ 7 LAG', '§ 4 LAG (Gebühren)', 'SGB II'],
            text: {
              de: 'Keine Pauschale mehr: mit der Anerkennung (Statuswechsel) oder nach Ablauf der Frist nach einer Ablehnung; die Kommune trägt die Kosten oder erhebt Gebühren.',
              en: 'No more Pauschale: after recognition (change of status) or when the period after a rejection ends; the Kommune bears the cost or charges fees.',
            },
          }),
        },
      },
    },
  },
});
