/**
 * The header's saving controls: "Speichern" for the own scenario on screen, and the "Gespeichert" panel listing saved
 * scenarios and comparisons with name and date, to open, rename and delete them. Scenarios open through
 * `useChoice().openOwn`; comparisons are handed to the Vergleich view through `onOpenComparison(id)`.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { OWN, useChoice } from '../app/choice.tsx';
import { formatSavedAt, SAVING_TEXT } from '../app/savingText.ts';
import { useI18n } from '../i18n/index.ts';
import { useStorage, type EntryInfo, type EntryKind, type StorageProblem } from './api.ts';
import { ownFromEntry, payloadNamed, payloadOf } from './scenarioEntry.ts';

export function SavedControls({ unavailable, onOpenComparison }: { unavailable: StorageProblem | null; onOpenComparison: (id: string) => void }) {
  const { lang, t } = useI18n();
  const text = SAVING_TEXT[lang];
  const storage = useStorage();
  const { choice, started, update } = useChoice();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const panelId = useId();
  const own = started?.scenario === OWN ? choice.own : null;

  const onSave = async () => {
    if (!storage || !own) return;
    try {
      const info = await storage.save('scenario', own.name, payloadOf(own), own.savedId);
      // The menu's scenario now is this entry: the URL names it, and the next save replaces it.
      if (choice.own === own) {
        const { unsaved: _saved, ...kept } = own;
        update({ own: { ...kept, savedId: info.id } });
      }
      setNote({ text: text.savedAs(info.name), error: false });
    } catch (e) {
      setNote({ text: `${text.noStorage}: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  };

  return (
    <div className="saved-controls">
      <button
        type="button"
        onClick={() => void onSave()}
        disabled={!storage || !own}
        title={unavailable ? unavailable[lang] : own ? text.saveTitle : text.saveNothing}
      >
        {text.save}
      </button>
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {text.saved}
      </button>
      {unavailable && (
        <span className="hint" title={unavailable[lang]}>
          {text.noStorage}
        </span>
      )}
      {note && (
        <p role={note.error ? 'alert' : undefined} aria-live="polite" className={note.error ? 'field-error' : 'hint'}>
          {note.text}
        </p>
      )}
      {open && (
        <section id={panelId} className="saved-panel" aria-label={text.savedTitle}>
          <h2>{text.savedTitle}</h2>
          <button type="button" className="saved-close" onClick={() => setOpen(false)}>
            {t.close}
          </button>
          {unavailable && <p className="field-error">{unavailable[lang]}</p>}
          {storage && (
            <SavedLists
              onOpenComparison={(id) => {
                setOpen(false);
                onOpenComparison(id);
              }}
              onOpened={() => setOpen(false)}
              onProblem={(p) => setNote({ text: p, error: true })}
            />
          )}
        </section>
      )}
    </div>
  );
}

/** Both lists, refreshed after each save or removal, and the records that could not be read. */
function SavedLists({ onOpenComparison, onOpened, onProblem }: { onOpenComparison: (id: string) => void; onOpened: () => void; onProblem: (p: string) => void }) {
  const { lang } = useI18n();
  const text = SAVING_TEXT[lang];
  const storage = useStorage()!;
  const { openOwn } = useChoice();
  const [lists, setLists] = useState<{ scenario: readonly EntryInfo[]; comparison: readonly EntryInfo[]; problems: readonly StorageProblem[] } | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all([storage.list('scenario'), storage.list('comparison')]).then(
        ([scenario, comparison]) => {
          if (live) setLists({ scenario, comparison, problems: storage.problems?.() ?? [] });
        },
        (e: unknown) => onProblem(e instanceof Error ? e.message : String(e)),
      );
    refresh();
    const off = storage.subscribe(refresh);
    return () => {
      live = false;
      off();
    };
  }, [storage]);

  const openEntry = async (info: EntryInfo) => {
    if (info.kind === 'comparison') {
      onOpenComparison(info.id);
      return;
    }
    const entry = await storage.load(info.id);
    if (!entry) {
      onProblem(text.entryGone(info.name));
      return;
    }
    const r = ownFromEntry(entry);
    if ('problem' in r) {
      onProblem(r.problem[lang]);
      return;
    }
    onOpened();
    openOwn(r.own);
  };

  if (!lists) return <p>…</p>;
  return (
    <>
      {lists.problems.length > 0 && (
        <ul className="field-error">
          {lists.problems.map((p, i) => (
            <li key={p.id ?? i}>{p[lang]}</li>
          ))}
        </ul>
      )}
      {(['scenario', 'comparison'] as const).map((kind) => (
        <EntryList key={kind} kind={kind} entries={lists[kind]} onOpen={(e) => void openEntry(e)} />
      ))}
      {lists.scenario.length === 0 && lists.comparison.length === 0 && <p>{text.none}</p>}
    </>
  );
}

function EntryList({ kind, entries, onOpen }: { kind: EntryKind; entries: readonly EntryInfo[]; onOpen: (e: EntryInfo) => void }) {
  const { lang } = useI18n();
  const text = SAVING_TEXT[lang];
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{kind === 'scenario' ? text.scenarios : text.comparisons}</h3>
      <ul className="saved-list">
        {entries.map((e) => (
          <EntryRow key={e.id} entry={e} onOpen={() => onOpen(e)} />
        ))}
      </ul>
    </>
  );
}

function EntryRow({ entry, onOpen }: { entry: EntryInfo; onOpen: () => void }) {
  const { lang } = useI18n();
  const text = SAVING_TEXT[lang];
  const storage = useStorage()!;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [confirming, setConfirming] = useState(false);

  // The scenario on screen follows its entry's rename or removal through <FollowSavedEntry>, not from here.
  const onRemove = () => storage.remove(entry.id);

  const onRename = async (e: FormEvent) => {
    e.preventDefault();
    const next = name.trim();
    if (next === '' || next === entry.name) {
      setRenaming(false);
      return;
    }
    const full = await storage.load(entry.id);
    // A scenario's name goes with its entry's (see `payloadNamed`); a comparison keeps what it saved.
    if (full) await storage.save(full.kind, next, full.kind === 'scenario' ? payloadNamed(full.payload, next) : full.payload, full.id);
    setRenaming(false);
  };

  return (
    <li>
      {renaming ? (
        <form onSubmit={(e) => void onRename(e)} className="saved-rename">
          <input type="text" value={name} aria-label={text.renameTo(entry.name)} onChange={(e) => setName(e.target.value)} maxLength={500} autoFocus />
          <button type="submit">{text.ok}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {text.cancel}
          </button>
        </form>
      ) : (
        <>
          <span className="saved-name">{entry.name}</span>{' '}
          <span className="saved-date">
            {text.savedOn} <time dateTime={entry.savedAt}>{formatSavedAt(lang, entry.savedAt)}</time>
          </span>{' '}
          <button type="button" onClick={onOpen} aria-label={`${text.open}: ${entry.name}`}>
            {text.open}
          </button>
          <button type="button" onClick={() => setRenaming(true)} aria-label={`${text.rename}: ${entry.name}`}>
            {text.rename}
          </button>
          {confirming ? (
            <>
              <span>{text.removeConfirm(entry.name)}</span>
              <button type="button" onClick={() => void onRemove()}>
                {text.remove}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {text.cancel}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} aria-label={`${text.remove}: ${entry.name}`}>
              {text.remove}
            </button>
          )}
        </>
      )}
    </li>
  );
}
