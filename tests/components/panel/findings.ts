import { messageFor } from '../../../lib/engine/check-post';
import { rules } from '../../../lib/rules';
import type { Finding, RuleId, Severity } from '../../../lib/types';

/*
 * The rules' check() bodies are being written in parallel and still return
 * nothing, so findings are built here exactly as checkPost builds them: the real
 * rule's message template and policy clause, its default severity, and evidence
 * that points into a real draft.
 */

/** A draft with several things the policy cares about. */
export const DRAFT = 'Amelia Watson loved water play today! Ring 07700 900123 to book a visit.';

type Strict = Exclude<Severity, 'off'>;

const ruleFor = (id: RuleId) => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

/** A finding about words in DRAFT. */
export function wordsFinding(id: RuleId, messageId: string, words: string, data: Record<string, string>, severity?: Strict): Finding {
  const rule = ruleFor(id);
  const start = DRAFT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the draft`);
  const evidence = { kind: 'text' as const, start, end: start + words.length, text: words };
  return { rule: id, severity: severity ?? rule.meta.defaultSeverity, message: messageFor(rule, { messageId, data, evidence }), evidence };
}

/** A finding about an attached photo. */
export function photoFinding(id: RuleId, messageId: string, file: string, found: string, data: Record<string, string>, severity?: Strict): Finding {
  const rule = ruleFor(id);
  const evidence = { kind: 'photo' as const, file, found };
  return { rule: id, severity: severity ?? rule.meta.defaultSeverity, message: messageFor(rule, { messageId, data: { file, ...data }, evidence }), evidence };
}

export const fullNameWithPhoto = (severity?: Strict) =>
  wordsFinding('full-name-with-photo', 'fullNameWithPhoto', 'Amelia Watson', { name: 'Amelia Watson' }, severity);

export const waterPlay = (severity?: Strict) =>
  wordsFinding('semi-clothed-activity', 'activity', 'water play', { activity: 'water play' }, severity);

export const phoneNumber = (severity?: Strict) =>
  wordsFinding('contact-details', 'phone', '07700 900123', { value: '07700 900123' }, severity);

export const photoWithLocation = (severity?: Strict) =>
  photoFinding('photo-location', 'gps', 'IMG_2041.jpg', 'GPS location 53.80° N, 1.55° W', { where: '53.80° N, 1.55° W' }, severity);

export const unreadablePhoto = (severity?: Strict) =>
  photoFinding('photo-unchecked', 'unreadable', 'garden.heic', 'could not be read: the file is empty', { problem: 'the file is empty' }, severity);
