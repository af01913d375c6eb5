/**
 * The editor's fields, generated from the parameter catalogue: each shows its label, unit and source, checks what is
 * typed against the field's own schema and gives the draft only a valid value (a bad text stays with its message).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { z } from 'zod';
import { entryAt, fieldMeta, parameterCatalogue, unwrap, type CatalogueEntry } from '../../../engine/scenario/catalogue.ts';
import type { Distribution, Scenario } from '../../../engine/scenario/schema.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import { findSource } from '../scenario/parameters.ts';
import { useDraftStore } from './draft.tsx';
import { checkJson, checkNumber, displayText, issueText, named, specOf, unitText, type NumberSpec } from './fields.ts';
import { EDITOR_MESSAGES } from './messages.ts';

/** Sets (or with undefined removes) the value at a dotted path of the draft. */
export function setAt(path: string, value: unknown): (draft: Scenario) => void {
  return (draft) => {
    const keys = path.split('.');
    let obj = draft as unknown as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    if (value === undefined) delete obj[last];
    else obj[last] = value;
  };
}

/** The value at a dotted path. */
export function valueAt(root: unknown, path: string): unknown {
  let v = root;
  for (const k of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Where a value comes from: the scenario's source for it (or a group above), else the catalogue's. */
export function SourceNote({ path, catalogueSource, sources }: { path: string; catalogueSource: string | undefined; sources: Readonly<Record<string, string>> }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const text = findSource(path, sources)?.text ?? catalogueSource;
  return (
    <p className="edit-source">
      {m.source}: <span lang="de">{text ?? m.sourceNone}</span>
    </p>
  );
}

/**
 * A number field: the text is checked on every change, and given to the draft on Enter or when the field is left if
 * it is valid; Escape puts the stored value back.
 */
export function NumberField({
  spec,
  value,
  onCommit,
  label,
  compact = false,
  className,
}: {
  spec: NumberSpec;
  value: number | undefined;
  onCommit: (v: number | undefined) => void;
  /** The name read out and used in messages (defaults to the spec's label). */
  label?: string;
  /** In a table: the label is not shown, only read. */
  compact?: boolean;
  className?: string;
}) {
  const { lang } = useI18n();
  const id = useId();
  const name = label ?? spec.label[lang];
  const [text, setText] = useState(() => displayText(spec, lang, value));
  const [message, setMessage] = useState<string | null>(null);
  // An edit elsewhere (undo, import, another language) shows the stored value again.
  useEffect(() => {
    setText(displayText(spec, lang, value));
    setMessage(null);
  }, [value, lang, spec.scale]);
  const commit = () => {
    const checked = checkNumber(spec, text, lang, name);
    if (!checked.ok) {
      setMessage(checked.message);
      return;
    }
    setMessage(null);
    if (checked.value !== value) onCommit(checked.value);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setText(displayText(spec, lang, value));
      setMessage(null);
    }
  };
  const unit = unitText(spec, lang);
  const input = (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      className="edit-number"
      value={text}
      aria-label={compact ? name : undefined}
      aria-invalid={message !== null}
      aria-describedby={message ? `${id}-msg` : undefined}
      placeholder={spec.optional && !compact ? EDITOR_MESSAGES[lang].emptyRemoves : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const checked = checkNumber(spec, e.target.value, lang, name);
        setMessage(checked.ok ? null : checked.message);
      }}
      onBlur={commit}
      onKeyDown={onKey}
    />
  );
  const msg = message && (
    <span id={`${id}-msg`} className="edit-message" role="alert">
      {message}
    </span>
  );
  if (compact) {
    return (
      <span className={className}>
        {input}
        {msg}
      </span>
    );
  }
  return (
    <div className={`edit-field ${className ?? ''}`}>
      <label htmlFor={id}>{name}</label>
      <span className="edit-input">
        {input}
        {unit && <span className="edit-unit">{unit}</span>}
      </span>
      {msg}
    </div>
  );
}

/** A text that is JSON, for parts of the format the editor has no form for; checked with the field's schema. */
export function JsonField({ label, schema, optional, value, onCommit }: { label: string; schema: z.ZodType; optional: boolean; value: unknown; onCommit: (v: unknown) => void }) {
  const { lang } = useI18n();
  const id = useId();
  const shown = value === undefined ? '' : JSON.stringify(value, null, 1);
  const [text, setText] = useState(shown);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setMessage(null);
  }, [shown]);
  const commit = () => {
    const checked = checkJson(schema, text, lang, label, optional);
    if (!checked.ok) {
      setMessage(checked.message);
      return;
    }
    setMessage(null);
    if (JSON.stringify(checked.value) !== JSON.stringify(value)) onCommit(checked.value);
  };
  return (
    <div className="edit-field edit-json">
      <label htmlFor={id}>
        {label} <span className="edit-unit">({EDITOR_MESSAGES[lang].json})</span>
      </label>
      <textarea
        id={id}
        value={text}
        rows={Math.min(12, Math.max(2, text.split('\n').length))}
        spellCheck={false}
        aria-invalid={message !== null}
        aria-describedby={message ? `${id}-msg` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
      />
      {message && (
        <span id={`${id}-msg`} className="edit-message" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

/**
 * A text being typed, checked with its schema at each change (the message names the field) and handed on when it is
 * committed (Enter, leaving the field) if it is valid and new; a new value from outside replaces the text.
 */
function useCheckedText(label: string, schema: z.ZodType, value: string, onCommit: (v: string) => void) {
  const { lang } = useI18n();
  const [text, setText] = useState(value);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setText(value);
    setMessage(null);
  }, [value]);
  const check = (t: string) => {
    const parsed = schema.safeParse(t);
    return parsed.success ? null : named(label, issueText(parsed.error.issues[0]!, lang));
  };
  const change = (t: string) => {
    setText(t);
    setMessage(check(t));
  };
  const commit = () => {
    const problem = check(text);
    setMessage(problem);
    if (!problem && text !== value) onCommit(text);
  };
  return { text, message, change, commit };
}

/** A short text (a name, a date) checked with its schema on entry. */
export function TextField({ label, schema, value, onCommit }: { label: string; schema: z.ZodType; value: string; onCommit: (v: string) => void }) {
  const id = useId();
  const { text, message, change, commit } = useCheckedText(label, schema, value, onCommit);
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={message !== null}
        aria-describedby={message ? `${id}-msg` : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {message && (
        <span id={`${id}-msg`} className="edit-message" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

const DIST_KINDS = ['fixed', 'uniform', 'exponential', 'gamma', 'lognormal'] as const;
const DIST_KEYS: Record<(typeof DIST_KINDS)[number], readonly ('days' | 'min' | 'max' | 'mean' | 'cv')[]> = {
  fixed: ['days'],
  uniform: ['min', 'max'],
  exponential: ['mean'],
  gamma: ['mean', 'cv'],
  lognormal: ['mean', 'cv'],
};

/** A typical number of days of a distribution, to keep when its kind changes. */
function typicalDays(d: Distribution): number {
  if (d.dist === 'fixed') return d.days;
  if (d.dist === 'uniform') return (d.min + d.max) / 2;
  return d.mean;
}

function distOf(kind: (typeof DIST_KINDS)[number], days: number): Distribution {
  const m = Math.max(1, Math.round(days));
  switch (kind) {
    case 'fixed':
      return { dist: 'fixed', days: m };
    case 'uniform':
      return { dist: 'uniform', min: 0, max: 2 * m };
    case 'exponential':
      return { dist: 'exponential', mean: m };
    default:
      return { dist: kind, mean: m, cv: 0.5 };
  }
}

/** A duration distribution: its kind and its numbers, each checked; the whole is checked with the field's schema. */
export function DistField({ entry, value, onCommit }: { entry: CatalogueEntry; value: Distribution; onCommit: (v: Distribution) => void }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const id = useId();
  const label = entry.label?.[lang] ?? entry.path;
  const [problem, setProblem] = useState<string | null>(null);
  const commit = (next: Distribution) => {
    const parsed = entry.type.safeParse(next);
    if (!parsed.success) {
      setProblem(named(label, issueText(parsed.error.issues[0]!, lang)));
      return;
    }
    setProblem(null);
    onCommit(parsed.data as Distribution);
  };
  return (
    <fieldset className="edit-field edit-dist">
      <legend>{label}</legend>
      <label htmlFor={`${id}-kind`}>{m.distKind}</label>
      <select id={`${id}-kind`} value={value.dist} onChange={(e) => commit(distOf(e.target.value as (typeof DIST_KINDS)[number], typicalDays(value)))}>
        {DIST_KINDS.map((k) => (
          <option key={k} value={k}>
            {m.dist[k]}
          </option>
        ))}
      </select>
      {DIST_KEYS[value.dist].map((key) => {
        const sub = entryAt(`${entry.path}.${key}`);
        if (!sub) return null;
        const spec = specOf(sub, { label: { de: `${entry.label?.de ?? entry.path}: ${EDITOR_MESSAGES.de.distParam[key]}`, en: `${entry.label?.en ?? entry.path}: ${EDITOR_MESSAGES.en.distParam[key]}` } });
        const current = (value as unknown as Record<string, number>)[key];
        return <NumberField key={key} spec={{ ...spec, optional: false }} value={current} onCommit={(v) => commit({ ...value, [key]: v } as Distribution)} />;
      })}
      {problem && (
        <span className="edit-message" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}

/** The catalogue's fields directly below a path (not entries of lists, records or variants). */
export function childEntries(path: string): CatalogueEntry[] {
  return parameterCatalogue().filter((e) => {
    if (e.variant !== undefined || e.path.includes('[') || e.path.includes('*')) return false;
    const cut = e.path.lastIndexOf('.');
    return cut > 0 && e.path.slice(0, cut) === path;
  });
}

const isDist = (entry: CatalogueEntry): boolean => fieldMeta(entry.type).type === 'dist' || fieldMeta(entry.schema).type === 'dist';

/** A label for a field without one of its own (a building block below a labelled field). */
function labelOf(entry: CatalogueEntry, parent: string | undefined, lang: Lang): string {
  const own = entry.label?.[lang];
  if (own) return own;
  const key = entry.path.slice(entry.path.lastIndexOf('.') + 1);
  return parent ? `${parent} › ${key}` : key;
}

/**
 * One catalogue field as a form control: numbers, yes/no, choices, texts and distributions have their own; objects
 * are a group of their fields; lists and records are edited as JSON, checked with the field's schema.
 */
export function CatalogueField({
  entry,
  draft,
  parentLabel,
  special,
}: {
  entry: CatalogueEntry;
  draft: Scenario;
  parentLabel?: string;
  /** Fields drawn by their own editor elsewhere in the section. */
  special?: (entry: CatalogueEntry) => React.ReactNode | undefined;
}) {
  const { lang } = useI18n();
  const store = useDraftStore();
  const own = special?.(entry);
  if (own !== undefined) return own;
  const value = valueAt(draft, entry.path);
  const label = labelOf(entry, parentLabel, lang);
  const commit = (v: unknown) => store.edit(setAt(entry.path, v));
  const source = <SourceNote path={entry.path} catalogueSource={entry.source} sources={draft.sources} />;
  const type = entry.type;
  if (type instanceof z.ZodNumber) {
    const spec = specOf(entry, { label: { de: labelOf(entry, parentLabel, 'de'), en: labelOf(entry, parentLabel, 'en') } });
    return (
      <div className="edit-row" data-path={entry.path}>
        <NumberField spec={spec} value={value as number | undefined} onCommit={commit} />
        {source}
      </div>
    );
  }
  if (type instanceof z.ZodBoolean) {
    return (
      <div className="edit-row" data-path={entry.path}>
        <label className="edit-check">
          <input type="checkbox" checked={value === true} onChange={(e) => commit(e.target.checked)} /> {label}
        </label>
        {source}
      </div>
    );
  }
  if (type instanceof z.ZodEnum) {
    const options = type.options as readonly string[];
    return (
      <div className="edit-row" data-path={entry.path}>
        <div className="edit-field">
          <label>
            {label}
            <select value={String(value ?? '')} onChange={(e) => commit(e.target.value)}>
              {options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        </div>
        {source}
      </div>
    );
  }
  if (isDist(entry) && value !== undefined) {
    return (
      <div className="edit-row" data-path={entry.path}>
        <DistField entry={entry} value={value as Distribution} onCommit={commit} />
        {source}
      </div>
    );
  }
  if (type instanceof z.ZodObject && value !== undefined && !fieldMeta(entry.schema).atomic) {
    return (
      <fieldset className="edit-group" data-path={entry.path}>
        <legend>{label}</legend>
        {childEntries(entry.path).map((child) => (
          <CatalogueField key={child.path} entry={child} draft={draft} parentLabel={label} special={special} />
        ))}
      </fieldset>
    );
  }
  if (type instanceof z.ZodString && typeof value === 'string') {
    return (
      <div className="edit-row" data-path={entry.path}>
        <TextField label={label} schema={type} value={value} onCommit={commit} />
        {source}
      </div>
    );
  }
  if (Array.isArray(value) && value.length > 0 && listColumns(entry)) {
    return (
      <div className="edit-row" data-path={entry.path}>
        <ListField entry={entry} value={value as Record<string, unknown>[]} label={label} onCommit={commit} />
        {source}
      </div>
    );
  }
  return (
    <div className="edit-row" data-path={entry.path}>
      <JsonField label={label} schema={entry.optional ? entry.schema : type} optional={entry.optional} value={value} onCommit={commit} />
      {source}
    </div>
  );
}

type Scalar = 'number' | 'text' | 'enum' | 'boolean';

/** The kind of a plain field of a list's objects, or null if it is not plain (a distribution, a nested list). */
function scalarKind(schema: z.ZodType): Scalar | null {
  const t = unwrap(schema);
  if (fieldMeta(schema).atomic) return null;
  if (t instanceof z.ZodNumber) return 'number';
  if (t instanceof z.ZodString) return 'text';
  if (t instanceof z.ZodEnum) return 'enum';
  if (t instanceof z.ZodBoolean) return 'boolean';
  return null;
}

/** The columns of a list of objects whose fields are all plain, or null (then the list is edited as JSON). */
export function listColumns(entry: CatalogueEntry): { key: string; kind: Scalar; schema: z.ZodType }[] | null {
  const t = entry.type;
  if (!(t instanceof z.ZodArray)) return null;
  const element = unwrap(t.element as z.ZodType);
  if (!(element instanceof z.ZodObject)) return null;
  const cols = Object.entries(element.shape as Record<string, z.ZodType>).map(([key, schema]) => ({ key, kind: scalarKind(schema), schema }));
  return cols.every((c) => c.kind !== null) ? (cols as { key: string; kind: Scalar; schema: z.ZodType }[]) : null;
}

/**
 * A list of objects with plain fields (the periods of the Pauschale, the kinds of contract) as a table: each cell is
 * checked on entry, the changed list as a whole with the field's schema (periods in order); rows added and removed.
 */
export function ListField({ entry, value, label, onCommit }: { entry: CatalogueEntry; value: readonly Record<string, unknown>[]; label: string; onCommit: (v: unknown) => void }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const [problem, setProblem] = useState<string | null>(null);
  const cols = listColumns(entry)!;
  const commit = (next: Record<string, unknown>[]) => {
    const parsed = entry.type.safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? ` › ${issue.path.map((p) => (typeof p === 'number' ? p + 1 : String(p))).join(' › ')}` : '';
      setProblem(named(`${label}${where}`, issueText(issue, lang)));
      return;
    }
    setProblem(null);
    onCommit(parsed.data);
  };
  const set = (i: number, key: string, v: unknown) => commit(value.map((row, k) => (k === i ? { ...row, [key]: v } : row)));
  return (
    <div className="edit-field edit-list">
      <table className="edit-table">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {cols.map((c) => (
              <th key={c.key} scope="col">
                {c.key}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{m.removeRow}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {value.map((row, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              {cols.map((c) => {
                const name = `${label} › ${i + 1} › ${c.key}`;
                const cell = row[c.key];
                if (c.kind === 'number') {
                  const spec = { ...specOf(entryAt(`${entry.path}.0.${c.key}`)!), optional: false };
                  return (
                    <td key={c.key} className="num">
                      <NumberField compact spec={spec} value={cell as number | undefined} label={name} onCommit={(v) => set(i, c.key, v)} />
                    </td>
                  );
                }
                if (c.kind === 'boolean') {
                  return (
                    <td key={c.key}>
                      <input type="checkbox" aria-label={name} checked={cell === true} onChange={(e) => set(i, c.key, e.target.checked)} />
                    </td>
                  );
                }
                if (c.kind === 'enum') {
                  const options = unwrap(c.schema) as z.ZodEnum;
                  return (
                    <td key={c.key}>
                      <select aria-label={name} value={String(cell)} onChange={(e) => set(i, c.key, e.target.value)}>
                        {(options.options as readonly string[]).map((o) => (
                          <option key={o} value={o}>
                            {o}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                }
                return (
                  <td key={c.key}>
                    <CellText label={name} schema={unwrap(c.schema)} value={String(cell ?? '')} onCommit={(v) => set(i, c.key, v)} />
                  </td>
                );
              })}
              <td>
                <button type="button" aria-label={`${m.removeRow}: ${label} › ${i + 1}`} onClick={() => commit(value.filter((_, k) => k !== i))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => value.length > 0 && commit([...value, { ...value[value.length - 1]! }])} disabled={value.length === 0}>
        {m.addRow}
      </button>
      {problem && (
        <span className="edit-message" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** A text cell of a list (a date), checked on entry. */
function CellText({ label, schema, value, onCommit }: { label: string; schema: z.ZodType; value: string; onCommit: (v: string) => void }) {
  const { text, message, change, commit } = useCheckedText(label, schema, value, onCommit);
  return (
    <span>
      <input type="text" aria-label={label} value={text} aria-invalid={message !== null} size={10} onChange={(e) => change(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {message && (
        <span className="edit-message" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
