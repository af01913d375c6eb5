/** The header's scenario form: scenario menu, own scenario file, policies, seed, "Berechnen". */
import { useRef, type ChangeEvent, type FormEvent } from 'react';
import { KREIS_POLICIES, LAND_POLICIES } from '../../engine/policies/registry.ts';
import { BUILTIN_SCENARIOS } from '../../engine/scenario/builtin/index.ts';
import { useI18n } from '../i18n/index.ts';
import { OWN, useChoice } from './choice.tsx';
import { importScenarioFile } from './importFile.ts';
import { SAVING_TEXT } from './savingText.ts';

export { importScenarioFile, readUpload, sizeProblem } from './importFile.ts';

/** Keys that change the value of a closed <select> in place: arrows, paging, Home/End and type-ahead (not Space). */
const stepsClosedSelect = (key: string): boolean =>
  key.startsWith('Arrow') || key.startsWith('Page') || key === 'Home' || key === 'End' || (key.length === 1 && key !== ' ');

/** Scenario, policies and seed; every change starts a fresh run in a new worker. */
export function ScenarioForm({ fileError, onFileError }: { fileError: string | null; onFileError: (e: string | null) => void }) {
  const { lang, t } = useI18n();
  const { choice, seedError, update, start, openOwn } = useChoice();
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void importScenarioFile(lang, file).then((checked) => ('problem' in checked ? onFileError(checked.problem) : openOwn(checked.upload)));
  };

  // Arrow keys (and type-ahead) on a closed <select> change its value with a `change` event per step: a keyboard
  // choice is only browsed until Enter or leaving the field commits it; a choice from the list starts at once.
  const browsing = useRef(false);
  const pendingScenario = useRef<string | null>(null);
  const commitScenario = () => {
    const s = pendingScenario.current;
    pendingScenario.current = null;
    if (s !== null) start({ scenario: s });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start();
  };

  return (
    <form className="scenario-form" onSubmit={onSubmit} aria-label={t.scenario}>
      <label>
        {t.scenario}
        <select
          value={choice.scenario}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitScenario();
            else browsing.current = stepsClosedSelect(e.key);
          }}
          onPointerDown={() => {
            browsing.current = false;
          }}
          onChange={(e) => {
            if (browsing.current) {
              update({ scenario: e.target.value });
              pendingScenario.current = e.target.value;
            } else start({ scenario: e.target.value });
          }}
          onBlur={commitScenario}
        >
          {Object.values(BUILTIN_SCENARIOS).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[lang]}
            </option>
          ))}
          {choice.own && <option value={OWN}>{choice.own.unsaved ? SAVING_TEXT[lang].unsaved(choice.own.name) : choice.own.name}</option>}
        </select>
      </label>
      <button type="button" onClick={() => fileRef.current?.click()}>
        {t.ownScenario}
      </button>
      <input ref={fileRef} type="file" accept=".json,application/json" hidden onChange={onFile} aria-label={t.ownScenario} />
      <PolicySelect
        label={t.landPolicy}
        value={choice.land}
        policies={Object.values(LAND_POLICIES)}
        onChange={(v) => start({ land: v })}
      />
      <PolicySelect
        label={t.kreisPolicy}
        value={choice.kreis}
        policies={Object.values(KREIS_POLICIES)}
        onChange={(v) => start({ kreis: v })}
      />
      <label>
        {t.seed}
        <input
          type="text"
          inputMode="numeric"
          size={8}
          value={choice.seedText}
          aria-invalid={seedError !== null}
          aria-describedby={seedError ? 'seed-error' : undefined}
          onChange={(e) => update({ seedText: e.target.value })}
        />
      </label>
      <button type="submit">{t.compute}</button>
      {seedError && (
        <p id="seed-error" role="alert" className="field-error">
          {seedError}
        </p>
      )}
      {fileError && (
        <p role="alert" className="field-error">
          {fileError}
        </p>
      )}
    </form>
  );
}

/** A policy chooser: empty means "as in the scenario"; each option explains the policy in its title. */
function PolicySelect({
  label,
  value,
  policies,
  onChange,
}: {
  label: string;
  value: string;
  policies: readonly { id: string; label: { de: string; en: string }; description: { de: string; en: string } }[];
  onChange: (id: string) => void;
}) {
  const { lang } = useI18n();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{lang === 'de' ? 'wie im Szenario' : 'as in the scenario'}</option>
        {policies.map((p) => (
          <option key={p.id} value={p.id} title={p.description[lang]}>
            {p.label[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

