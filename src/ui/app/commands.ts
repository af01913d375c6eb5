/** The run-control commands, one record each: the source of the keyboard shortcuts, their help text and the buttons' hints. */
import type { SnapshotFrom } from 'xstate';
import type { Lang } from '../i18n/index.ts';
import type { RunControlEvent, runControlMachine } from '../machines/runControl.ts';

/** A key as `KeyboardEvent.key` names it; `shift` only for named keys (for characters Shift is part of typing them). */
export interface KeyBinding {
  readonly key: string;
  readonly shift?: boolean;
}

export interface Command {
  readonly id: string;
  readonly label: Readonly<Record<Lang, string>>;
  readonly keys: readonly KeyBinding[];
  /** What the command sends to the run control. */
  readonly event: RunControlEvent;
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

/** The command a key press stands for; none with Alt, Ctrl or Meta (those belong to the browser). */
export function commandForKey(e: KeyPress): Command | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  return COMMANDS.find((c) => c.keys.some((b) => matches(b, e)));
}

const KEY_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ' ': { de: 'Leertaste', en: 'Space' },
  ArrowLeft: { de: '←', en: '←' },
  ArrowRight: { de: '→', en: '→' },
  Home: { de: 'Pos1', en: 'Home' },
  '-': { de: '−', en: '−' },
};
const SHIFT: Readonly<Record<Lang, string>> = { de: 'Umschalt', en: 'Shift' };

/** A key as printed on the keyboard of the language's users. */
export function keyText(binding: KeyBinding, lang: Lang): string {
  const name = KEY_NAMES[binding.key]?.[lang] ?? binding.key;
  return binding.shift ? `${SHIFT[lang]}+${name}` : name;
}

/** The keys of a command for people: “→”, “Umschalt+→”, several joined by “/”. */
export const keysText = (command: Command, lang: Lang): string => command.keys.map((b) => keyText(b, lang)).join('/');

// Names in aria-keyshortcuts (WAI-ARIA): key values of UI Events, except “Space” and “Plus”, since “+” joins keys there.
const ARIA_NAMES: Readonly<Record<string, string>> = { ' ': 'Space', '+': 'Plus' };

/** The value of `aria-keyshortcuts` for a command. */
export const ariaKeys = (command: Command): string =>
  command.keys.map((b) => `${b.shift ? 'Shift+' : ''}${ARIA_NAMES[b.key] ?? b.key}`).join(' ');

/** A button's tooltip: the command and its keys. */
export const commandTitle = (command: Command, lang: Lang): string => `${command.label[lang]} (${keysText(command, lang)})`;

const HEADING: Readonly<Record<Lang, string>> = { de: 'Tastatur', en: 'Keyboard' };

/** The one-line help on the shortcuts, as shown under the app. */
export const keyboardHelp = (lang: Lang): string =>
  `${HEADING[lang]}: ${COMMANDS.map((c) => `${keysText(c, lang)} ${c.label[lang]}`).join(' · ')}`;

type RunControlSnapshot = SnapshotFrom<typeof runControlMachine>;

/** Which commands the run control accepts now: from the machine's own guards, for enabling buttons. */
export const selectEnabled = (s: RunControlSnapshot): Readonly<Record<CommandId, boolean>> => perCommand((c) => s.can(c.event));
