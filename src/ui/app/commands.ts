/**
 * The commands of the keyboard, one record each: the source of the shortcuts, their help text and the buttons' hints.
 * Most drive the run control; those of scope `vortrag` drive the lecturer mode and only count while it is on.
 */
import type { SnapshotFrom } from 'xstate';
import type { Lang } from '../i18n/index.ts';
import type { RunControlEvent, runControlMachine } from '../machines/runControl.ts';

/** A key as `KeyboardEvent.key` names it; `shift` only for named keys (for characters Shift is part of typing them). */
export interface KeyBinding {
  readonly key: string;
  readonly shift?: boolean;
}

/** What the keys of the lecturer mode ask of it. */
export type PresentationEvent =
  | { type: 'vortrag.fullscreen' }
  | { type: 'vortrag.leave' }
  | { type: 'vortrag.whatIf' }
  | { type: 'chapter.goto'; index: number }
  | { type: 'chapter.next' }
  | { type: 'chapter.previous' };

/** Who hears a command: the run control (always), or the lecturer mode (while it is on). */
export type CommandScope = 'run' | 'vortrag';

export interface Command {
  readonly id: string;
  readonly label: Readonly<Record<Lang, string>>;
  readonly keys: readonly KeyBinding[];
  /** Defaults to `run`. */
  readonly scope?: CommandScope;
  /** What the command sends: to the run control, or for scope `vortrag` to the lecturer mode. */
  readonly event: RunControlEvent | PresentationEvent;
  /** The event for the key pressed, where keys differ in what they send (the chapter keys 1–9). */
  readonly eventForKey?: (key: string) => RunControlEvent | PresentationEvent;
}

/** Declares a command; keeps its id as a literal type so that commands can be looked up by id. */
const defineCommand = <const Id extends string>(command: Command & { readonly id: Id }): Command & { readonly id: Id } => command;

export const COMMANDS = [
  defineCommand({
    id: 'playback.toggle',
    label: { de: 'Abspielen/Anhalten', en: 'Play/pause' },
    keys: [{ key: ' ' }],
    event: { type: 'playback.toggle' },
  }),
  defineCommand({
    id: 'cursor.dayBack',
    label: { de: 'Einen Tag zurück', en: 'One day back' },
    keys: [{ key: 'ArrowLeft' }],
    event: { type: 'cursor.step', days: -1 },
  }),
  defineCommand({
    id: 'cursor.dayForward',
    label: { de: 'Einen Tag vor', en: 'One day forward' },
    keys: [{ key: 'ArrowRight' }],
    event: { type: 'cursor.step', days: 1 },
  }),
  defineCommand({
    id: 'cursor.weekBack',
    label: { de: 'Eine Woche zurück', en: 'One week back' },
    keys: [{ key: 'ArrowLeft', shift: true }],
    event: { type: 'cursor.step', days: -7 },
  }),
  defineCommand({
    id: 'cursor.weekForward',
    label: { de: 'Eine Woche vor', en: 'One week forward' },
    keys: [{ key: 'ArrowRight', shift: true }],
    event: { type: 'cursor.step', days: 7 },
  }),
  defineCommand({
    id: 'speed.faster',
    label: { de: 'Schneller', en: 'Faster' },
    keys: [{ key: '+' }],
    event: { type: 'speed.faster' },
  }),
  defineCommand({
    id: 'speed.slower',
    label: { de: 'Langsamer', en: 'Slower' },
    keys: [{ key: '-' }],
    event: { type: 'speed.slower' },
  }),
  defineCommand({
    id: 'cursor.rewind',
    label: { de: 'Zurück zum Anfang', en: 'Back to the start' },
    keys: [{ key: 'Home' }],
    event: { type: 'cursor.rewind' },
  }),
  defineCommand({
    id: 'vortrag.chapter',
    label: { de: 'Kapitel wählen', en: 'Choose a chapter' },
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((key) => ({ key })),
    scope: 'vortrag',
    event: { type: 'chapter.goto', index: 0 },
    eventForKey: (key) => ({ type: 'chapter.goto', index: Number(key) - 1 }),
  }),
  defineCommand({
    id: 'vortrag.next',
    label: { de: 'Nächstes Kapitel', en: 'Next chapter' },
    // Presenter remotes send PageDown and PageUp.
    keys: [{ key: 'PageDown' }, { key: 'n' }],
    scope: 'vortrag',
    event: { type: 'chapter.next' },
  }),
  defineCommand({
    id: 'vortrag.previous',
    label: { de: 'Voriges Kapitel', en: 'Previous chapter' },
    keys: [{ key: 'PageUp' }, { key: 'p' }],
    scope: 'vortrag',
    event: { type: 'chapter.previous' },
  }),
  defineCommand({
    id: 'vortrag.fullscreen',
    label: { de: 'Vollbild', en: 'Full screen' },
    keys: [{ key: 'f' }, { key: 'F' }],
    scope: 'vortrag',
    event: { type: 'vortrag.fullscreen' },
  }),
  defineCommand({
    id: 'vortrag.whatIf',
    label: { de: 'Was wäre wenn (im angehaltenen Kapitel)', en: 'What if (in a paused chapter)' },
    keys: [{ key: 'w' }, { key: 'W' }],
    scope: 'vortrag',
    event: { type: 'vortrag.whatIf' },
  }),
  defineCommand({
    id: 'vortrag.leave',
    label: { de: 'Präsentation verlassen', en: 'Leave the presentation' },
    keys: [{ key: 'Escape' }],
    scope: 'vortrag',
    event: { type: 'vortrag.leave' },
  }),
] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];

/** A value for each command, by id. */
function perCommand<T>(value: (c: Command) => T): Record<CommandId, T> {
  const out = {} as Record<CommandId, T>;
  for (const c of COMMANDS) out[c.id] = value(c);
  return out;
}

export const COMMAND: Readonly<Record<CommandId, Command>> = perCommand((c) => c);

/** The modifier state of a key press, as on `KeyboardEvent`. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

const isCharacter = (key: string): boolean => [...key].length === 1;

function matches(binding: KeyBinding, e: KeyPress): boolean {
  if (e.key !== binding.key) return false;
  return isCharacter(binding.key) || e.shiftKey === (binding.shift ?? false);
}

const scopeOf = (c: Command): CommandScope => c.scope ?? 'run';

/** The command of a scope a key press stands for; none with Alt, Ctrl or Meta (those belong to the browser). */
export function commandForKey(e: KeyPress, scope: CommandScope = 'run'): Command | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  return COMMANDS.find((c) => scopeOf(c) === scope && c.keys.some((b) => matches(b, e)));
}

/** What a key press of a command sends. */
export const eventOf = (command: Command, key: string): RunControlEvent | PresentationEvent => command.eventForKey?.(key) ?? command.event;

const KEY_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ' ': { de: 'Leertaste', en: 'Space' },
  ArrowLeft: { de: '←', en: '←' },
  ArrowRight: { de: '→', en: '→' },
  Home: { de: 'Pos1', en: 'Home' },
  PageDown: { de: 'Bild↓', en: 'Page Down' },
  PageUp: { de: 'Bild↑', en: 'Page Up' },
  Escape: { de: 'Esc', en: 'Esc' },
  '-': { de: '−', en: '−' },
};
const SHIFT: Readonly<Record<Lang, string>> = { de: 'Umschalt', en: 'Shift' };

/** A key as printed on the keyboard of the language's users. */
export function keyText(binding: KeyBinding, lang: Lang): string {
  const name = KEY_NAMES[binding.key]?.[lang] ?? binding.key;
  return binding.shift ? `${SHIFT[lang]}+${name}` : name;
}

/** The keys of a command for people: “→”, “Umschalt+→”, several joined by “/”, a run of digits as “1–9”. */
export const keysText = (command: Command, lang: Lang): string => {
  const keys = command.keys.filter((b, i) => !(b.key.length === 1 && b.key !== b.key.toLowerCase() && command.keys.some((o, j) => j !== i && o.key === b.key.toLowerCase())));
  if (keys.length > 2 && keys.every((b) => /^\d$/.test(b.key))) return `${keys[0]!.key}–${keys[keys.length - 1]!.key}`;
  return keys.map((b) => keyText(b, lang)).join('/');
};

// Names in aria-keyshortcuts (WAI-ARIA): key values of UI Events, except “Space” and “Plus”, since “+” joins keys there.
const ARIA_NAMES: Readonly<Record<string, string>> = { ' ': 'Space', '+': 'Plus' };

/** The value of `aria-keyshortcuts` for a command. */
export const ariaKeys = (command: Command): string =>
  command.keys.map((b) => `${b.shift ? 'Shift+' : ''}${ARIA_NAMES[b.key] ?? b.key}`).join(' ');

/** A button's tooltip: the command and its keys. */
export const commandTitle = (command: Command, lang: Lang): string => `${command.label[lang]} (${keysText(command, lang)})`;

const HEADING: Readonly<Record<Lang, string>> = { de: 'Tastatur', en: 'Keyboard' };

/** The one-line help on the shortcuts of a scope, as shown under the app (and in the lecturer mode). */
export const keyboardHelp = (lang: Lang, scope: CommandScope = 'run'): string =>
  `${HEADING[lang]}: ${COMMANDS.filter((c) => scopeOf(c) === scope)
    .map((c) => `${keysText(c, lang)} ${c.label[lang]}`)
    .join(' · ')}`;

type RunControlSnapshot = SnapshotFrom<typeof runControlMachine>;

/** Which commands the run control accepts now: from the machine's own guards, for enabling buttons. */
export const selectEnabled = (s: RunControlSnapshot): Readonly<Record<CommandId, boolean>> =>
  perCommand((c) => scopeOf(c) === 'run' && s.can(c.event as RunControlEvent));
