import type { CheckContext } from '../engine/context';
import { foldName } from './fold';

/** A child on the roster, with the name split the way the name rules look for it. */
export interface RosterName {
  /** The name as the roster records it. */
  name: string;
  /** Folded first name ("summer"). */
  first: string;
  /** Folded surname ("pryce-evans"), empty when the roster gives one name only. */
  surname: string;
  socialMediaConsent: boolean;
}

/** The roster's names, split and folded once per post. */
export function rosterNames(ctx: CheckContext): readonly RosterName[] {
  return ctx.memo('nlp:roster', () =>
    ctx.policy.roster.flatMap((child) => {
      const parts = foldName(child.name).split(/\s+/).filter(Boolean);
      if (parts.length === 0) return [];
      return [
        {
          name: child.name,
          first: parts[0],
          surname: parts.length > 1 ? parts[parts.length - 1] : '',
          socialMediaConsent: child.socialMediaConsent === true,
        },
      ];
    }),
  );
}
