import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { WordList } from '../../lib/nlp/name-data';
import { checkPost } from '../../lib/engine/check-post';
import type { Policy } from '../../lib/policy/policy';
import { measurePair, ms, row } from './measure';

// Sentences in the voice of a nursery's page; repeated to the lengths a real post has.
const SENTENCES = [
  'What a busy week in the Hedgehogs room! We have been planting sunflowers and measuring how tall they grow.',
  'Thank you to everyone who came to our stay and play session on Tuesday, the children loved showing you their work.',
  "Mia's grandma helped us bake oat biscuits and the Bumblebees counted every raisin before they went in the oven.",
  'Please remember named wellies and a waterproof coat, as we will be out in the garden whatever the weather.',
  'Our Summer Fair raised £312 for new outdoor toys, and Mr Osei ran the tombola with great enthusiasm.',
  'Next week we are reading The Gruffalo and making our own masks, so look out for them coming home in book bags.',
];

function postOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length);
}

const benchPolicy = (): Policy => JSON.parse(readFileSync(new URL('../corpus/policy-dev.json', import.meta.url), 'utf8')) as Policy;

/** The checker's time per post beside compromise's bare parse of the same text (its floor). */
export async function benchChecker(): Promise<string[]> {
  const policy = benchPolicy();
  const lines = ['Checker, per post (text only; policy with a 12-child roster):'];
  for (const length of [280, 2000]) {
    const text = postOf(length);
    const runs = length < 1000 ? 600 : 200;
    const [floor, checker] = await measurePair(() => nlp(text), () => checkPost({ text, photos: [] }, policy), runs);
    lines.push(row(`bare compromise parse, ${length} characters`, floor));
    lines.push(row(`checker, ${length} characters`, checker, floor));
  }
  return lines;
}

const NAME_DATA = ['first-names', 'surnames', 'name-parts', 'english-words'];

/** The name lists' size, and what loading them costs the background: reading the strings and indexing them. */
export function benchNameData(): string[] {
  const start = performance.now();
  let characters = 0;
  for (const name of NAME_DATA) {
    const coded = JSON.parse(readFileSync(new URL(`../../lib/rules/data/names/${name}.json`, import.meta.url), 'utf8')) as string;
    characters += coded.length;
    new WordList(coded).has('amelia');
  }
  const took = performance.now() - start;
  return [
    'Name data (lib/rules/data/names, loaded by the background worker only):',
    `  ${NAME_DATA.length} lists, ${(characters / 1024).toFixed(0)} KB of front-coded text, loaded and indexed in ${ms(took)}`,
  ];
}

/** Pathological padding from the security review (H3), to a post as long as Facebook allows. */
const PADDINGS = ['Mr. A. B. ', '0 7 ', 'A ', '.', 'ordinary prose'];

/** The slowest checks: 63,000-character posts, and a policy with 5,000 words added to one rule's list. */
export function benchWorstCases(): string[] {
  const policy = benchPolicy();
  const lines = ['Worst cases (one run each; the first check after a policy loads compiles its word lists):'];
  for (const padding of PADDINGS) {
    const unit = padding === 'ordinary prose' ? postOf(2000) : padding;
    const text = `What the fuck happened to the weather today ${unit.repeat(Math.ceil(63_000 / unit.length))}`.slice(0, 63_000);
    const start = performance.now();
    checkPost({ text, photos: [] }, policy);
    lines.push(`  63,000 characters of ${JSON.stringify(padding).padEnd(18)} ${ms(performance.now() - start).padStart(10)}`);
  }
  const added = Array.from({ length: 5000 }, (_, i) => `splash activity ${i.toString(36)}`);
  const big: Policy = { ...policy, keywords: { 'semi-clothed-activity': { add: added, remove: [] } } };
  const text = postOf(2000);
  for (const label of ['first check', 'next check']) {
    const start = performance.now();
    checkPost({ text, photos: [] }, big);
    lines.push(`  policy with 5,000 added phrases, ${label.padEnd(11)} ${ms(performance.now() - start).padStart(10)}`);
  }
  return lines;
}
