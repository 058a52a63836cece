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

function checkStringList(value: unknown, field: string): PolicyResult | undefined {
  if (!Array.isArray(value)) return fail(field, 'should be a list of words or phrases.');
  const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (bad >= 0) return fail(`${field}[${bad}]`, 'should be some text, not empty.');
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
  for (const [index, child] of roster.entries()) {
    const field = `roster[${index}]`;
    if (!isRecord(child)) return fail(field, 'should be a child with a name and socialMediaConsent.');
    if (typeof child.name !== 'string' || child.name.trim() === '') return fail(`${field}.name`, "should be the child's name.");
    if (typeof child.socialMediaConsent !== 'boolean') {
      return fail(`${field}.socialMediaConsent`, 'should be true or false.');
    }
    if (child.carers !== undefined) {
      const problem = checkStringList(child.carers, `${field}.carers`);
      if (problem) return problem;
    }
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
  if (value.settingName !== undefined && typeof value.settingName !== 'string') {
    return fail('settingName', "should be the setting's name as text.");
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

/** Reads a policy file's text: refuses text that is not JSON with a plain message. */
export function parsePolicy(text: string): PolicyResult {
  if (text.trim() === '') return fail('', 'the file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('', 'is not a policy file (it is not valid JSON).');
  }
  return validatePolicy(value);
}
