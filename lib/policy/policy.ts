import type { RuleId, Severity } from '../types';

/** The newest policy file version this build reads and writes. */
export const POLICY_VERSION = 1;

/** A child on the setting's roster. */
export interface RosterChild {
  /** First name and surname, as the setting records them. */
  name: string;
  /** Whether written consent to appear on social media is held. */
  socialMediaConsent: boolean;
  /** The child's parents and carers, full names (optional; `shared/contract.md`). */
  carers?: string[];
  [key: string]: unknown;
}

/** The setting's rule for recognisable faces in photos (`shared/contract.md`). */
export const FACE_CHOICES = ['allowed', 'ask', 'blur'] as const;

/** `allowed` checks nothing, `ask` raises `identifiable-face`, `blur` blurs faces as photos are attached. */
export type FaceChoice = (typeof FACE_CHOICES)[number];

/** A manager's additions and removals for one rule's word list. */
export interface KeywordOverride {
  add: string[];
  remove: string[];
}

/**
 * The policy file (`shared/contract.md`): what the options page exports and
 * imports and what `--policy` reads. All fields but `version` are optional, and
 * unknown keys are kept.
 */
export interface Policy {
  version: number;
  settingName?: string;
  rules?: Partial<Record<RuleId, Severity>>;
  roster?: RosterChild[];
  /** Colleagues' full names. */
  staff?: string[];
  faces?: FaceChoice;
  consentTags?: string[];
  allowedContacts?: string[];
  keywords?: Partial<Record<RuleId, KeywordOverride>>;
  [key: string]: unknown;
}

/** The built-in policy before a manager changes anything. */
export const DEFAULT_POLICY: Policy = { version: POLICY_VERSION };

/**
 * The policy with every default filled in: what the rules read. Built by
 * `resolvePolicy`, the one place where a manager's overrides meet the rules' defaults.
 */
export interface EffectivePolicy {
  severities: Record<RuleId, Severity>;
  settingName: string;
  roster: RosterChild[];
  /** Carers of every roster child, full names, trimmed. */
  carers: string[];
  /** Colleagues' full names, trimmed. */
  staff: string[];
  faces: FaceChoice;
  consentTags: string[];
  allowedContacts: string[];
  keywords: Partial<Record<RuleId, KeywordOverride>>;
}
