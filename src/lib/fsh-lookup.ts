/**
 * From how readers cite a Handbook part ("FSH chapter III", "Field Security
 * Handbook, security phases") to its row of the transition matrix. No imports:
 * the search page runs this same code in the browser.
 */

/** What the lookup reads of a row. */
export interface Citable {
  id: string;
  data: { fsh?: { title: string; reference: string; aliases: readonly string[] } | undefined };
}

/** Lower case, no accents, punctuation or small words, "chapter 3" as "chapter iii", and without the Handbook's own name unless that is all there is. */
function fold(s: string): string {
  const plain = s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bchapter\s+(\d+)\b/g, (_, n: string) => `chapter ${toRoman(Number(n))}`)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|of|in|and|a|an|on|for|to)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(/\b(un |united nations )?(field security handbook|handbook|fsh)\b/g, ' ').replace(/\s+/g, ' ').trim() || plain;
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of numerals) while (n >= value) [n, out] = [n - value, out + letters];
  return out;
}

/** Every name a row answers to: its title, its reference and its aliases, folded for matching. */
export function lookupKeys(entry: Citable): string[] {
  const fsh = entry.data.fsh;
  if (!fsh) return [];
  return [...new Set([fsh.title, fsh.reference, ...fsh.aliases].map(fold).filter(Boolean))];
}

/**
 * The row a reference names: an exact key first, then the row whose key the
 * reference contains at the greatest length ("FSH chapter V, security phases").
 */
export function lookup<T extends Citable>(entries: T[], reference: string): T | undefined {
  const wanted = fold(reference);
  if (!wanted) return undefined;
  const keyed = entries.flatMap((e) => lookupKeys(e).map((key) => ({ e, key })));
  const exact = keyed.find((k) => k.key === wanted);
  if (exact) return exact.e;
  const contained = keyed.filter((k) => k.key.length > 2 && (` ${wanted} `.includes(` ${k.key} `) || ` ${k.key} `.includes(` ${wanted} `)));
  return contained.sort((a, b) => b.key.length - a.key.length)[0]?.e;
}
