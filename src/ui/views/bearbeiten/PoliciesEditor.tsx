/**
 * The policies of the draft: Land and Kreis policy (and procurement strategy) chosen from the registry, and the
 * numeric parameters the chosen policies declare, each with its bounds, unit and source.
 */
import { KREIS_POLICIES, LAND_POLICIES, PROCUREMENT_POLICIES } from '../../../engine/policies/registry.ts';
import type { PolicyParameter } from '../../../engine/policies/types.ts';
import { entryAt } from '../../../engine/scenario/catalogue.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { useI18n } from '../../i18n/index.ts';
import { useDraftStore } from './draft.tsx';
import { specOf, type NumberSpec } from './fields.ts';
import { NumberField, setAt, SourceNote } from './Fields.tsx';
import { EDITOR_MESSAGES } from './messages.ts';

type Registry = Readonly<Record<string, { readonly label: { readonly de: string; readonly en: string }; readonly parameters?: readonly PolicyParameter[] }>>;

/** The check of a policy parameter: the catalogue's field of `policies.params` narrowed to the policy's own bounds. */
function paramSpec(p: PolicyParameter): NumberSpec {
  const base = specOf(entryAt(`policies.params.${p.name}`)!, { label: p.label, unit: 'none' });
  return {
    ...base,
    path: `policies.params.${p.name}`,
    unitText: { de: p.unit, en: p.unit },
    source: p.source,
    optional: true,
    min: { value: p.min, inclusive: true },
    max: { value: p.max, inclusive: true },
  };
}

export function PolicyChoice({ path, registry, draft, title }: { path: 'policies.land' | 'policies.kreis' | 'procurement.strategy'; registry: Registry; draft: Scenario; title: string }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const entry = entryAt(path)!;
  const [group, key] = path.split('.') as [keyof Scenario, string];
  const value = (draft[group] as Record<string, unknown>)[key] as string;
  const policy = Object.hasOwn(registry, value) ? registry[value] : undefined;
  const params = policy?.parameters ?? [];
  return (
    <fieldset className="edit-group" data-path={path}>
      <legend>{title}</legend>
      <label className="edit-field">
        {entry.label?.[lang] ?? title}
        <select value={value} onChange={(e) => store.edit(setAt(path, e.target.value))}>
          {!policy && <option value={value}>{value}</option>}
          {Object.entries(registry).map(([id, p]) => (
            <option key={id} value={id}>
              {p.label[lang]} – {id}
            </option>
          ))}
        </select>
      </label>
      <SourceNote path={path} catalogueSource={entry.source} sources={draft.sources} />
      {path !== 'procurement.strategy' && (
        <div className="edit-policy-params">
          <p className="edit-help">{params.length === 0 ? m.noPolicyParams : m.policyParams}</p>
          {params.map((p) => (
            <PolicyParameterField key={p.name} p={p} draft={draft} />
          ))}
        </div>
      )}
    </fieldset>
  );
}

function PolicyParameterField({ p, draft }: { p: PolicyParameter; draft: Scenario }) {
  const store = useDraftStore();
  const spec = paramSpec(p);
  const params = draft.policies.params;
  const value = Object.hasOwn(params, p.name) ? params[p.name] : undefined;
  return (
    <div className="edit-row" data-path={spec.path}>
      <NumberField
        spec={spec}
        value={value}
        onCommit={(v) =>
          store.edit((d) => {
            if (v === undefined) delete d.policies.params[p.name];
            else d.policies.params[p.name] = v;
          })
        }
      />
      <p className="edit-help">
        {p.default} ({p.min} … {p.max})
      </p>
      <SourceNote path={spec.path} catalogueSource={p.source} sources={{}} />
    </div>
  );
}

export function PoliciesHint() {
  const { lang } = useI18n();
  return <p className="edit-help">{EDITOR_MESSAGES[lang].overrideHint}</p>;
}

export const POLICY_REGISTRIES = { 'policies.land': LAND_POLICIES, 'policies.kreis': KREIS_POLICIES, 'procurement.strategy': PROCUREMENT_POLICIES } as const;
