import { useId, useState } from 'react';
import type { Rule } from '../../lib/rules/rule';
import { rules } from '../../lib/rules';
import type { Severity } from '../../lib/types';
import { ManagedNote } from './managed-note';
import { useCanChange, useLocked, useOptions } from './options-context';

/** Each severity in a manager's words. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  off: 'Off: not checked',
  warn: 'Warn: staff may post after reading',
  justify: 'Justify: staff must give a reason to post',
  block: 'Block: cannot be posted until changed',
};

/** A rule's id as a heading: "named-child-without-consent" becomes "Named child without consent". */
export const ruleTitle = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

function RuleRow({ rule }: { rule: Rule }) {
  const id = useId();
  const severity = useOptions((state) => state.inForce.policy.rules?.[rule.id] ?? rule.meta.defaultSeverity);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const locked = useLocked(`rules.${rule.id}`);
  const canChange = useCanChange();
  const [problem, setProblem] = useState('');

  const choose = async (chosen: Severity) => {
    const result = await updatePolicy((policy) => {
      const chosenRules = { ...policy.rules };
      if (chosen === rule.meta.defaultSeverity) delete chosenRules[rule.id];
      else chosenRules[rule.id] = chosen;
      return { ...policy, rules: chosenRules };
    });
    setProblem(result.ok ? '' : result.message);
  };

  return (
    <li className="rule" data-rule={rule.id}>
      <h3>{ruleTitle(rule.id)}</h3>
      <p id={`${id}-description`} className="rule-description">
        {rule.meta.description}
      </p>
      <blockquote className="rule-clause">
        <p>“{rule.meta.clause.quote}”</p>
        <footer>{rule.meta.clause.source}</footer>
      </blockquote>
      <label htmlFor={`${id}-severity`}>What happens</label>{' '}
      <select
        id={`${id}-severity`}
        aria-label={`${ruleTitle(rule.id)}: what happens`}
        aria-describedby={`${id}-description${locked ? ` ${id}-managed` : ''}`}
        value={severity}
        disabled={locked || !canChange}
        onChange={(event) => void choose(event.target.value as Severity)}
      >
        {(Object.keys(SEVERITY_LABELS) as Severity[]).map((option) => (
          <option key={option} value={option}>
            {SEVERITY_LABELS[option]}
            {option === rule.meta.defaultSeverity ? ' (default)' : ''}
          </option>
        ))}
      </select>{' '}
      {locked && <ManagedNote id={`${id}-managed`} />}
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}

/** Every rule the checker has, straight from the registry, with the policy clause behind it and its severity. */
export function RulesList() {
  return (
    <ul className="rules">
      {rules.map((rule) => (
        <RuleRow key={rule.id} rule={rule} />
      ))}
    </ul>
  );
}
