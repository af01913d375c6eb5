/**
 * The "Was wäre wenn" controls of the lecturer mode: in a paused chapter, a form to switch the Land or Kreis policy or
 * set one of the offered parameters from the next day on; while a change is on screen, a quiet line naming it with a
 * button to drop it. A value outside the catalogue's bounds is refused with a message naming the field, and the run on
 * screen stays.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useDay, useSessionObject } from '../../app/context.tsx';
import { laterSetting, useWhatIf, valueInForce, type WhatIfProblem } from '../../data/whatIf.tsx';
import { formatDate } from '../../format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import { VORTRAG_MESSAGES, type VortragMessages } from './messages.ts';
import {
  changeLine,
  checkParameterValue,
  eventLabel,
  fieldLabel,
  isPolicyPath,
  shownValue,
  unitText,
  WHAT_IF_FIELDS,
  WHAT_IF_POLICIES,
  type WhatIfField,
} from './whatIf.ts';

export interface WhatIfPanelProps {
  /** The chapter is paused on its question: changes may be asked for. */
  readonly enabled: boolean;
  /** Increases when the lecturer asks for the form by key: it opens and its first field takes the focus. */
  readonly openSignal: number;
}

export function WhatIfPanel({ enabled, openSignal }: WhatIfPanelProps) {
  const { lang } = useI18n();
  const v = VORTRAG_MESSAGES[lang];
  const whatIf = useWhatIf();
  const own = useSessionObject();
  const original = whatIf.original ?? own;
  const state = useSyncExternalStore(original.subscribe, original.getState);
  const day = useDay();
  const [field, setField] = useState<WhatIfField>('policies.kreis');
  // What the lecturer chose or typed, for the field it was chosen for; otherwise the value in force is shown.
  const [choice, setChoice] = useState<{ field: WhatIfField; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const fieldRef = useRef<HTMLSelectElement>(null);

  // Asked for by key: open, then (once the <details> is open and its fields can take focus) focus the first field.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (openSignal === 0 || !enabled) return;
    wantFocus.current = true;
    setOpen(true);
  }, [openSignal, enabled]);
  useEffect(() => {
    if (!open || !wantFocus.current) return;
    wantFocus.current = false;
    fieldRef.current?.focus();
  }, [open, openSignal]);

  const data = state.data;
  const date = data ? data.days[Math.min(day + 1, data.D - 1)] : undefined;
  const current = data?.scenario && state.request && date ? valueInForce(data.scenario, state.request.options, field, date) : undefined;
  const text = choice?.field === field ? choice.text : currentText(field, current, lang);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const label = fieldLabel(field, lang);
    let value: unknown;
    if (isPolicyPath(field)) value = text;
    else {
      const checked = checkParameterValue(field, text, lang);
      if (!checked.ok) {
        setError(checked.message);
        return;
      }
      value = checked.value;
    }
    if (value === current) {
      setError(v.whatIfSame(label));
      return;
    }
    setError(null);
    whatIf.apply({ path: field, value, label: eventLabel });
    setOpen(false);
    (document.activeElement as HTMLElement | null)?.blur?.();
  };

  const change = whatIf.change;
  const later = change && data?.scenario ? laterSetting(data.scenario, change.path, change.date) : null;
  return (
    <div className="vortrag-whatif">
      {change && (
        <p className="vortrag-whatif-line" data-path={change.path}>
          <span>
            {v.whatIfLine}: {changeLine(change, lang)}
            {later && <span className="vortrag-whatif-later"> · {v.whatIfLater(formatDate(lang, later))}</span>}
          </span>{' '}
          <button type="button" onClick={whatIf.drop}>
            {v.whatIfDrop}
          </button>
        </p>
      )}
      {whatIf.pending && (
        <p className="vortrag-whatif-line" role="status">
          {v.whatIfComputing(changeLine(whatIf.pending, lang))}
        </p>
      )}
      {(error || whatIf.problem) && (
        <div role="alert" className="notice notice-error vortrag-whatif-error">
          {error ? <p>{error}</p> : <ProblemText problem={whatIf.problem!} v={v} lang={lang} />}
        </div>
      )}
      {enabled && (
        <details className="vortrag-whatif-form" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary aria-keyshortcuts="W">{v.whatIf}</summary>
          <form onSubmit={submit} aria-label={v.whatIf}>
            <p className="vortrag-whatif-hint">{v.whatIfHint}</p>
            <label>
              {v.whatIfField}{' '}
              <select
                ref={fieldRef}
                value={field}
                onChange={(e) => {
                  setField(e.target.value as WhatIfField);
                  setError(null);
                }}
              >
                {WHAT_IF_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {fieldLabel(f, lang)}
                  </option>
                ))}
              </select>
            </label>{' '}
            {isPolicyPath(field) ? (
              <label>
                {v.whatIfPolicy}{' '}
                <select value={text} onChange={(e) => setChoice({ field, text: e.target.value })}>
                  {Object.values(WHAT_IF_POLICIES[field]).map((p) => (
                    <option key={p.id} value={p.id} title={p.description[lang]}>
                      {p.label[lang]} ({p.id})
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <label>
                {v.whatIfValue}{' '}
                <input
                  type="text"
                  inputMode="decimal"
                  size={7}
                  value={text}
                  aria-invalid={error !== null}
                  onChange={(e) => setChoice({ field, text: e.target.value })}
                />{' '}
                {unitText(field, lang)}
              </label>
            )}{' '}
            <button type="submit">{v.whatIfApply}</button>
          </form>
        </details>
      )}
    </div>
  );
}

/** The value in force as the form shows it: a policy id, or a number (a share as percent). */
function currentText(field: WhatIfField, current: unknown, lang: Lang): string {
  if (isPolicyPath(field)) return typeof current === 'string' ? current : '';
  if (typeof current !== 'number') return '';
  const shown = String(shownValue(field, current));
  return lang === 'de' ? shown.replace('.', ',') : shown;
}

function ProblemText({ problem, v, lang }: { problem: WhatIfProblem; v: VortragMessages; lang: Lang }) {
  switch (problem.kind) {
    case 'notReady':
      return <p>{v.whatIfNotReady}</p>;
    case 'lastDay':
      return <p>{v.whatIfLastDay}</p>;
    case 'error':
      return (
        <p>
          {v.whatIfFailed} {problem.message}
        </p>
      );
    case 'invalid':
      return (
        <>
          <p>{v.whatIfRejected}</p>
          <ul>
            {problem.issues.map((i, k) => (
              <li key={k}>
                <code>{i.path}</code>: {i.text[lang]}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

