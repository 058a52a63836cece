import type { CheckContext } from '../engine/context';
import { compoundPlurals } from '../rules/data/name-compounds';
import type { Span } from '../text/spans';
import { postWords } from './words';

const COMPOUND_PLURALS: ReadonlySet<string> = new Set(compoundPlurals);

/**
 * Whether a name at the start of a sentence, or in lower case, is the first half of a
 * plural compound ("Autumn leaves everywhere!", "our teddy bears"): where a capital says
 * nothing, "leaves" after "autumn" is a noun, whatever the parse makes of it.
 */
export function startsPluralCompound(ctx: CheckContext, span: Span): boolean {
  const words = postWords(ctx);
  const i = words.findIndex((word) => word.start === span.start);
  const word = words[i];
  const next = words[i + 1];
  if (!word || !next?.joined || word.possessive || next.start < span.end) return false;
  if (word.capitalised && !word.sentenceStart && !word.casual) return false;
  return COMPOUND_PLURALS.has(next.key);
}
