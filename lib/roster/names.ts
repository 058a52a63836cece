const same = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** A name as a roster keeps it: single spaces, and "Surname, Forename" (as management systems often export it) turned round. */
export function tidyName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.match(/^([^,]+),\s*([^,]+)$/);
  return comma ? `${comma[2]} ${comma[1]}` : name;
}

/** The names in `names`, then those in `more` not already there, ignoring case and spacing. */
export function mergeNames(names: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(names.map(same));
  const merged = [...names];
  for (const name of more) {
    if (seen.has(same(name))) continue;
    seen.add(same(name));
    merged.push(name);
  }
  return merged;
}
