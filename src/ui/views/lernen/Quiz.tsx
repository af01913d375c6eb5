/** Quiz: a seeded round of questions generated from the chart, feedback with the chart's explanation, score kept locally. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChartModel } from '../../../engine/lehre/chart.ts';
import type { TransitionTable } from '../../../engine/machines/table.ts';
import { emptyScore, makeQuiz, scored, TOPICS, type Question, type Score } from '../../../engine/lehre/quiz.ts';
import { useI18n } from '../../i18n/index.ts';
import { fullLabel, StateFacts } from './Ablauf.tsx';
import { LERNEN_MESSAGES, type LernenMessages } from './messages.ts';

/** Where the score per topic is kept in the browser. */
export const SCORE_KEY = 'zuweisungslabor.lernen.quiz';

export function readScore(): Score {
  try {
    const raw = localStorage.getItem(SCORE_KEY);
    if (!raw) return emptyScore();
    const parsed = JSON.parse(raw) as Partial<Score>;
    const base = emptyScore();
    for (const t of TOPICS) {
      const v = parsed[t];
      if (v && Number.isInteger(v.answered) && Number.isInteger(v.correct) && v.correct >= 0 && v.correct <= v.answered) base[t] = v;
    }
    return base;
  } catch {
    return emptyScore();
  }
}

function saveScore(score: Score): void {
  try {
    localStorage.setItem(SCORE_KEY, JSON.stringify(score));
  } catch {
    // Storage may be unavailable (private mode, quota): the score then lasts for the page only.
  }
}

/** A new seed per round: the round differs each time, and is reproducible from its seed. */
function newSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

export function optionText(m: LernenMessages, model: ChartModel, q: Question, i: number): string {
  if (q.topic === 'zustaendig') return m.levels[q.options[i]!];
  if (q.topic === 'folge') return fullLabel(m, model, q.options[i]!);
  return q.options[i]!;
}

function questionText(m: LernenMessages, model: ChartModel, q: Question): string {
  const s = fullLabel(m, model, q.state);
  if (q.topic === 'zustaendig') return m.askZustaendig(s);
  if (q.topic === 'folge') return q.kind === 'schritt' ? m.askFolge(s, q.event, q.guard) : m.askWeg(fullLabel(m, model, q.from), s);
  return m.askRechtsgrundlage(s);
}

export function Quiz({ model, table }: { model: ChartModel; table: TransitionTable }) {
  const { lang } = useI18n();
  const m = LERNEN_MESSAGES[lang];
  const [score, setScore] = useState<Score>(readScore);
  const [round, setRound] = useState<readonly Question[] | null>(null);
  const [k, setK] = useState(0);
  const [choice, setChoice] = useState<number | null>(null);
  const [answered, setAnswered] = useState<number | null>(null);
  const [right, setRight] = useState(0);
  const [finished, setFinished] = useState(false);
  const questionRef = useRef<HTMLLegendElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (round && !finished) questionRef.current?.closest('fieldset')?.querySelector<HTMLInputElement>('input')?.focus();
  }, [round, k, finished]);
  useEffect(() => {
    if (answered !== null) feedbackRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [answered]);
  useEffect(() => {
    if (finished) endRef.current?.focus();
  }, [finished]);

  const start = () => {
    setRound(makeQuiz(model, newSeed(), 3, table));
    setK(0);
    setChoice(null);
    setAnswered(null);
    setRight(0);
    setFinished(false);
  };

  const q = round?.[k];
  const onAnswer = (e: FormEvent) => {
    e.preventDefault();
    if (!q || choice === null || answered !== null) return;
    const ok = choice === q.answer;
    setAnswered(choice);
    if (ok) setRight((r) => r + 1);
    const next = scored(score, q.topic, ok);
    setScore(next);
    saveScore(next);
  };
  const onNext = () => {
    if (!round) return;
    if (k + 1 >= round.length) setFinished(true);
    else {
      setK(k + 1);
      setChoice(null);
      setAnswered(null);
    }
  };

  return (
    <div className="lernen-quiz">
      <p>{m.quizIntro}</p>
      {round && q && !finished ? (
        <form onSubmit={onAnswer}>
          <fieldset>
            <legend ref={questionRef}>
              <span className="lernen-step">
                {m.questionOf(k + 1, round.length)} · {m.topics[q.topic]}
              </span>
              <br />
              {questionText(m, model, q)}
            </legend>
            {q.options.map((_, i) => (
              <label key={i} className={answered !== null ? (i === q.answer ? 'right' : i === answered ? 'wrong' : '') : ''}>
                <input type="radio" name={`quiz-${k}`} value={i} checked={choice === i} disabled={answered !== null} onChange={() => setChoice(i)} />
                {optionText(m, model, q, i)}
                {answered !== null && i === q.answer && <span className="lernen-mark"> ✓ {m.markRight}</span>}
                {answered !== null && i === answered && i !== q.answer && <span className="lernen-mark"> ✗ {m.markYours}</span>}
              </label>
            ))}
          </fieldset>
          {answered === null && (
            <button type="submit" className="primary" disabled={choice === null}>
              {m.answer}
            </button>
          )}
          <div ref={feedbackRef} role="status" aria-live="polite">
            {answered !== null && <Feedback q={q} answered={answered} model={model} m={m} onNext={onNext} last={k + 1 >= round.length} />}
          </div>
        </form>
      ) : (
        <>
          {finished && round && (
            <h3 ref={endRef} tabIndex={-1}>
              {m.roundDone(right, round.length)}
            </h3>
          )}
          <ScoreTable score={score} m={m} />
          <div className="lernen-actions">
            <button type="button" className="primary" onClick={start}>
              {m.newRound}
            </button>
            <button
              type="button"
              onClick={() => {
                const empty = emptyScore();
                setScore(empty);
                saveScore(empty);
              }}
            >
              {m.resetScore}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function Feedback({ q, answered, model, m, onNext, last }: { q: Question; answered: number; model: ChartModel; m: LernenMessages; onNext: () => void; last: boolean }) {
  const state = model.byPath.get(q.state);
  const meta = q.topic === 'folge' ? model.byPath.get(q.options[q.answer]!)?.meta : state?.meta;
  const ok = answered === q.answer;
  return (
    <div className={`lernen-feedback ${ok ? 'right' : 'wrong'}`}>
      <p>
        <strong>{ok ? m.correct : m.wrong(optionText(m, model, q, q.answer))}</strong>
      </p>
      {meta && <StateFacts meta={meta} m={m} />}
      <button type="button" className="primary" onClick={onNext}>
        {last ? m.showResult : m.nextQuestion}
      </button>
    </div>
  );
}

function ScoreTable({ score, m }: { score: Score; m: LernenMessages }) {
  return (
    <table className="lernen-score">
      <caption>{m.scoreHeading}</caption>
      <tbody>
        {TOPICS.map((t) => (
          <tr key={t}>
            <th scope="row">{m.topics[t]}</th>
            <td>{score[t].answered === 0 ? m.noScore : m.scoreLine(score[t].correct, score[t].answered)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
