import type { PolicyInForce } from '../../lib/storage/managed-policy';
import type { OptionsState } from './options-store';

/** One step of the first-run set-up guide. */
export interface SetupStep {
  id: 'name' | 'roster' | 'tags' | 'contacts' | 'pin' | 'try';
  title: string;
  /** The policy field an organisation may set centrally; the step then only says so. */
  managedField?: string;
  /** Whether the manager has already given what the step asks for. */
  done(state: Pick<OptionsState, 'inForce' | 'stored'>): boolean;
}

const listed = (inForce: PolicyInForce, field: 'consentTags' | 'allowedContacts') => (inForce.policy[field]?.length ?? 0) > 0;

/** The guide's steps, in order: what a setting needs before staff start posting. */
export const SETUP_STEPS: readonly SetupStep[] = [
  { id: 'name', title: 'Your setting’s name', managedField: 'settingName', done: ({ inForce }) => Boolean(inForce.policy.settingName) },
  { id: 'roster', title: 'Children and consent', done: ({ inForce }) => (inForce.policy.roster?.length ?? 0) > 0 },
  { id: 'tags', title: 'Consent tags', managedField: 'consentTags', done: ({ inForce }) => listed(inForce, 'consentTags') },
  { id: 'contacts', title: 'Your own contact details', managedField: 'allowedContacts', done: ({ inForce }) => listed(inForce, 'allowedContacts') },
  { id: 'pin', title: 'A manager PIN', done: ({ stored }) => stored.pin !== undefined },
  { id: 'try', title: 'Try a post', done: () => false },
];
