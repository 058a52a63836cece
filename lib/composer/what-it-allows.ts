import { SEVERITIES, type Finding, type Severity } from '../types';

const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/**
 * What a held post allows: the strictest of its findings and of the rules that
 * could not be checked (`uncheckedSeverity`), and at least `warn`, since a
 * held post is always read before it goes. The panel offers this and the gate
 * enforces it, so neither trusts the other.
 */
export function allowedBy(findings: readonly Pick<Finding, 'severity'>[], uncheckedSeverity?: Severity): Exclude<Severity, 'off'> {
  let strictest: Severity = uncheckedSeverity ?? 'warn';
  for (const { severity } of findings) if (rank(severity) > rank(strictest)) strictest = severity;
  return strictest === 'off' ? 'warn' : strictest;
}

/** Some letters or digits, not only spaces or punctuation: a reason someone could read later. */
export const hasWords = (text: string | undefined): boolean => /[\p{L}\p{N}]/u.test(text ?? '');
