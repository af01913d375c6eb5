/**
 * Szenario bearbeiten: the draft of the run's scenario in forms generated from the parameter catalogue, one section at
 * a time (each parameter group, the places of Kreise and Gemeinden, the events), with undo and redo, "Verwerfen",
 * "Übernehmen" (checked by the engine's loader, then run as the user's own scenario) and "Speichern".
 */
import { useState, type KeyboardEvent } from 'react';
import { entryAt, type CatalogueEntry } from '../../../engine/scenario/catalogue.ts';
import { BUILTIN_SCENARIOS } from '../../../engine/scenario/builtin/index.ts';
import { loadScenario } from '../../../engine/scenario/load.ts';
import type { ScenarioIssue } from '../../../engine/scenario/issues.ts';
import { PARAMETER_GROUPS, type ParameterGroup, type Scenario } from '../../../engine/scenario/schema.ts';
import { OWN, useChoice } from '../../app/choice.tsx';
import { useI18n, type Lang } from '../../i18n/index.ts';
import { useStorage } from '../../storage/api.ts';
import type { ViewProps } from '../types.ts';
import { ArrivalsEditor } from './ArrivalsEditor.tsx';
import { CapacityTables } from './CapacityTable.tsx';
import { useDraft, useDraftStore, type DraftSnapshot } from './draft.tsx';
import { EventsEditor } from './EventsEditor.tsx';
import { CatalogueField, childEntries } from './Fields.tsx';
import { EDITOR_MESSAGES } from './messages.ts';
import { PoliciesHint, POLICY_REGISTRIES, PolicyChoice } from './PoliciesEditor.tsx';
import { SitesEditor } from './SitesEditor.tsx';
import { ScenarioIssues } from '../../app/ScenarioIssues.tsx';
import './bearbeiten.css';

type SectionId = ParameterGroup | 'capacity' | 'events';
const SECTIONS: readonly SectionId[] = [...PARAMETER_GROUPS.slice(0, 5), 'capacity', ...PARAMETER_GROUPS.slice(5), 'events'];

function sectionTitle(id: SectionId, lang: Lang): string {
  const m = EDITOR_MESSAGES[lang];
  if (id === 'capacity') return m.capacity;
  if (id === 'events') return m.events;
  return entryAt(id)?.label?.[lang] ?? id;
}

/** The name the applied or saved draft gets: its base's name, marked as edited (once). */
export function editedName(lang: Lang, draft: Scenario, base: string | undefined, ownName: string | undefined): string {
  const m = EDITOR_MESSAGES[lang];
  const builtin = base !== undefined && Object.hasOwn(BUILTIN_SCENARIOS, base) ? BUILTIN_SCENARIOS[base]!.name[lang] : undefined;
  const name = builtin ?? ownName ?? draft.name[lang];
  const marked = m.edited('');
  return name.endsWith(marked) ? name : m.edited(name);
}

export function BearbeitenView(_props: ViewProps) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const snapshot = useDraft();
  const store = useDraftStore();
  const [section, setSection] = useState<SectionId>('arrivals');
  const draft = snapshot.value;
  if (!draft) {
    return (
      <section className="edit-view" aria-labelledby="edit-heading">
        <h2 id="edit-heading">{m.heading}</h2>
        <p>{m.noScenario}</p>
      </section>
    );
  }
  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere in the editor but a JSON text, which keeps its own undo of typing.
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || (e.target as Element).closest('textarea')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) store.undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') store.redo();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <section className="edit-view" aria-labelledby="edit-heading" onKeyDown={onKey}>
      <Toolbar snapshot={snapshot} draft={draft} />
      <nav className="edit-sections" aria-label={m.sections}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <button type="button" aria-current={section === id ? 'true' : undefined} onClick={() => setSection(id)}>
                {sectionTitle(id, lang)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="edit-section" aria-labelledby="edit-section-heading" data-section={section}>
        <h3 id="edit-section-heading">{sectionTitle(section, lang)}</h3>
        <Section id={section} draft={draft} />
      </section>
    </section>
  );
}

function Section({ id, draft }: { id: SectionId; draft: Scenario }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  if (id === 'capacity') return <CapacityTables draft={draft} />;
  if (id === 'events') return <EventsEditor draft={draft} />;
  // Fields with an editor of their own; `policies.params` is edited with the policies that declare them.
  const special = (entry: CatalogueEntry): React.ReactNode | undefined => {
    switch (entry.path) {
      case 'arrivals.series':
        return <ArrivalsEditor key={entry.path} draft={draft} />;
      case 'accommodation.units':
        return null;
      case 'erstaufnahme.sites':
        return <SitesEditor key={entry.path} draft={draft} />;
      case 'policies.land':
        return <PolicyChoice key={entry.path} path="policies.land" registry={POLICY_REGISTRIES['policies.land']} draft={draft} title={m.policyLand} />;
      case 'policies.kreis':
        return <PolicyChoice key={entry.path} path="policies.kreis" registry={POLICY_REGISTRIES['policies.kreis']} draft={draft} title={m.policyKreis} />;
      case 'procurement.strategy':
        return <PolicyChoice key={entry.path} path="procurement.strategy" registry={POLICY_REGISTRIES['procurement.strategy']} draft={draft} title={m.policyStrategy} />;
      case 'policies.params':
        return null;
      default:
        return undefined;
    }
  };
  return (
    <div className="edit-form">
      {id === 'policies' && <PoliciesHint />}
      {childEntries(id).map((entry) => (
        <CatalogueField key={entry.path} entry={entry} draft={draft} special={special} />
      ))}
    </div>
  );
}

function Toolbar({ snapshot, draft }: { snapshot: DraftSnapshot; draft: Scenario }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const storage = useStorage();
  const { choice, openOwn } = useChoice();
  const ownName = choice.scenario === OWN ? choice.own?.name : undefined;
  const name = editedName(lang, draft, snapshot.base, ownName);
  const [issues, setIssues] = useState<readonly ScenarioIssue[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [saveName, setSaveName] = useState<string | null>(null);
  const apply = () => {
    // A plain copy: the draft's objects are frozen by immer, and the run request is sent to a worker.
    const value = JSON.parse(JSON.stringify(draft)) as unknown;
    const result = loadScenario(value);
    if (!result.ok) {
      setIssues(result.issues);
      setNote(null);
      return;
    }
    setIssues([]);
    setNote(m.applied);
    openOwn({ name, value, ...(snapshot.base !== undefined ? { base: snapshot.base } : {}) });
  };
  const save = () => {
    if (!storage) return;
    const title = (saveName ?? name).trim() || name;
    const payload = { value: JSON.parse(JSON.stringify(draft)) as unknown, ...(snapshot.base !== undefined ? { base: snapshot.base } : {}) };
    storage.save('scenario', title, payload).then(
      (info) => setNote(m.saved(info.name)),
      (e: unknown) => setNote(m.saveFailed(e instanceof Error ? e.message : String(e))),
    );
  };
  const baseName = snapshot.base !== undefined && Object.hasOwn(BUILTIN_SCENARIOS, snapshot.base) ? BUILTIN_SCENARIOS[snapshot.base]!.name[lang] : (ownName ?? draft.name[lang]);
  return (
    <header className="edit-head">
      <h2 id="edit-heading">{m.heading}</h2>
      <p className="edit-help">
        {m.basedOn(baseName)}. {m.intro}
      </p>
      <div className="edit-toolbar" role="toolbar" aria-label={m.heading}>
        <button type="button" onClick={() => store.undo()} disabled={!snapshot.canUndo} aria-keyshortcuts="Control+Z">
          {m.undo}
        </button>
        <button type="button" onClick={() => store.redo()} disabled={!snapshot.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
          {m.redo}
        </button>
        <span className="edit-count" role="status">
          {m.changes(snapshot.changes)}
        </span>
        <button
          type="button"
          onClick={() => {
            store.reset();
            setIssues([]);
            setNote(null);
          }}
          disabled={snapshot.changes === 0 && !snapshot.canRedo}
        >
          {m.discard}
        </button>
        <button type="button" className="edit-apply" onClick={apply}>
          {m.apply}
        </button>
        {storage && (
          <>
            <label className="edit-save-name">
              {m.saveName}
              <input type="text" value={saveName ?? name} onChange={(e) => setSaveName(e.target.value)} />
            </label>
            <button type="button" onClick={save}>
              {m.save}
            </button>
          </>
        )}
      </div>
      {note && (
        <p className="edit-ok" role="status">
          {note}
        </p>
      )}
      {issues.length > 0 && <ScenarioIssues heading={m.invalid} issues={issues} className="edit-issues" />}
    </header>
  );
}
