import { RULE_IDS, SEVERITIES, type RuleId } from '../types';
import { FACE_CHOICES, POLICY_VERSION, type Policy } from './policy';

/** Why a policy was refused: the field at fault and a sentence a manager understands. */
export interface PolicyError {
  /** The path of the field, e.g. `roster[2].socialMediaConsent`; empty for the whole file. */
  field: string;
  message: string;
}

/** The outcome of reading a policy: either a policy or the first thing wrong with it. */
export type PolicyResult = { ok: true; policy: Policy } | { ok: false; error: PolicyError };

const fail = (field: string, message: string): PolicyResult => ({
  ok: false,
  error: { field, message: `${field || 'The policy'}: ${message}` },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRuleId = (key: string): key is RuleId => (RULE_IDS as readonly string[]).includes(key);

/**
 * The most a policy may hold. Storage is shared with the decision log (10 MB in
 * Chrome), and every word is checked on every post, so a file far beyond what a
 * setting needs is refused with a message rather than filling storage or slowing posts.
 */
export const POLICY_LIMITS = {
  /** Characters in a policy file, as JSON. */
  fileChars: 2_000_000,
  children: 5_000,
  carersPerChild: 20,
  /** Staff, consent tags, allowed contacts, and each rule's words to add or remove. */
  listItems: 5_000,
  /** Characters in one name, tag, word or contact. */
  textChars: 200,
  /** Levels of nesting anywhere in the file, unknown keys included. */
  depth: 12,
} as const;

const count = (n: number): string => n.toLocaleString('en-GB');

function checkText(value: unknown, field: string, what: string): PolicyResult | undefined {
  if (typeof value !== 'string' || value.trim() === '') return fail(field, `should be ${what}, not empty.`);
  if (value.length > POLICY_LIMITS.textChars) return fail(field, `is ${count(value.length)} characters long; at most ${POLICY_LIMITS.textChars} can be used.`);
  return undefined;
}

function checkLength(value: unknown[], field: string, most: number, what: string): PolicyResult | undefined {
  if (value.length <= most) return undefined;
  return fail(field, `has ${count(value.length)} ${what}; at most ${count(most)} can be used, so the checker stays quick.`);
}

function checkStringList(value: unknown, field: string, most: number = POLICY_LIMITS.listItems): PolicyResult | undefined {
  if (!Array.isArray(value)) return fail(field, 'should be a list of words or phrases.');
  const tooMany = checkLength(value, field, most, 'entries');
  if (tooMany) return tooMany;
  for (const [index, item] of value.entries()) {
    const problem = checkText(item, `${field}[${index}]`, 'some text');
    if (problem) return problem;
  }
  return undefined;
}

// Walks no deeper than the limit, so a file nested 100,000 levels deep is refused rather than overflowing the stack.
function tooDeep(value: unknown, field: string, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= POLICY_LIMITS.depth) return field;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [`${field}[${i}]`, item]) : Object.entries(value).map(([k, v]) => [field ? `${field}.${k}` : k, v]);
  for (const [path, item] of entries) {
    const found = tooDeep(item, path, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkRules(rules: unknown): PolicyResult | undefined {
  if (!isRecord(rules)) return fail('rules', 'should map each rule to off, warn, justify or block.');
  for (const [id, severity] of Object.entries(rules)) {
    if (!isRuleId(id)) return fail(`rules.${id}`, `is not a rule Ask Yourself knows (known rules: ${RULE_IDS.join(', ')}).`);
    if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
      return fail(`rules.${id}`, `should be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(severity)}.`);
    }
  }
  return undefined;
}

function checkRoster(roster: unknown): PolicyResult | undefined {
  if (!Array.isArray(roster)) return fail('roster', 'should be a list of children.');
  const tooMany = checkLength(roster, 'roster', POLICY_LIMITS.children, 'children');
  if (tooMany) return tooMany;
  for (const [index, child] of roster.entries()) {
    const field = `roster[${index}]`;
    if (!isRecord(child)) return fail(field, 'should be a child with a name and socialMediaConsent.');
    const problem =
      checkText(child.name, `${field}.name`, "the child's name") ??
      (typeof child.socialMediaConsent !== 'boolean' ? fail(`${field}.socialMediaConsent`, 'should be true or false.') : undefined) ??
      (child.carers !== undefined ? checkStringList(child.carers, `${field}.carers`, POLICY_LIMITS.carersPerChild) : undefined);
    if (problem) return problem;
  }
  return undefined;
}

function checkKeywords(keywords: unknown): PolicyResult | undefined {
  if (!isRecord(keywords)) return fail('keywords', 'should map a rule to the words to add and remove.');
  for (const [id, override] of Object.entries(keywords)) {
    const field = `keywords.${id}`;
    if (!isRuleId(id)) return fail(field, 'is not a rule Ask Yourself knows.');
    if (!isRecord(override)) return fail(field, 'should have "add" and "remove" lists.');
    for (const side of ['add', 'remove'] as const) {
      if (override[side] === undefined) continue;
      const problem = checkStringList(override[side], `${field}.${side}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * Checks a parsed policy file. Returns the policy with every key it was given,
 * unknown ones included, or the first field at fault.
 */
export function validatePolicy(value: unknown): PolicyResult {
  if (!isRecord(value)) return fail('', 'should be a JSON object such as { "version": 1 }.');
  if (value.version === undefined) return fail('version', 'is missing; a policy file starts with { "version": 1 }.');
  if (!Number.isInteger(value.version) || (value.version as number) < 1) {
    return fail('version', 'should be a whole number such as 1.');
  }
  if ((value.version as number) > POLICY_VERSION) {
    return fail('version', `is ${value.version}, newer than this version of Ask Yourself reads (${POLICY_VERSION}). Please update the extension.`);
  }
  const deep = tooDeep(value, '', 0);
  if (deep !== undefined) return fail(deep, `is nested more than ${POLICY_LIMITS.depth} levels deep, deeper than a policy file ever needs.`);
  const chars = JSON.stringify(value).length;
  if (chars > POLICY_LIMITS.fileChars) return fail('', tooBig(chars));
  if (value.settingName !== undefined && typeof value.settingName !== 'string') {
    return fail('settingName', "should be the setting's name as text.");
  }
  if (typeof value.settingName === 'string' && value.settingName.length > POLICY_LIMITS.textChars) {
    return fail('settingName', `is ${count(value.settingName.length)} characters long; at most ${POLICY_LIMITS.textChars} can be used.`);
  }
  const problem =
    (value.rules !== undefined ? checkRules(value.rules) : undefined) ??
    (value.roster !== undefined ? checkRoster(value.roster) : undefined) ??
    (value.staff !== undefined ? checkStringList(value.staff, 'staff') : undefined) ??
    (value.faces !== undefined && !(FACE_CHOICES as readonly unknown[]).includes(value.faces)
      ? fail('faces', `should be one of ${FACE_CHOICES.join(', ')}, not ${JSON.stringify(value.faces)}.`)
      : undefined) ??
    (value.consentTags !== undefined ? checkStringList(value.consentTags, 'consentTags') : undefined) ??
    (value.allowedContacts !== undefined ? checkStringList(value.allowedContacts, 'allowedContacts') : undefined) ??
    (value.keywords !== undefined ? checkKeywords(value.keywords) : undefined);
  return problem ?? { ok: true, policy: value as Policy };
}

const tooBig = (chars: number): string =>
  `is too big (${(chars / 1_000_000).toFixed(1)} MB); a policy file can be at most ${POLICY_LIMITS.fileChars / 1_000_000} MB. Is it the right file?`;

/** Reads a policy file's text: refuses text that is not JSON with a plain message. */
export function parsePolicy(text: string): PolicyResult {
  if (text.length > POLICY_LIMITS.fileChars) return fail('', tooBig(text.length));
  if (text.trim() === '') return fail('', 'the file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('', 'is not a policy file (it is not valid JSON).');
  }
  return validatePolicy(value);
}
