/** Texts of the Lernen view (German default, English): sub-views, levels, story player, exercise, quiz. */
import type { Level } from '../../../engine/lehre/chart.ts';
import type { Topic } from '../../../engine/lehre/quiz.ts';
import type { Lang } from '../../i18n/index.ts';

export const SUBVIEWS = ['ablauf', 'begleiten', 'zuweisen', 'quiz'] as const;
export type Subview = (typeof SUBVIEWS)[number];

export interface LernenMessages {
  readonly heading: string;
  readonly subnav: string;
  readonly subviews: Record<Subview, string>;
  readonly levels: Record<Level, string>;
  readonly regions: Readonly<Record<string, string>>;
  readonly legend: string;
  // Ablauf
  readonly ablaufIntro: string;
  readonly diagramLabel: string;
  readonly layouting: string;
  readonly layoutFailed: string;
  readonly textAlternative: string;
  readonly statesHeading: string;
  readonly transitionsHeading: string;
  readonly transitionText: (from: string, event: string, to: string, guard: string | undefined) => string;
  readonly persons: (n: string) => string;
  readonly countsAsOf: (date: string) => string;
  readonly countsPending: string;
  readonly responsible: string;
  readonly legalBasis: string;
  readonly duration: string;
  readonly whatHappens: string;
  readonly outgoing: string;
  readonly noOutgoing: string;
  readonly showIn: (view: string) => string;
  readonly selectState: string;
  readonly final: string;
  readonly initialMark: string;
  // Begleiten
  readonly storiesIntro: string;
  readonly startStory: (title: string) => string;
  readonly stepOf: (k: number, n: number) => string;
  readonly arrival: string;
  readonly event: string;
  readonly household: string;
  readonly whoDecides: string;
  readonly next: string;
  readonly back: string;
  readonly finish: string;
  readonly storyEnd: string;
  readonly outcome: string;
  readonly otherStory: string;
  readonly restart: string;
  readonly inRun: (n: string, date: string) => string;
  readonly seekRun: string;
  readonly ownStory: string;
  readonly ownStoryHint: string;
  readonly loadStory: string;
  readonly storyProblems: string;
  readonly notJson: string;
  readonly personsInHousehold: (n: number) => string;
  // Zuweisen
  readonly zuweisenIntro: string;
  readonly asLand: string;
  readonly asKreis: string;
  readonly chooseKreis: string;
  readonly needRun: string;
  readonly startExercise: string;
  readonly weekOf: (k: number, n: number, date: string) => string;
  readonly arriving: (n: string) => string;
  readonly recipient: string;
  readonly quota: string;
  readonly soll: string;
  readonly ist: string;
  readonly deviation: string;
  readonly freePlaces: string;
  readonly assign: string;
  readonly assignFor: (name: string) => string;
  readonly assigned: (n: string, of: string) => string;
  readonly closeWeek: string;
  readonly allocationSum: (assigned: string, persons: string) => string;
  readonly allocationInvalid: (name: string) => string;
  readonly resultHeading: (k: number) => string;
  readonly you: string;
  readonly policy: (name: string) => string;
  readonly totalDeviation: string;
  readonly overfull: string;
  readonly beyondPlaces: string;
  readonly pressure: string;
  readonly nextWeek: string;
  readonly exerciseDone: string;
  readonly again: string;
  readonly sameArrivals: string;
  // Quiz
  readonly quizIntro: string;
  readonly newRound: string;
  readonly questionOf: (k: number, n: number) => string;
  readonly topics: Record<Topic, string>;
  readonly askZustaendig: (state: string) => string;
  readonly askFolge: (state: string, event: string, guard: string | undefined) => string;
  readonly askRechtsgrundlage: (state: string) => string;
  readonly askWeg: (from: string, to: string) => string;
  readonly answer: string;
  readonly correct: string;
  readonly wrong: (right: string) => string;
  readonly nextQuestion: string;
  readonly showResult: string;
  readonly markRight: string;
  readonly markYours: string;
  readonly roundDone: (right: number, of: number) => string;
  readonly scoreHeading: string;
  readonly scoreLine: (right: number, of: number) => string;
  readonly noScore: string;
  readonly resetScore: string;
}

const de: LernenMessages = {
  heading: 'Lernen: Wer ist wofür zuständig?',
  subnav: 'Lernbereiche',
  subviews: { ablauf: 'Ablauf', begleiten: 'Begleiten', zuweisen: 'Selbst zuweisen', quiz: 'Quiz' },
  levels: {
    bund: 'Bund / BAMF',
    rpGiessen: 'Land / RP Gießen',
    rpDarmstadt: 'Land / RP Darmstadt',
    landkreis: 'Landkreis / kreisfreie Stadt',
    gemeinde: 'Gemeinde',
    auslaenderbehoerde: 'Ausländerbehörde',
    jobcenter: 'Jobcenter',
    jugendamt: 'Jugendamt',
    andere: 'andere Stelle',
  },
  regions: { aufenthalt: 'Aufenthalt und Unterbringung', verfahren: 'Asylverfahren', erstattung: 'Erstattung an die Kommune' },
  legend: 'Zuständige Ebene',
  ablaufIntro:
    'Der Lebenslauf eines Haushalts im Modell: drei Bereiche laufen gleichzeitig (Aufenthalt, Asylverfahren, Erstattung). Jede Farbe steht für die zuständige Ebene. Wählen Sie einen Zustand für Zuständigkeit, Rechtsgrundlage und Erläuterung.',
  diagramLabel: 'Zustandsdiagramm des Haushalts; die Textfassung folgt unter dem Diagramm.',
  layouting: 'Diagramm wird angeordnet …',
  layoutFailed: 'Das Diagramm konnte nicht angeordnet werden; die Textfassung unten ist vollständig.',
  textAlternative: 'Textfassung: Zustände und Übergänge',
  statesHeading: 'Zustände',
  transitionsHeading: 'Übergänge',
  transitionText: (from, event, to, guard) => `${from} → ${to} bei „${event}“${guard ? ` (nur wenn ${guard})` : ''}`,
  persons: (n) => `${n} Pers.`,
  countsAsOf: (date) => `Personen je Zustand im Lauf, Stand ${date} (alle vier Wochen erhoben; wer das System verlassen hat, zählt im Zustand beim Verlassen).`,
  countsPending: 'Personen je Zustand erscheinen, sobald der Lauf berechnet ist.',
  responsible: 'Zuständig',
  legalBasis: 'Rechtsgrundlage',
  duration: 'Typische Dauer',
  whatHappens: 'Was geschieht',
  outgoing: 'Mögliche nächste Schritte',
  noOutgoing: 'Keine weiteren Schritte (Endzustand oder nur über übergeordnete Zustände).',
  showIn: (view) => `In der Ansicht „${view}“ ansehen`,
  selectState: 'Zustand wählen',
  final: 'Endzustand',
  initialMark: 'Anfangszustand',
  storiesIntro:
    'Begleiten Sie einen Haushalt durch die Aufnahme. Die Geschichte hält bei jedem Schritt an: wer entscheidet, auf welcher Rechtsgrundlage, und was der Haushalt erlebt. Alles zur Zuständigkeit stammt aus dem Zustandsdiagramm.',
  startStory: (title) => `Geschichte beginnen: ${title}`,
  stepOf: (k, n) => `Schritt ${k} von ${n}`,
  arrival: 'Ankunft',
  event: 'Ereignis',
  household: 'Was der Haushalt erlebt',
  whoDecides: 'Wer entscheidet – und auf welcher Grundlage',
  next: 'Weiter',
  back: 'Zurück',
  finish: 'Zum Abschluss',
  storyEnd: 'Ende der Geschichte',
  outcome: 'Ausgang',
  otherStory: 'Andere Geschichte wählen',
  restart: 'Von vorn',
  inRun: (n, date) => `Im berechneten Lauf waren am ${date} ${n} Personen in diesem Zustand.`,
  seekRun: 'Zeitleiste auf dieses Datum stellen',
  ownStory: 'Eigene Geschichte (JSON, Format siehe docs/stories.md)',
  ownStoryHint: 'Fügen Sie den JSON-Text einer Geschichte ein; sie wird gegen Format und Zustandsdiagramm geprüft.',
  loadStory: 'Geschichte prüfen und beginnen',
  storyProblems: 'Die Geschichte wurde nicht übernommen:',
  notJson: 'kein gültiges JSON',
  personsInHousehold: (n) => (n === 1 ? '1 Person' : `${n} Personen`),
  zuweisenIntro:
    'Spielen Sie das Regierungspräsidium Darmstadt: Jede Woche kommen Menschen zur Zuweisung, und Sie verteilen sie auf die Kreise – mit Soll, Ist und freien Plätzen im Blick. Danach sehen Sie, wohin Ihre Zuweisung führt, neben der Zuweisung nach Aufnahmequote (Richtlinie „quote“) auf dieselben Ankünfte. Als Landkreis verteilen Sie entsprechend auf die Gemeinden (Richtlinie „einwohner“).',
  asLand: 'Als RP Darmstadt: Land → Kreise',
  asKreis: 'Als Landkreis: Kreis → Gemeinden',
  chooseKreis: 'Landkreis',
  needRun: 'Diese Übung braucht einen berechneten Lauf mit mehreren Kreisen. Wählen Sie oben das Szenario „Herbst 2015 in Hessen“.',
  startExercise: 'Übung beginnen',
  weekOf: (k, n, date) => `Woche ${k} von ${n} (ab ${date})`,
  arriving: (n) => `Zur Zuweisung bereit: ${n} Personen`,
  recipient: 'Empfänger',
  quota: 'Quote',
  soll: 'Soll',
  ist: 'Ist',
  deviation: 'Ist − Soll',
  freePlaces: 'Freie Plätze',
  assign: 'Zuweisen',
  assignFor: (name) => `Personen für ${name}`,
  assigned: (n, of) => `Verteilt: ${n} von ${of}`,
  closeWeek: 'Woche abschließen',
  allocationSum: (a, p) => `Es sind ${a} Personen verteilt, es müssen genau ${p} sein.`,
  allocationInvalid: (name) => `Bei ${name} steht keine ganze, nicht negative Zahl.`,
  resultHeading: (k) => `Ergebnis der Woche ${k}`,
  you: 'Ihre Zuweisung',
  policy: (name) => `Richtlinie „${name}“`,
  totalDeviation: 'Summe |Ist − Soll| (Personen)',
  overfull: 'Überbelegte Empfänger',
  beyondPlaces: 'Personen über den Plätzen',
  pressure: 'Belegung',
  nextWeek: 'Nächste Woche',
  exerciseDone: 'Übung beendet',
  again: 'Noch einmal',
  sameArrivals: 'Beide Seiten verteilen dieselben Ankünfte; jede führt ihr eigenes Soll/Ist-Konto und ihre eigene Belegung (Auszüge und neue Plätze während der Übung bleiben außer Betracht).',
  quizIntro: 'Fragen aus dem Zustandsdiagramm – jede Runde neu gemischt. Ihr Punktestand je Thema bleibt in diesem Browser gespeichert.',
  newRound: 'Neue Runde beginnen',
  questionOf: (k, n) => `Frage ${k} von ${n}`,
  topics: { zustaendig: 'Zuständigkeit', folge: 'Abläufe', rechtsgrundlage: 'Rechtsgrundlagen' },
  askZustaendig: (s) => `Wer ist zuständig für den Zustand „${s}“?`,
  askFolge: (s, e, g) => `Ein Haushalt ist im Zustand „${s}“. Es tritt „${e}“ ein${g ? ` (Bedingung: ${g})` : ''}. Was folgt?`,
  askRechtsgrundlage: (s) => `Auf welcher Rechtsgrundlage beruht der Zustand „${s}“?`,
  askWeg: (from, to) => `Ein Haushalt gelangt von „${from}“ nach „${to}“. Durch welchen Zustand muss er auf jedem Weg dorthin?`,
  answer: 'Antworten',
  correct: 'Richtig.',
  wrong: (r) => `Leider nicht. Richtig ist: ${r}.`,
  nextQuestion: 'Nächste Frage',
  showResult: 'Zum Ergebnis',
  markRight: 'richtige Antwort',
  markYours: 'Ihre Antwort',
  roundDone: (r, n) => `Runde beendet: ${r} von ${n} richtig.`,
  scoreHeading: 'Ihr Punktestand je Thema',
  scoreLine: (r, n) => `${r} von ${n} richtig`,
  noScore: 'noch keine Antworten',
  resetScore: 'Punktestand löschen',
};

const en: LernenMessages = {
  heading: 'Learning: who is responsible for what?',
  subnav: 'Learning areas',
  subviews: { ablauf: 'Process', begleiten: 'Follow', zuweisen: 'Assign yourself', quiz: 'Quiz' },
  levels: {
    bund: 'Federal / BAMF',
    rpGiessen: 'Land / RP Gießen',
    rpDarmstadt: 'Land / RP Darmstadt',
    landkreis: 'Landkreis / kreisfreie Stadt',
    gemeinde: 'Municipality',
    auslaenderbehoerde: 'Immigration office',
    jobcenter: 'Jobcenter',
    jugendamt: 'Youth welfare office',
    andere: 'other body',
  },
  regions: { aufenthalt: 'Residence and accommodation', verfahren: 'Asylum procedure', erstattung: 'Reimbursement of the Kommune' },
  legend: 'Level responsible',
  ablaufIntro:
    'The life of a household in the model: three parts run at the same time (residence, asylum procedure, reimbursement). Each colour stands for the level responsible. Choose a state for its responsibility, legal basis and explanation.',
  diagramLabel: 'State diagram of the household; the text version follows below the diagram.',
  layouting: 'Laying out the diagram …',
  layoutFailed: 'The diagram could not be laid out; the text version below is complete.',
  textAlternative: 'Text version: states and transitions',
  statesHeading: 'States',
  transitionsHeading: 'Transitions',
  transitionText: (from, event, to, guard) => `${from} → ${to} on “${event}”${guard ? ` (only if ${guard})` : ''}`,
  persons: (n) => `${n} pers.`,
  countsAsOf: (date) => `Persons per state in the run as of ${date} (taken every four weeks; whoever left the system counts in the state in which they left).`,
  countsPending: 'Persons per state appear once the run is computed.',
  responsible: 'Responsible',
  legalBasis: 'Legal basis',
  duration: 'Typical duration',
  whatHappens: 'What happens',
  outgoing: 'Possible next steps',
  noOutgoing: 'No further steps (final state, or only via enclosing states).',
  showIn: (view) => `See it in the “${view}” view`,
  selectState: 'Choose state',
  final: 'final state',
  initialMark: 'initial state',
  storiesIntro:
    'Follow a household through reception. The story pauses at every step: who decides, on what legal basis, and what the household experiences. Everything about responsibility comes from the state diagram.',
  startStory: (title) => `Start story: ${title}`,
  stepOf: (k, n) => `Step ${k} of ${n}`,
  arrival: 'Arrival',
  event: 'Event',
  household: 'What the household experiences',
  whoDecides: 'Who decides – and on what basis',
  next: 'Continue',
  back: 'Back',
  finish: 'To the end',
  storyEnd: 'End of the story',
  outcome: 'Outcome',
  otherStory: 'Choose another story',
  restart: 'Start again',
  inRun: (n, date) => `In the computed run, ${n} persons were in this state on ${date}.`,
  seekRun: 'Move the timeline to this date',
  ownStory: 'Own story (JSON, format in docs/stories.md)',
  ownStoryHint: 'Paste the JSON text of a story; it is checked against the format and the state diagram.',
  loadStory: 'Check and start story',
  storyProblems: 'The story was not taken:',
  notJson: 'not valid JSON',
  personsInHousehold: (n) => (n === 1 ? '1 person' : `${n} persons`),
  zuweisenIntro:
    'Play Regierungspräsidium Darmstadt: every week people arrive for Zuweisung and you distribute them among the Kreise – with target, actual and free places in view. Then you see where your allocation leads, next to the allocation by reception quota (policy “quote”) of the same arrivals. As a Landkreis you distribute among its municipalities (policy “einwohner”).',
  asLand: 'As RP Darmstadt: Land → Kreise',
  asKreis: 'As a Landkreis: Kreis → municipalities',
  chooseKreis: 'Landkreis',
  needRun: 'This exercise needs a computed run with several Kreise. Choose the scenario “Autumn 2015 in Hessen” above.',
  startExercise: 'Start exercise',
  weekOf: (k, n, date) => `Week ${k} of ${n} (from ${date})`,
  arriving: (n) => `Ready for Zuweisung: ${n} persons`,
  recipient: 'Recipient',
  quota: 'Quota',
  soll: 'Target',
  ist: 'Actual',
  deviation: 'Actual − target',
  freePlaces: 'Free places',
  assign: 'Assign',
  assignFor: (name) => `Persons for ${name}`,
  assigned: (n, of) => `Distributed: ${n} of ${of}`,
  closeWeek: 'Close the week',
  allocationSum: (a, p) => `${a} persons are distributed; it must be exactly ${p}.`,
  allocationInvalid: (name) => `The number for ${name} is not a whole, non-negative number.`,
  resultHeading: (k) => `Result of week ${k}`,
  you: 'Your allocation',
  policy: (name) => `Policy “${name}”`,
  totalDeviation: 'Sum |actual − target| (persons)',
  overfull: 'Recipients over capacity',
  beyondPlaces: 'Persons beyond places',
  pressure: 'Occupancy',
  nextWeek: 'Next week',
  exerciseDone: 'Exercise finished',
  again: 'Once more',
  sameArrivals: 'Both sides distribute the same arrivals; each keeps its own target/actual account and occupancy (moves out and new places during the exercise are left aside).',
  quizIntro: 'Questions from the state diagram – shuffled anew each round. Your score per topic is kept in this browser.',
  newRound: 'Start a new round',
  questionOf: (k, n) => `Question ${k} of ${n}`,
  topics: { zustaendig: 'Responsibility', folge: 'Process', rechtsgrundlage: 'Legal bases' },
  askZustaendig: (s) => `Who is responsible for the state “${s}”?`,
  askFolge: (s, e, g) => `A household is in the state “${s}”. “${e}” happens${g ? ` (condition: ${g})` : ''}. What follows?`,
  askRechtsgrundlage: (s) => `On which legal basis does the state “${s}” rest?`,
  askWeg: (from, to) => `A household gets from “${from}” to “${to}”. Which state must it pass on every way there?`,
  answer: 'Answer',
  correct: 'Correct.',
  wrong: (r) => `Not quite. The answer is: ${r}.`,
  nextQuestion: 'Next question',
  showResult: 'See the result',
  markRight: 'correct answer',
  markYours: 'your answer',
  roundDone: (r, n) => `Round finished: ${r} of ${n} correct.`,
  scoreHeading: 'Your score per topic',
  scoreLine: (r, n) => `${r} of ${n} correct`,
  noScore: 'no answers yet',
  resetScore: 'Clear score',
};

export const LERNEN_MESSAGES: Record<Lang, LernenMessages> = { de, en };

/** A state's name for trainees: its path below the region, each key capitalised ("Erstaufnahme › Zuweisungsbereit"). */
export function stateLabel(path: string): string {
  const parts = path.split('.');
  const shown = parts.length > 1 ? parts.slice(1) : parts;
  return shown.map((k) => k.charAt(0).toUpperCase() + k.slice(1)).join(' › ');
}
