/**
 * Full names of one person written differently: with or without middle initials ("Maria K. Lindqvist" and
 * "Maria Lindqvist"), or as the surname part of a longer name ("Ferrer Vidal" after "Lucía Ferrer Vidal", a
 * double surname the article repeats without the given name).
 */
export interface PersonName {
  readonly id: string;
  /** Name words without initials or particles, lower-case ("maria", "lindqvist"). */
  readonly words: readonly string[];
  /** The middle initials, lower-case and joined ("k"), or "" when the name has none. */
  readonly initials: string;
  /** The surface length: the fuller writing of a name gives its id to the others. */
  readonly length: number;
}

/** Initials written as a capital letter with or without a dot ("J.", "T"), lower-case and joined. */
export function initialsOf(surface: string): string {
  let out = '';
  for (const w of surface.split(/\s+/)) if (/^\p{Lu}\.?$/u.test(w)) out += w[0].toLowerCase();
  return out;
}

const better = (a: PersonName, b: PersonName): boolean =>
  (a.initials !== '') !== (b.initials !== '') ? a.initials !== '' : a.length !== b.length ? a.length > b.length : a.id < b.id;

/**
 * Renames (id -> id) that join the variants among `names`: the same name words with at most one set of middle
 * initials (two different initials are two people: "John A. Reyes" is not "John B. Reyes"), and with `suffixes`
 * (within one article) a name of two or more words that ends exactly one longer name. The fuller writing wins.
 */
export function personVariantRenames(names: readonly PersonName[], suffixes: boolean): Map<string, string> {
  const byKey = new Map<string, PersonName[]>();
  for (const n of names) {
    if (n.words.length < 2) continue;
    const key = n.words.join(' ');
    const group = byKey.get(key);
    if (group) group.push(n); else byKey.set(key, [n]);
  }
  const renames = new Map<string, string>();
  const canonical = new Map<string, PersonName>();
  for (const [key, group] of byKey) {
    const initials = new Set(group.map((n) => n.initials).filter(Boolean));
    let best = group[0];
    for (const n of group) if (better(n, best)) best = n;
    canonical.set(key, best);
    if (initials.size > 1) continue;
    for (const n of group) if (n.id !== best.id) renames.set(n.id, best.id);
  }
  if (!suffixes) return renames;
  const keys = [...canonical.keys()];
  for (const [key, short] of canonical) {
    const longer = keys.filter((k) => k.length > key.length && k.endsWith(' ' + key));
    if (longer.length !== 1) continue;
    const target = canonical.get(longer[0])!;
    const to = renames.get(target.id) ?? target.id;
    for (const n of byKey.get(key)!) if (n.id !== to) renames.set(n.id, to);
    if (short.id !== to) renames.set(short.id, to);
  }
  return renames;
}
