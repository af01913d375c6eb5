/** UI text dictionary: one entry per language, same keys in each. */

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const de = {
  title: 'Zuweisungslabor Hessen',
  description:
    'Das Zuweisungslabor Hessen simuliert, wie Geflüchtete in Hessen aufgenommen und untergebracht werden: ' +
    'von der Erstaufnahme (RP Gießen) über die Zuweisung (RP Darmstadt) an die 21 Landkreise und 5 kreisfreien Städte ' +
    'bis in die kreisangehörigen Gemeinden.',
  // Label of the toggle: names the language it switches TO, in that language.
  switchLang: 'English',
  sources: 'Datenquellen',
  scenario: 'Szenario',
  ownScenario: 'Eigenes Szenario (JSON) …',
  landPolicy: 'Zuweisung Land → Kreis',
  kreisPolicy: 'Zuweisung Kreis → Gemeinde',
  seed: 'Zufallsstartwert (Seed)',
  compute: 'Berechnen',
  computing: 'Berechnung läuft …',
  cancelRun: 'Abbrechen',
  computedIn: 'berechnet in',
  play: 'Abspielen',
  pause: 'Anhalten',
  plusDay: '+1 Tag',
  plusWeek: '+1 Woche',
  speed: 'Tempo',
  daysPerSecond: 'Tage/s',
  timeline: 'Zeitleiste',
  date: 'Datum',
  views: 'Ansichten',
  viewMap: 'Karte',
  viewMovement: 'Bewegung',
  viewTimeline: 'Zeitverlauf',
  viewFlows: 'Flüsse',
  viewScenario: 'Szenario',
  viewEdit: 'Szenario bearbeiten',
  viewLernen: 'Lernen',
  viewVergleich: 'Vergleich',
  noData: 'Wählen Sie ein Szenario und drücken Sie „Berechnen“.',
  invalidHeading: 'Das Szenario wurde nicht übernommen – die bisherige Berechnung bleibt sichtbar:',
  errorHeading: 'Fehler bei der Berechnung:',
  inputProblems: 'Eingabe nicht übernommen:',
  close: 'Schließen',
  stateIdle: 'bereit',
  statePaused: 'angehalten',
  stateRunning: 'läuft',
  stateFinished: 'Ende erreicht',
  skipToContent: 'Zum Inhalt springen',
};

export type Messages = typeof de;

const en: Messages = {
  title: 'Zuweisungslabor Hessen',
  description:
    'Zuweisungslabor Hessen simulates how refugees are received and housed in Hessen: ' +
    'from initial reception (Erstaufnahme, RP Gießen) via allocation (Zuweisung, RP Darmstadt) to the ' +
    '21 districts (Landkreise) and 5 district-free cities, and on to the municipalities within the districts.',
  switchLang: 'Deutsch',
  sources: 'Data sources',
  scenario: 'Scenario',
  ownScenario: 'Own scenario (JSON) …',
  landPolicy: 'Allocation Land → Kreis',
  kreisPolicy: 'Allocation Kreis → municipality',
  seed: 'Random seed',
  compute: 'Compute',
  computing: 'Computing …',
  cancelRun: 'Cancel',
  computedIn: 'computed in',
  play: 'Play',
  pause: 'Pause',
  plusDay: '+1 day',
  plusWeek: '+1 week',
  speed: 'Speed',
  daysPerSecond: 'days/s',
  timeline: 'Timeline',
  date: 'Date',
  views: 'Views',
  viewMap: 'Map',
  viewMovement: 'Movement',
  viewTimeline: 'Time series',
  viewFlows: 'Flows',
  viewScenario: 'Scenario',
  viewEdit: 'Edit scenario',
  viewLernen: 'Learning',
  viewVergleich: 'Comparison',
  noData: 'Choose a scenario and press “Compute”.',
  invalidHeading: 'The scenario was not applied – the previous run stays on screen:',
  errorHeading: 'Error while computing:',
  inputProblems: 'Input not applied:',
  close: 'Close',
  stateIdle: 'ready',
  statePaused: 'paused',
  stateRunning: 'playing',
  stateFinished: 'end reached',
  skipToContent: 'Skip to content',
};

export const MESSAGES: Record<Lang, Messages> = { de, en };
