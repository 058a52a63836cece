import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { checkPost } from '../../lib/engine/check-post';
import type { Policy } from '../../lib/policy/policy';
import { measurePair, row } from './measure';

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
