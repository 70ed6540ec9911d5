/**
 * A minimal YAML writer for the generated records: block mappings and sequences,
 * every string double-quoted (so a date stays a string and nothing reads as a
 * boolean or a number), lists of plain values in flow style. Keys keep their
 * insertion order, so the output is stable.
 */

export type YamlValue = string | number | boolean | readonly YamlValue[] | YamlMap;
export interface YamlMap {
  readonly [key: string]: YamlValue | undefined;
}

const scalar = (v: string | number | boolean) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
const key = (k: string) => (/^[A-Za-z][A-Za-z0-9]*$/.test(k) ? k : JSON.stringify(k));
const isScalar = (v: YamlValue): v is string | number | boolean => typeof v !== 'object';

function entries(map: YamlMap): [string, YamlValue][] {
  return Object.entries(map).filter((e): e is [string, YamlValue] => e[1] !== undefined);
}

function block(value: YamlValue, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value as readonly YamlValue[]) {
      if (isScalar(item) || Array.isArray(item)) {
        out.push(`${indent}- ${inline(item)}`);
        continue;
      }
      const lines: string[] = [];
      mapping(item as YamlMap, `${indent}  `, lines);
      if (lines.length === 0) out.push(`${indent}- {}`);
      else out.push(`${indent}- ${lines[0]!.slice(indent.length + 2)}`, ...lines.slice(1));
    }
  } else mapping(value as YamlMap, indent, out);
}

/** A value on one line: scalars, and lists of scalars. */
function inline(value: YamlValue): string {
  if (isScalar(value)) return scalar(value);
  if (Array.isArray(value)) return `[${(value as readonly YamlValue[]).map(inline).join(', ')}]`;
  return `{ ${entries(value as YamlMap).map(([k, v]) => `${key(k)}: ${inline(v)}`).join(', ')} }`;
}

function mapping(map: YamlMap, indent: string, out: string[]): void {
  for (const [k, v] of entries(map)) {
    if (isScalar(v)) out.push(`${indent}${key(k)}: ${scalar(v)}`);
    else if (Array.isArray(v) && (v.length === 0 || (v as readonly YamlValue[]).every(isScalar))) out.push(`${indent}${key(k)}: ${inline(v)}`);
    else if (!Array.isArray(v) && entries(v as YamlMap).length === 0) out.push(`${indent}${key(k)}: {}`);
    else {
      out.push(`${indent}${key(k)}:`);
      block(v, Array.isArray(v) ? `${indent}  ` : `${indent}  `, out);
    }
  }
}

/** The YAML text of a record, ending with a newline; `comment` lines go first. */
export function toYaml(record: YamlMap, comment?: string): string {
  const out: string[] = comment ? comment.split('\n').map((line) => `# ${line}`.trimEnd()) : [];
  mapping(record, '', out);
  return `${out.join('\n')}\n`;
}
