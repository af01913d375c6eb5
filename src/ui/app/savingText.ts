/** The texts of saving, sharing and importing, in both UI languages (kept beside the shared dictionary to keep it short). */
import type { Lang } from '../i18n/index.ts';

const de = {
  save: 'Speichern',
  saveTitle: 'Das eigene Szenario im Browser speichern',
  saveNothing: 'Nur ein eigenes Szenario (Datei, Editor, Link) kann gespeichert werden; die eingebauten sind immer da.',
  saved: 'Gespeichert',
  savedAs: (name: string) => `Gespeichert als „${name}“.`,
  savedTitle: 'Gespeicherte Szenarien und Vergleiche',
  scenarios: 'Szenarien',
  comparisons: 'Vergleiche',
  none: 'Noch nichts gespeichert.',
  open: 'Öffnen',
  rename: 'Umbenennen',
  renameTo: (name: string) => `Neuer Name für „${name}“`,
  ok: 'OK',
  cancel: 'Abbrechen',
  remove: 'Löschen',
  removeConfirm: (name: string) => `„${name}“ wirklich löschen?`,
  savedOn: 'gespeichert am',
  unsaved: (name: string) => `${name} (nicht gespeichert)`,
  name: 'Name',
  noStorage: 'Speichern nicht möglich',
  entryGone: (id: string) => `Der gespeicherte Eintrag „${id}“ ist nicht (mehr) vorhanden.`,
  entryBad: (name: string, why: string) => `„${name}“ lässt sich nicht öffnen: ${why}`,
  share: 'Link teilen',
  shareCopied: 'Link in die Zwischenablage kopiert:',
  shareShown: 'Link (zum Kopieren):',
  shareLink: 'Geteilter Link',
  dropHere: 'Szenario-Datei (JSON) hier ablegen',
  dropOne: 'Bitte genau eine Datei ablegen.',
};

const en: typeof de = {
  save: 'Save',
  saveTitle: 'Save the own scenario in the browser',
  saveNothing: 'Only an own scenario (file, editor, link) can be saved; the built-in ones are always there.',
  saved: 'Saved',
  savedAs: (name) => `Saved as “${name}”.`,
  savedTitle: 'Saved scenarios and comparisons',
  scenarios: 'Scenarios',
  comparisons: 'Comparisons',
  none: 'Nothing saved yet.',
  open: 'Open',
  rename: 'Rename',
  renameTo: (name) => `New name for “${name}”`,
  ok: 'OK',
  cancel: 'Cancel',
  remove: 'Delete',
  removeConfirm: (name) => `Really delete “${name}”?`,
  savedOn: 'saved on',
  unsaved: (name) => `${name} (not saved)`,
  name: 'Name',
  noStorage: 'Saving not possible',
  entryGone: (id) => `The saved entry “${id}” does not exist (any more).`,
  entryBad: (name, why) => `“${name}” cannot be opened: ${why}`,
  share: 'Share link',
  shareCopied: 'Link copied to the clipboard:',
  shareShown: 'Link (to copy):',
  shareLink: 'Shared link',
  dropHere: 'Drop a scenario file (JSON) here',
  dropOne: 'Please drop exactly one file.',
};

export const SAVING_TEXT: Readonly<Record<Lang, typeof de>> = { de, en };

/** A saved date and time in the UI language (24.10.2015, 14:05 / 24 Oct 2015, 14:05). */
export function formatSavedAt(lang: Lang, iso: string): string {
  const d = new Date(iso);
  return d.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { day: '2-digit', month: lang === 'de' ? '2-digit' : 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
