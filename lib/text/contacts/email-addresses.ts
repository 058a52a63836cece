import { spelledEmailEndings } from '../../rules/data/contact-details';
import { longestFirst } from '../regexp';
import type { ContactMatch } from './contact-match';

const LOCAL = "[\\p{L}\\p{N}._%+'-]*[\\p{L}\\p{N}]";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const BEFORE = "(?<![\\p{L}\\p{N}._%+'@-])";

/** jo.bloggs@example.com */
const PLAIN = new RegExp(`${BEFORE}${LOCAL}@${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,}(?![\\p{L}\\p{N}])`, 'gu');

const ENDING = `(?:${longestFirst(spelledEmailEndings)})`;
const BRACKETED = (word: string): string => `[ \\t]*[(\\[{<][ \\t]*${word}[ \\t]*[)\\]}>][ \\t]*`;
/**
 * Spelled out so robots miss it: "jo (at) example (dot) com", "jo [at] example.com",
 * "jo at example dot co dot uk". A bare "at" needs every dot spelled out too, so
 * "tickets at eventbrite.co.uk" (a web address) is not taken for one.
 */
const SPELLED = new RegExp(
  `${BEFORE}${LOCAL}(?:${BRACKETED('at')}${LABEL}(?:(?:${BRACKETED('dot')}|\\.)${LABEL})*(?:${BRACKETED('dot')}|\\.)` +
    `|[ \\t]+at[ \\t]+${LABEL}(?:[ \\t]+dot[ \\t]+${LABEL})*[ \\t]+dot[ \\t]+)${ENDING}(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The address in its usual form, lower case: the same however it was written. */
const emailKey = (written: string): string =>
  written
    .toLowerCase()
    .replace(/\s*[([{<]\s*at\s*[)\]}>]\s*|\s+at\s+/, '@')
    .replace(/\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+/g, '.');

/** Email addresses in the text, written normally or spelled out. */
export function findEmailAddresses(text: string): ContactMatch[] {
  return [...text.matchAll(PLAIN), ...text.matchAll(SPELLED)].map((m) => ({
    kind: 'email' as const,
    key: emailKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
