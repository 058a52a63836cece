import type { CheckContext } from '../engine/context';
import { peopleMentions, type PeopleMention } from '../nlp/people-mentions';
import { sentenceAt, sentenceSpans } from '../nlp/sentences';
import { postWords } from '../nlp/words';
import { phrasePattern, wordsOf } from '../text/phrase-pattern';
import { longestFirst, wholeWords } from '../text/regexp';
import { textEvidence, type Span } from '../text/spans';
import { cachedTermMatcher, termMatcher, type TermMatch } from '../text/term-matcher';
import {
  bodyParts,
  capitalsOnlyTerms,
  describingTerms,
  generalContexts,
  injuryWords,
  termCategories,
  termLookAlikes,
} from './data/personal-information';
import type { Report, Rule } from './rule';

const ADDED = 'a word your setting listed';
const HEALTH = 'health';
const SEND = 'special educational needs';

const matcherFor = cachedTermMatcher((override) => termMatcher(termCategories, termLookAlikes, ADDED, override));

const asTyped = (phrase: string): string => phrasePattern(wordsOf(phrase).map((word) => [word]));
/** "broke her wrist", "bumped his head", "a sprained ankle". */
const INJURY = wholeWords(
  `(?:${longestFirst(injuryWords)})\\s+(?:(?:his|her|their|a|the|my|your)\\s+)?(?:(?:left|right|front)\\s+)?(?:${longestFirst(bodyParts)})`,
);
const CAPITALS_ONLY = wholeWords(longestFirst(capitalsOnlyTerms.map((term) => term.toUpperCase())));
const GENERAL = wholeWords(longestFirst(generalContexts.map(asTyped)));
/** "nut-free", "allergy-friendly", "dairy free": the setting's practice, not someone's need. */
const PRACTICE_AFTER = /^[\s-]*(?:free|friendly|aware|awareness|safe)(?![\p{L}])/u;

/** "Noah's dad, a paramedic,", "her mum is a social worker": the term is someone's job, not their circumstances. */
const JOB_BEFORE = /(?:,\s*|\b(?:is|was|works as|worked as|working as|trained as|training as)\s+)an?\s+(?:[\p{L}-]+\s+)?$/u;

const DESCRIBING = new Set(describingTerms);
/** After a describing term, these start the rest of the sentence rather than name what it describes. */
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Date', 'Pronoun', 'Copula', 'Auxiliary', 'Value'];

/** "the poorly dinosaur", "a sick teddy": a describing term before a word that names no one (the parse may call it a verb). */
function describesAThing(ctx: CheckContext, term: TermMatch): boolean {
  if (!DESCRIBING.has(ctx.lower.slice(term.start, term.end))) return false;
  const words = postWords(ctx);
  const next = words.find((word) => word.start > term.start);
  if (!next || !/^[ \t]+$/.test(next.before) || FUNCTION_TAGS.some((tag) => next.tags.has(tag))) return false;
  return !peopleMentions(ctx).some((m) => m.start <= next.start && next.start < m.end);
}

/** Who makes a term personal: a person the post identifies, not a group or the team. */
const IDENTIFIES = new Set<PeopleMention['kind']>(['name', 'relative', 'pointed', 'role']);

function findTerms(ctx: CheckContext): TermMatch[] {
  const override = ctx.policy.keywords['personal-information'];
  const terms = matcherFor(override).find(ctx.lower);
  for (const m of ctx.lower.matchAll(INJURY)) terms.push({ start: m.index, end: m.index + m[0].length, category: HEALTH });
  for (const m of ctx.normalised.matchAll(CAPITALS_ONLY)) terms.push({ start: m.index, end: m.index + m[0].length, category: SEND });
  return terms.sort((a, b) => a.start - b.start);
}

/**
 * The person a term in this sentence is about: someone identified in the same
 * sentence, or, through "he" or "her", someone identified earlier in the post. In a
 * sentence about an open service, training or awareness, a colleague running it is
 * not what the term is about.
 */
function aboutWhom(ctx: CheckContext, sentence: Span, general: boolean): PeopleMention | undefined {
  const mentions = peopleMentions(ctx);
  const within = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const identified = within.find((m) => IDENTIFIES.has(m.kind) && !(general && m.staff));
  if (identified) return identified;
  if (general || !within.some((m) => m.kind === 'pronoun')) return undefined;
  return mentions.find((m) => IDENTIFIES.has(m.kind) && m.end <= sentence.start);
}

const rule: Rule = {
  id: 'personal-information',
  meta: {
    description:
      'Personal or sensitive information about an identifiable child, family member or colleague: health, special educational needs, family circumstances, social care, incidents, religion or immigration.',
    defaultSeverity: 'justify',
    clause: {
      source: 'Social media and social networking: guidance for early years settings (002)',
      quote: 'Staff members must not discuss personal information about children, their family members, staff or any other professionals or organisations they interact with as part of their job on social media',
    },
    messages: {
      personal:
        'Ask yourself: would “{{who}}” want everyone to read “{{term}}” ({{category}}) about them? Information like this stays between the setting and the family or colleague.',
    },
    hasKeywords: true,
  },
  check(ctx) {
    const sentences = sentenceSpans(ctx);
    const reports: Report[] = [];
    const reported = new Set<number>();
    for (const term of findTerms(ctx)) {
      if (PRACTICE_AFTER.test(ctx.lower.slice(term.end, term.end + 12))) continue;
      if (describesAThing(ctx, term)) continue;
      if (JOB_BEFORE.test(ctx.lower.slice(Math.max(0, term.start - 40), term.start))) continue;
      const index = sentenceAt(sentences, term.start);
      const sentence = sentences[index] ?? { start: 0, end: ctx.text.length };
      const text = ctx.lower.slice(sentence.start, sentence.end);
      const general = new RegExp(GENERAL.source, 'u').test(text);
      const who = aboutWhom(ctx, sentence, general);
      // One finding per sentence: the first term that makes it personal says enough.
      if (!who || reported.has(index)) continue;
      reported.add(index);
      const sameSentence = who.start >= sentence.start;
      const span = sameSentence ? { start: Math.min(who.start, term.start), end: Math.max(who.end, term.end) } : term;
      reports.push({
        messageId: 'personal',
        data: { who: who.text, term: ctx.text.slice(term.start, term.end), category: term.category },
        evidence: textEvidence(ctx.text, span),
      });
    }
    return reports;
  },
};

export default rule;
