/** A stable fingerprint of a scenario: FNV-1a over its canonical JSON (keys sorted), pure so that a Web Worker computes the same. */

/** JSON with the keys of every object sorted, so that equal scenarios give equal text whatever the order of their fields. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Two 32-bit FNV-1a lanes with different offsets over the UTF-16 code units: 16 hex digits. */
function fnv64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The fingerprint of a scenario (as loaded, defaults filled in): `fnv1a64:` and 16 hex digits. */
export function scenarioHash(scenario: unknown): string {
  return `fnv1a64:${fnv64(canonicalJson(scenario))}`;
}
