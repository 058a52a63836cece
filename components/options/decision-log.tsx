import { useId, useMemo, useState } from 'react';
import { filterLog, type LogFilter } from '../../lib/decisions/filter-log';
import { logToCsv } from '../../lib/decisions/log-csv';
import { LOG_KIND_LABELS, LOG_KINDS, LOG_SITES, SITE_LABELS, type LogEntry, type LogSite } from '../../lib/decisions/log-entry';
import { rules } from '../../lib/rules';
import type { RuleId } from '../../lib/types';
import { download } from './download';
import { ManagedNote } from './managed-note';
import { useCanChange, useLocked, useOptions } from './options-context';
import { ruleTitle } from './rules-list';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function LogSettings() {
  const id = useId();
  const settings = useOptions((state) => state.inForce.settings);
  const updateSettings = useOptions((state) => state.updateSettings);
  const canChange = useCanChange();
  const excerptsManaged = useLocked('excerpts');
  const retentionManaged = useLocked('retentionMonths');
  const [months, setMonths] = useState<string>();
  const [message, setMessage] = useState('');

  const saveMonths = async () => {
    const value = Number(months);
    if (months === undefined) return;
    if (!Number.isInteger(value) || value < 1 || value > 120) return setMessage('Keep entries for a whole number of months, from 1 to 120.');
    const result = await updateSettings((current) => ({ ...current, retentionMonths: value }));
    setMessage(result.ok ? `Entries older than ${value} months will be deleted.` : result.message);
    if (result.ok) setMonths(undefined);
  };

  return (
    <div>
      <label>
        <input
          type="checkbox"
          checked={settings.excerpts}
          disabled={!canChange || excerptsManaged}
          aria-describedby={`${id}-excerpts`}
          onChange={(event) => {
            const excerpts = event.target.checked;
            void updateSettings((current) => ({ ...current, excerpts })).then((result) => setMessage(result.ok ? '' : result.message));
          }}
        />{' '}
        Keep a short excerpt of each post
      </label>{' '}
      {excerptsManaged && <ManagedNote id={`${id}-excerpts-managed`} />}
      <p id={`${id}-excerpts`}>Off by default: the log then holds no words from any post.</p>
      <label htmlFor={`${id}-months`}>Months to keep entries</label>{' '}
      <input
        id={`${id}-months`}
        type="number"
        min={1}
        max={120}
        value={months ?? settings.retentionMonths}
        readOnly={!canChange || retentionManaged}
        onChange={(event) => setMonths(event.target.value)}
      />{' '}
      {retentionManaged ? (
        <ManagedNote id={`${id}-months-managed`} />
      ) : (
        <button type="button" disabled={!canChange} onClick={() => void saveMonths()}>
          Save months
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}

function Filters({ filter, onChange }: { filter: LogFilter; onChange(filter: LogFilter): void }) {
  const id = useId();
  const pick = <K extends keyof LogFilter>(key: K, value: string) => onChange({ ...filter, [key]: value || undefined });
  return (
    <fieldset aria-describedby={`${id}-help`}>
      <legend>Show only</legend>
      <p id={`${id}-help`} className="help">
        Narrow the rows below by rule, site, decision or dates. Export CSV saves only the rows shown.
      </p>
      <label htmlFor={`${id}-rule`}>Rule</label>{' '}
      <select id={`${id}-rule`} value={filter.rule ?? ''} onChange={(e) => pick('rule', e.target.value as RuleId)}>
        <option value="">Any rule</option>
        {rules.map((rule) => (
          <option key={rule.id} value={rule.id}>
            {ruleTitle(rule.id)}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-site`}>Site</label>{' '}
      <select id={`${id}-site`} value={filter.site ?? ''} onChange={(e) => pick('site', e.target.value as LogSite)}>
        <option value="">Any site</option>
        {LOG_SITES.map((site) => (
          <option key={site} value={site}>
            {SITE_LABELS[site]}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-decision`}>Decision</label>{' '}
      <select id={`${id}-decision`} value={filter.decision ?? ''} onChange={(e) => pick('decision', e.target.value)}>
        <option value="">Any decision</option>
        {LOG_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {LOG_KIND_LABELS[kind]}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-from`}>From</label>{' '}
      <input id={`${id}-from`} type="date" value={filter.from ?? ''} onChange={(e) => pick('from', e.target.value)} />{' '}
      <label htmlFor={`${id}-to`}>To</label>{' '}
      <input id={`${id}-to`} type="date" value={filter.to ?? ''} onChange={(e) => pick('to', e.target.value)} />
    </fieldset>
  );
}

function Row({ entry }: { entry: LogEntry }) {
  const decision = 'site' in entry ? entry : undefined;
  return (
    <tr>
      <td>
        <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
      </td>
      <td>{decision ? SITE_LABELS[decision.site] : 'This page'}</td>
      <td>{decision ? decision.rules.map(ruleTitle).join(', ') : ''}</td>
      <td>{LOG_KIND_LABELS[entry.decision]}</td>
      <td>{decision?.reason ?? ''}</td>
      <td>{decision?.excerpt ?? ''}</td>
    </tr>
  );
}

/** Every time the panel was shown and what the member of staff did, newest first, with filters and a CSV export. */
export function DecisionLog() {
  const decisions = useOptions((state) => state.decisions);
  const events = useOptions((state) => state.events);
  const months = useOptions((state) => state.inForce.settings.retentionMonths);
  const [filter, setFilter] = useState<LogFilter>({});
  const all = useMemo(() => [...decisions, ...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)), [decisions, events]);
  const shown = filterLog(all, filter);

  return (
    <div className="log-rows">
      <h3>Every entry</h3>
      <p className="help">Entries older than {months} months are deleted.</p>
      <LogSettings />
      <Filters filter={filter} onChange={setFilter} />
      <p role="status">
        Showing {shown.length} of {all.length} entries.
      </p>
      <button type="button" disabled={shown.length === 0} onClick={() => download('ask-yourself-decision-log.csv', 'text/csv', logToCsv(shown))}>
        Export CSV
      </button>
      {shown.length > 0 && (
        <div className="table-scroll">
        <table>
          <caption>Decisions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Site</th>
              <th scope="col">Rules</th>
              <th scope="col">Decision</th>
              <th scope="col">Reason</th>
              <th scope="col">Excerpt</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry, index) => (
              <Row key={`${entry.at}-${index}`} entry={entry} />
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
