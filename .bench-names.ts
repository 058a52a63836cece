import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { createContext } from './lib/engine/context';
import { effectivePolicy } from './lib/engine/check-post';
import { postWords } from './lib/nlp/words';
import { notPeopleSpans } from './lib/nlp/not-people';
import { findFullNames } from './lib/nlp/full-names';
import { childMentions } from './lib/nlp/child-mentions';
const policy = effectivePolicy(JSON.parse(readFileSync('/work/shared/corpus/policy-dev.json', 'utf8')));
const texts = readFileSync('/work/shared/corpus/posts-dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
const t = { parse: 0, words: 0, notPeople: 0, full: 0, child: 0 };
for (let round = 0; round < 4; round++) {
  for (const k in t) (t as any)[k] = 0;
  for (let rep = 0; rep < 20; rep++) for (const text of texts) {
    let s = performance.now(); nlp(text); t.parse += performance.now() - s;
    const ctx = createContext({ text, photos: [] }, policy);
    void ctx.doc;
    s = performance.now(); postWords(ctx); t.words += performance.now() - s;
    s = performance.now(); notPeopleSpans(ctx); t.notPeople += performance.now() - s;
    s = performance.now(); findFullNames(ctx); t.full += performance.now() - s;
    s = performance.now(); childMentions(ctx); t.child += performance.now() - s;
  }
  const mine = t.words + t.notPeople + t.full + t.child;
  console.log(Object.entries(t).map(([k, v]) => `${k} ${(v / 20 / texts.length).toFixed(4)}`).join('  '), ' ratio', (mine / t.parse).toFixed(3));
}
