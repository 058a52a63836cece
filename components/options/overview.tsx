import { useMemo } from 'react';
import { countDecisions, fortnightBefore, toReview } from '../../lib/decisions/log-summary';
import { ReviewEntry } from './review-entry';
import type { RosterChild } from '../../lib/policy/policy';
import { rules } from '../../lib/rules';
import { reviewedUpToItem, rosterUpdatedItem } from '../../lib/storage/manager-page';
import { protectionStatusItem } from '../../lib/storage/protection-status';
import { useOptions } from './options-context';
import { siteState, sitesIn, SITE_STATE_LABELS } from './protection-state';
import { ruleTitle } from './rules-list';
import { useStoredItem } from './use-stored-item';
import { when } from './when';

const NO_CHILDREN: RosterChild[] = [];
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Where the policy in force comes from, in a sentence. */
function PolicySource() {
  const locked = useOptions((state) => state.inForce.locked.length);
  const ownChanges = useOptions((state) => Object.keys(state.local).filter((key) => key !== 'version').length);
  if (locked > 0)
    return (
      <p>
        Your organisation sets {plural(locked, 'value', 'values')} centrally, marked “Set by your organisation”; the rest is this computer’s
        own policy.
      </p>
    );
  if (ownChanges > 0) return <p>The policy is this computer’s own, set on this page.</p>;
  return <p>The built-in policy: nothing has been changed yet.</p>;
}

function Protection() {
  const severities = useOptions((state) => state.inForce.policy.rules);
  const status = useStoredItem(protectionStatusItem);
  const off = rules.filter((rule) => (severities?.[rule.id] ?? rule.meta.defaultSeverity) === 'off');
  const sites = sitesIn(status ?? {});
  const attention = sites.filter(({ sighting }) => siteState(sighting) === 'attention');
  const on = off.length < rules.length;
  return (
    <article className={`card card--${on && attention.length === 0 ? 'good' : 'attention'}`} aria-labelledby="overview-protection">
      <h3 id="overview-protection">{on ? (attention.length ? 'Protection is on, with a problem to look at' : 'Protection is on') : 'Every rule is off'}</h3>
      <p>
        {rules.length - off.length} of {rules.length} rules check each post on Facebook, Instagram and X in this browser.
        {off.length > 0 && ` Off: ${off.map((rule) => ruleTitle(rule.id)).join(', ')}.`}
      </p>
      <PolicySource />
      <ul className="site-states" aria-label="Sites on this computer">
        {sites.map(({ site, name, sighting }) => (
          <li key={site} data-site-state={siteState(sighting)}>
            {name}: <span className={`state state--${siteState(sighting)}`}>{SITE_STATE_LABELS[siteState(sighting)]}</span>
          </li>
        ))}
      </ul>
      <p>
        <a href="#protection">Protection on this computer</a>
        {attention.length > 0 && `: a post box on ${attention.map(({ name }) => name).join(' and ')} could not be protected`}
      </p>
    </article>
  );
}

function Roster() {
  const roster = useOptions((state) => state.local.roster ?? NO_CHILDREN);
  const updated = useStoredItem(rosterUpdatedItem);
  const withoutConsent = roster.filter((child) => !child.socialMediaConsent).length;
  return (
    <article className="card" aria-labelledby="overview-roster">
      <h3 id="overview-roster">Roster</h3>
      <p className="figures">
        <span>
          <strong>{roster.length}</strong> {roster.length === 1 ? 'child' : 'children'}
        </span>
        <span>
          <strong>{withoutConsent}</strong> without consent
        </span>
      </p>
      <p>
        Last updated:{' '}
        {updated ? <time dateTime={new Date(updated).toISOString()}>{when.format(updated)}</time> : roster.length ? 'not recorded' : 'never'}
      </p>
      <p>
        <a href="#roster">{roster.length ? 'Roster and people' : 'Add the children on your roster'}</a>
      </p>
    </article>
  );
}

const FIGURES = [
  ['held', 'Posts held'],
  ['edited', 'Edited'],
  ['posted-anyway', 'Posted anyway'],
  ['blocked', 'Blocked'],
  ['false-alarm', 'False alarms reported'],
] as const;

function Fortnight() {
  const decisions = useOptions((state) => state.decisions);
  const reviewedUpTo = useStoredItem(reviewedUpToItem);
  const { counts, recent, earlier } = useMemo(() => {
    const since = fortnightBefore();
    const review = toReview(decisions, reviewedUpTo);
    const inFortnight = review.filter((entry) => Date.parse(entry.at) >= since.getTime());
    return { counts: countDecisions(decisions, since), recent: inFortnight, earlier: review.length - inFortnight.length };
  }, [decisions, reviewedUpTo]);
  return (
    <article className="card card--wide" aria-labelledby="overview-fortnight">
      <h3 id="overview-fortnight">The last fortnight</h3>
      <dl className="tiles">
        {FIGURES.map(([kind, label]) => (
          <div key={kind} className="tile" data-count={kind}>
            <dt>{label}</dt>
            <dd>{counts[kind]}</dd>
          </div>
        ))}
      </dl>
      {recent.length === 0 ? (
        <p>Nothing new to review this fortnight: no post went out past the panel and no false alarm was reported.</p>
      ) : (
        <>
          <p>
            <strong>To review: {plural(recent.length, 'decision', 'decisions')}</strong>, newest first
            {recent.length > 5 ? ' (the latest five)' : ''}:
          </p>
          <ul className="review-list">
            {recent.slice(0, 5).map((entry) => (
              <li key={entry.at}>
                <ReviewEntry entry={entry} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="#log">{earlier > 0 ? `Decision log, with ${plural(earlier, 'earlier decision', 'earlier decisions')} to review` : 'Decision log'}</a>
      </p>
    </article>
  );
}

/** The first thing a manager sees: whether protection is on, the roster, and what staff decided lately. */
export function Overview() {
  return (
    <div className="cards">
      <Protection />
      <Roster />
      <Fortnight />
    </div>
  );
}
