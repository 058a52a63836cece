import { RULE_IDS, type RuleId } from '../../lib/types';

/** One labelled post from a corpus file (`tests/corpus/README.md`). */
export interface CorpusItem {
  id: string;
  platform: 'facebook' | 'instagram' | 'x';
  photos: number;
  text: string;
  expect: RuleId[];
  forbid: RuleId[];
  note: string;
}

/** How one rule did over the corpus. */
export interface RuleScore {
  rule: RuleId;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Share of expected findings reported; undefined when nothing was expected. */
  recall?: number;
  /** Share of reports that were expected; undefined when nothing was reported. */
  precision?: number;
}

/** The corpus's verdict on a checker. */
export interface CorpusScore {
  itemsRight: number;
  items: number;
  rules: RuleScore[];
  /** Items the checker got wrong, with what it missed and what it wrongly reported. */
  mistakes: { id: string; missed: RuleId[]; wrong: RuleId[]; text: string }[];
}

/** Scores what a checker reported for each item against the labels: `expect` must fire, `forbid` must not. */
export function scoreCorpus(items: readonly CorpusItem[], reported: ReadonlyMap<string, ReadonlySet<RuleId>>): CorpusScore {
  const counts = new Map(RULE_IDS.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: CorpusScore['mistakes'] = [];
  for (const item of items) {
    const fired = reported.get(item.id) ?? new Set<RuleId>();
    const missed = item.expect.filter((rule) => !fired.has(rule));
    const wrong = item.forbid.filter((rule) => fired.has(rule));
    for (const rule of item.expect) counts.get(rule)![fired.has(rule) ? 'tp' : 'fn']++;
    for (const rule of wrong) counts.get(rule)!.fp++;
    if (missed.length || wrong.length) mistakes.push({ id: item.id, missed, wrong, text: item.text });
  }
  const rules = RULE_IDS.map((rule) => {
    const { tp, fp, fn } = counts.get(rule)!;
    return {
      rule,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      recall: tp + fn > 0 ? tp / (tp + fn) : undefined,
      precision: tp + fp > 0 ? tp / (tp + fp) : undefined,
    };
  });
  return { itemsRight: items.length - mistakes.length, items: items.length, rules, mistakes };
}

const pct = (value: number | undefined) => (value === undefined ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`);

/** A plain table of the score, for the test log and the README. */
export function formatScore(score: CorpusScore): string {
  const lines = [
    `${score.itemsRight} of ${score.items} items right (${((score.itemsRight / score.items) * 100).toFixed(1)}%)`,
    'rule                          recall  precision   TP  FP  FN',
    ...score.rules.map(
      (r) => `${r.rule.padEnd(28)} ${pct(r.recall)}    ${pct(r.precision)}  ${String(r.truePositives).padStart(3)} ${String(r.falsePositives).padStart(3)} ${String(r.falseNegatives).padStart(3)}`,
    ),
    ...score.mistakes.map((m) => `  ${m.id}: missed [${m.missed.join(', ')}] wrongly reported [${m.wrong.join(', ')}]: ${m.text.slice(0, 80)}`),
  ];
  return lines.join('\n');
}
