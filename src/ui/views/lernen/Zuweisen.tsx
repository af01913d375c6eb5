/** Selbst zuweisen: the trainee assigns each week's arrivals by hand and compares with the engine's policy. */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { evaluate, initialStanding, playWeek, type Evaluation, type Exercise, type Standing, type WeekResult } from '../../../engine/lehre/zuweisen.ts';
import type { RunData } from '../../data/runData.ts';
import { formatDate, formatNumber, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { exerciseFrom, kreiseWithGemeinden } from './exercise.ts';
import { LERNEN_MESSAGES, type LernenMessages } from './messages.ts';

/** Whole persons for display; a deviation that rounds to nothing shows as 0, not −0. */
const whole = (v: number): number => Math.round(v) || 0;

export function Zuweisen({ data, day }: { data: RunData | null; day: number }) {
  const { lang } = useI18n();
  const m = LERNEN_MESSAGES[lang];
  const [role, setRole] = useState<'land' | 'kreis'>('land');
  const kreise = useMemo(() => (data ? kreiseWithGemeinden(data) : []), [data]);
  const [kreis, setKreis] = useState<number | null>(null);
  const chosenKreis = kreis !== null && kreise.includes(kreis) ? kreis : (kreise[0] ?? null);
  const [exercise, setExercise] = useState<Exercise | null>(null);

  const usable = data !== null && data.kreise.length >= 2;
  if (!usable) {
    return (
      <div className="lernen-zuweisen">
        <p>{m.zuweisenIntro}</p>
        <p className="notice notice-warn">{m.needRun}</p>
      </div>
    );
  }
  if (exercise) return <Play exercise={exercise} m={m} names={exercise.recipients.map((r) => r.name)} onAgain={() => setExercise(null)} />;
  const start = (e: FormEvent) => {
    e.preventDefault();
    setExercise(exerciseFrom(data, role === 'land' ? null : chosenKreis, day));
  };
  return (
    <form className="lernen-zuweisen" onSubmit={start}>
      <p>{m.zuweisenIntro}</p>
      <fieldset>
        <legend>{m.subviews.zuweisen}</legend>
        <label>
          <input type="radio" name="lernen-role" checked={role === 'land'} onChange={() => setRole('land')} /> {m.asLand}
        </label>
        <label>
          <input type="radio" name="lernen-role" checked={role === 'kreis'} onChange={() => setRole('kreis')} disabled={kreise.length === 0} /> {m.asKreis}
        </label>
        {role === 'kreis' && (
          <label className="lernen-field">
            {m.chooseKreis}
            <select value={chosenKreis ?? ''} onChange={(e) => setKreis(Number(e.target.value))}>
              {kreise.map((k) => (
                <option key={k} value={k}>
                  {data.units[k]!.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <button type="submit" className="primary">
        {m.startExercise}
      </button>
      <p className="hint">{m.sameArrivals}</p>
    </form>
  );
}

function Play({ exercise, m, names, onAgain }: { exercise: Exercise; m: LernenMessages; names: readonly string[]; onAgain: () => void }) {
  const { lang } = useI18n();
  const [results, setResults] = useState<readonly WeekResult[]>([]);
  const [showing, setShowing] = useState(false);
  const [draft, setDraft] = useState<string[]>(() => exercise.recipients.map(() => '0'));
  const [problem, setProblem] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const weekHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (showing ? resultHeading : weekHeading).current?.focus();
  }, [showing, results.length]);

  const week = results.length;
  const done = week >= exercise.weeks.length;
  const standing: Standing = results.at(-1)?.trainee.standing ?? initialStanding(exercise);
  const now = evaluate(exercise, standing);
  const persons = exercise.weeks[week] ?? 0;
  const numbers = draft.map((v) => (v.trim() === '' ? 0 : Number(v)));
  const assigned = numbers.reduce((s, n) => s + (Number.isFinite(n) ? n : 0), 0);
  const weekStart = (w: number) => {
    const d = new Date(`${exercise.start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7 * w);
    return d.toISOString().slice(0, 10);
  };
  const fmt = (v: number) => formatNumber(lang, v);
  const policyName = exercise.assigner === 'land' ? 'quote' : 'einwohner';

  if (showing || done) {
    const r = results.at(-1)!;
    return (
      <div className="lernen-zuweisen">
        <h3 ref={resultHeading} tabIndex={-1}>
          {done && !showing ? m.exerciseDone : m.resultHeading(r.week + 1)}
        </h3>
        <Comparison r={r} names={names} m={m} policyName={policyName} />
        <div className="lernen-actions">
          {week < exercise.weeks.length ? (
            <button
              type="button"
              className="primary"
              onClick={() => {
                setShowing(false);
                setDraft(exercise.recipients.map(() => '0'));
              }}
            >
              {m.nextWeek}
            </button>
          ) : (
            <p>
              <strong>{m.exerciseDone}</strong>
            </p>
          )}
          <button type="button" onClick={onAgain}>
            {m.again}
          </button>
        </div>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = playWeek(exercise, results, numbers);
    if ('kind' in r) {
      setProblem(r.kind === 'sum' ? m.allocationSum(fmt(r.assigned), fmt(r.persons)) : m.allocationInvalid(names[r.index] ?? ''));
      return;
    }
    setProblem(null);
    setResults([...results, r]);
    setShowing(true);
  };

  return (
    <form className="lernen-zuweisen" onSubmit={submit}>
      <h3 ref={weekHeading} tabIndex={-1}>
        {m.weekOf(week + 1, exercise.weeks.length, formatDate(lang, weekStart(week)))}
      </h3>
      <p>
        <strong>{m.arriving(fmt(persons))}</strong> · <span aria-live="polite">{m.assigned(fmt(assigned), fmt(persons))}</span>
      </p>
      <div className="lernen-table-wrap" role="region" aria-label={m.subviews.zuweisen} tabIndex={0}>
        <table className="lernen-table">
          <thead>
            <tr>
              <th scope="col">{m.recipient}</th>
              <th scope="col">{m.quota}</th>
              <th scope="col">{m.soll}</th>
              <th scope="col">{m.ist}</th>
              <th scope="col">{m.deviation}</th>
              <th scope="col">{m.freePlaces}</th>
              <th scope="col">{m.assign}</th>
            </tr>
          </thead>
          <tbody>
            {exercise.recipients.map((r, i) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{formatPercent(lang, r.quota, 2)}</td>
                <td>{fmt(whole(now.soll[i]!))}</td>
                <td>{fmt(standing.ist[i]!)}</td>
                <td className={whole(now.deviation[i]!) < 0 ? 'neg' : ''}>{fmt(whole(now.deviation[i]!))}</td>
                <td className={now.free[i]! < 0 ? 'neg' : ''}>{fmt(now.free[i]!)}</td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    size={6}
                    value={draft[i]}
                    aria-label={m.assignFor(r.name)}
                    onChange={(e) => setDraft(draft.map((v, j) => (j === i ? e.target.value : v)))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {m.closeWeek}
      </button>
    </form>
  );
}

function Summary({ e }: { e: Evaluation }) {
  const { lang } = useI18n();
  return (
    <>
      <td>{formatNumber(lang, Math.round(e.totalDeviation))}</td>
      <td>{formatNumber(lang, e.overfull)}</td>
      <td>{formatNumber(lang, e.beyondPlaces)}</td>
    </>
  );
}

function Comparison({ r, names, m, policyName }: { r: WeekResult; names: readonly string[]; m: LernenMessages; policyName: string }) {
  const { lang } = useI18n();
  const fmt = (v: number) => formatNumber(lang, whole(v));
  const pct = (v: number) => (Number.isFinite(v) ? formatPercent(lang, v) : '∞');
  return (
    <>
      <table className="lernen-table">
        <caption>{m.arriving(fmt(r.persons))}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{m.totalDeviation}</th>
            <th scope="col">{m.overfull}</th>
            <th scope="col">{m.beyondPlaces}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{m.you}</th>
            <Summary e={r.trainee.evaluation} />
          </tr>
          <tr>
            <th scope="row">{m.policy(policyName)}</th>
            <Summary e={r.policy.evaluation} />
          </tr>
        </tbody>
      </table>
      <div className="lernen-table-wrap" role="region" aria-label={m.resultHeading(r.week + 1)} tabIndex={0}>
        <table className="lernen-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {m.recipient}
              </th>
              <th scope="colgroup" colSpan={3}>
                {m.you}
              </th>
              <th scope="colgroup" colSpan={3}>
                {m.policy(policyName)}
              </th>
            </tr>
            <tr>
              <th scope="col">{m.assign}</th>
              <th scope="col">{m.deviation}</th>
              <th scope="col">{m.pressure}</th>
              <th scope="col">{m.assign}</th>
              <th scope="col">{m.deviation}</th>
              <th scope="col">{m.pressure}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name, i) => (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td>{fmt(r.trainee.allocation[i]!)}</td>
                <td className={whole(r.trainee.evaluation.deviation[i]!) < 0 ? 'neg' : ''}>{fmt(r.trainee.evaluation.deviation[i]!)}</td>
                <td className={r.trainee.evaluation.free[i]! < 0 ? 'neg' : ''}>{pct(r.trainee.evaluation.pressure[i]!)}</td>
                <td>{fmt(r.policy.allocation[i]!)}</td>
                <td className={whole(r.policy.evaluation.deviation[i]!) < 0 ? 'neg' : ''}>{fmt(r.policy.evaluation.deviation[i]!)}</td>
                <td className={r.policy.evaluation.free[i]! < 0 ? 'neg' : ''}>{pct(r.policy.evaluation.pressure[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
