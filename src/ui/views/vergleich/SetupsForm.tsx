/** The setups of a comparison: policies by id and parameter overrides from the catalogue, then runs and first seed. */
import { KREIS_POLICIES, LAND_POLICIES, PROCUREMENT_POLICIES } from '../../../engine/policies/registry.ts';
import { useI18n } from '../../i18n/index.ts';
import { VERGLEICH_MESSAGES } from './messages.ts';
import { EMPTY_SETUP, MAX_SETUPS, MIN_SETUPS, PARAMETER_CHOICES, parameterLabel, type SetupDraft } from './model.ts';
import { setupColour } from './colours.ts';

type PolicyField = 'landPolicy' | 'kreisPolicy' | 'procurement';
const POLICIES: Record<PolicyField, Readonly<Record<string, { readonly label: { readonly de: string; readonly en: string } }>>> = {
  landPolicy: LAND_POLICIES,
  kreisPolicy: KREIS_POLICIES,
  procurement: PROCUREMENT_POLICIES,
};

export function SetupsForm({ drafts, onChange, disabled }: { drafts: readonly SetupDraft[]; onChange: (d: SetupDraft[]) => void; disabled: boolean }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const update = (i: number, patch: Partial<SetupDraft>) => onChange(drafts.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const fieldLabel: Record<PolicyField, string> = { landPolicy: m.landPolicy, kreisPolicy: m.kreisPolicy, procurement: m.procurement };
  return (
    <div className="vergleich-setups">
      {drafts.map((d, i) => (
        <fieldset key={i} className="vergleich-setup" disabled={disabled} style={{ borderTopColor: setupColour(i) }}>
          <legend>{m.setup(i + 1)}</legend>
          {(Object.keys(POLICIES) as PolicyField[]).map((f) => (
            <label key={f}>
              {fieldLabel[f]}
              <select value={d[f]} onChange={(e) => update(i, { [f]: e.target.value })}>
                <option value="">{m.asScenario}</option>
                {Object.entries(POLICIES[f]).map(([id, p]) => (
                  <option key={id} value={id}>
                    {p.label[lang]}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {d.params.map((p, j) => {
            const entry = PARAMETER_CHOICES.find((e) => e.path === p.path);
            return (
              <div key={j} className="vergleich-param">
                <label>
                  {m.parameter}
                  <select value={p.path} onChange={(e) => update(i, { params: d.params.map((q, k) => (k === j ? { ...q, path: e.target.value } : q)) })}>
                    {PARAMETER_CHOICES.map((e) => (
                      <option key={e.path} value={e.path}>
                        {parameterLabel(e.path, lang)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {m.value}
                  {entry?.unit === 'share' ? ` (${m.shareHint})` : ''}
                  <input
                    type="text"
                    inputMode="decimal"
                    value={p.text}
                    size={8}
                    onChange={(e) => update(i, { params: d.params.map((q, k) => (k === j ? { ...q, text: e.target.value } : q)) })}
                  />
                </label>
                <button type="button" onClick={() => update(i, { params: d.params.filter((_, k) => k !== j) })}>
                  {m.removeParameter}
                </button>
              </div>
            );
          })}
          <div className="vergleich-setup-actions">
            <button
              type="button"
              onClick={() => {
                const first = PARAMETER_CHOICES[0]!;
                update(i, { params: [...d.params, { path: first.path, text: String(first.default ?? '') }] });
              }}
            >
              {m.addParameter}
            </button>
            {drafts.length > MIN_SETUPS && (
              <button type="button" onClick={() => onChange(drafts.filter((_, k) => k !== i))}>
                {m.removeSetup}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {drafts.length < MAX_SETUPS && (
        <button type="button" className="vergleich-add" disabled={disabled} onClick={() => onChange([...drafts, EMPTY_SETUP])}>
          {m.addSetup}
        </button>
      )}
    </div>
  );
}
