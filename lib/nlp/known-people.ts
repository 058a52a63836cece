import type { CheckContext } from '../engine/context';
import { foldName } from './fold';

/** Someone the setting lists in its policy: a roster child, a parent or carer, or a colleague. */
export interface KnownPerson {
  /** The name as the policy records it. */
  name: string;
  /** Folded words of the name, split at spaces: ["rhys", "ap", "dafydd"]. */
  parts: readonly string[];
  /** Folded first name. */
  first: string;
  /** Folded surname (last part), empty when the policy gives one name only. */
  surname: string;
  kind: 'child' | 'carer' | 'staff';
}

const partsOf = (name: string): string[] => foldName(name).split(/\s+/).filter((part) => /\p{L}/u.test(part));

/** Everyone the policy names, folded once per post. */
export function knownPeople(ctx: CheckContext): readonly KnownPerson[] {
  return ctx.memo('nlp:known-people', () => {
    const listed: [string, KnownPerson['kind']][] = [
      ...ctx.policy.roster.map((child) => [child.name, 'child'] as [string, KnownPerson['kind']]),
      ...ctx.policy.carers.map((name) => [name, 'carer'] as [string, KnownPerson['kind']]),
      ...ctx.policy.staff.map((name) => [name, 'staff'] as [string, KnownPerson['kind']]),
    ];
    return listed.flatMap(([name, kind]) => {
      const parts = partsOf(name);
      if (parts.length === 0) return [];
      return [{ name, parts, first: parts[0], surname: parts.length > 1 ? parts[parts.length - 1] : '', kind }];
    });
  });
}
