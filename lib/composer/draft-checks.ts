import type { CheckResult, UncheckedRule } from '../engine/check-post';
import { RULE_IDS, SEVERITIES, type FaceBox, type Finding, type PhotoSummary, type Platform, type Post, type RuleId, type Severity } from '../types';
import type { TrackedPhoto } from './photo-tracker';
import type { PhotoSights } from './photo-sights';
import { PROBLEM } from '../photos/problems';

/** A photo with faces seen in it, for the panel's thumbnail: the file stays in this page's script, never sent anywhere. */
export interface SeenPicture {
  name: string;
  file: Blob;
  faces: FaceBox[];
}

/** What a check of one draft came to, as the panel shows it. */
export interface CheckOutcome {
  findings: Finding[];
  unchecked: UncheckedRule[];
  /** Rules that could not run at all (the check failed or ran out of time), for the panel to name. */
  notChecked: RuleId[];
  /**
   * The strictest severity the rules in `unchecked` and `notChecked` have under
   * the policy (`block` when that is not known): what they might have found
   * decides what the panel may offer, as a finding would.
   */
  uncheckedSeverity?: Severity;
  /** The draft's photos in which faces were seen, for the panel to show beside what it found. */
  pictures?: SeenPicture[];
}

/** Each rule's severity under the policy in force. */
export type Severities = Partial<Record<RuleId, Severity>>;

/** A draft as it stands in one composer. */
export interface Draft {
  text: string;
  photos: readonly TrackedPhoto[];
  platform: Platform;
}

/** The checks themselves: the text against the policy, and one photo's metadata. */
export interface PostChecker {
  check(post: Post): Promise<CheckResult>;
  readPhoto(file: File): Promise<PhotoSummary>;
}

/** What a draft check needs from the page. */
export interface CheckPorts {
  checker(): Promise<PostChecker>;
  /** Each rule's severity in force, to name the rules a check did not run and say how strict they are; none when unknown. */
  severities(): Promise<Severities | undefined>;
  /** How long to wait for one photo's metadata before calling it unreadable. */
  photoBudgetMs: number;
  /** What each photo shows (faces, writing), looked at off the page; none where pictures are not looked at. */
  sights?: PhotoSights;
}

/** True when nothing was found and everything was checked: such a post is never held. */
export const isClean = (outcome: CheckOutcome): boolean =>
  outcome.findings.length === 0 && outcome.unchecked.length === 0 && outcome.notChecked.length === 0;

/** Identifies a draft's content: the same text with the same photos is the same draft. */
export const signatureOf = (draft: Draft): string => `${draft.photos.map((photo) => photo.id).join(',')}\u0000${draft.text}`;

// Rules that only look at photos; a text-only draft that could not be checked did not miss them.
const PHOTO_RULES: readonly RuleId[] = ['full-name-with-photo', 'photo-location', 'missing-consent-tag', 'photo-unchecked', 'child-named-with-photo', 'identifiable-face'];
const REMEMBERED = 40;

const timedOut = (name: string): PhotoSummary => ({ name, readable: false, problem: PROBLEM.tooSlow, keywords: [] });

/** The rules a draft would have been checked against, for saying what was not checked. */
export function rulesInForce(severities: Severities | undefined, hasPhotos: boolean): RuleId[] {
  return RULE_IDS.filter((id) => severities?.[id] !== 'off' && (hasPhotos || !PHOTO_RULES.includes(id)));
}

/** The strictest severity among these rules; a rule whose severity is not known counts as `block`. */
export function strictestOf(rules: readonly RuleId[], severities: Severities | undefined): Severity | undefined {
  let strictest: Severity | undefined;
  for (const rule of rules) {
    const severity = severities?.[rule] ?? 'block';
    if (!strictest || SEVERITIES.indexOf(severity) > SEVERITIES.indexOf(strictest)) strictest = severity;
  }
  return strictest;
}

/** An outcome naming rules that could not run, with how strict they are. */
function withUnchecked(outcome: Omit<CheckOutcome, 'uncheckedSeverity'>, severities: Severities | undefined): CheckOutcome {
  const strictest = strictestOf([...outcome.unchecked.map((u) => u.rule), ...outcome.notChecked], severities);
  return strictest ? { ...outcome, uncheckedSeverity: strictest } : outcome;
}

/**
 * Checks drafts and remembers the answers by content, so a check made while the
 * person paused typing is ready, without waiting, when they press Post. A check
 * that failed or gave up on a slow photo is not remembered: the next press tries again.
 */
export class DraftChecks {
  private readonly running = new Map<string, Promise<CheckOutcome>>();
  private readonly done = new Map<string, CheckOutcome>();
  private readonly summaries = new WeakMap<TrackedPhoto, Promise<PhotoSummary>>();
  /** Raised when the policy changes, so a check begun under the old one is not remembered. */
  private generation = 0;
  /** The severities last read, for what a check that has not finished leaves unchecked, said at once. */
  private known?: Severities;

  constructor(private readonly ports: CheckPorts) {}

  /** What a check still running when its time ran out has not checked: every rule in force that applies to this draft. */
  unfinished(draft: Draft): CheckOutcome {
    return withUnchecked({ findings: [], unchecked: [], notChecked: rulesInForce(this.known, draft.photos.length > 0) }, this.known);
  }

  /** True while any of the draft's photos is still being looked at (within its time): a press then says so. */
  looking(draft: Draft): Promise<void> | undefined {
    return this.ports.sights?.looking(draft.photos);
  }

  /** Starts reading a photo's metadata, and looking at it, once. */
  readPhoto(photo: TrackedPhoto): Promise<PhotoSummary> {
    this.ports.sights?.start(photo);
    let summary = this.summaries.get(photo);
    if (!summary) {
      summary = this.ports.checker().then((checker) => checker.readPhoto(photo.file));
      this.summaries.set(photo, summary);
    }
    return summary;
  }

  /** The answer for a draft, if its check has already finished. */
  settled(draft: Draft): CheckOutcome | undefined {
    return this.done.get(signatureOf(draft));
  }

  /** The answer for a draft: remembered, already running, or started now. */
  check(draft: Draft): Promise<CheckOutcome> {
    void this.severities();
    const signature = signatureOf(draft);
    const known = this.running.get(signature);
    if (known) return known;
    const generation = this.generation;
    const started = this.run(draft).then(({ outcome, keep }) => {
      if (keep && generation === this.generation) this.remember(signature, outcome);
      else if (this.running.get(signature) === started) this.running.delete(signature);
      return outcome;
    });
    this.running.set(signature, started);
    return started;
  }

  /** Forgets every answer, when the policy changes. */
  forget(): void {
    this.running.clear();
    this.done.clear();
    this.ports.sights?.forget();
    this.generation++;
  }

  private remember(signature: string, outcome: CheckOutcome): void {
    this.done.set(signature, outcome);
    for (const old of this.done.keys()) {
      if (this.done.size <= REMEMBERED) break;
      this.done.delete(old);
      this.running.delete(old);
    }
  }

  private severities(): Promise<Severities | undefined> {
    return this.ports.severities().then(
      (severities) => (this.known = severities),
      () => undefined,
    );
  }

  private async run(draft: Draft): Promise<{ outcome: CheckOutcome; keep: boolean }> {
    try {
      const checker = await this.ports.checker();
      let complete = true;
      const photos = await Promise.all(
        draft.photos.map((photo) =>
          Promise.all([withinBudget(this.readPhoto(photo), this.ports.photoBudgetMs), this.ports.sights?.sightOf(photo)]).then(([summary, seen]) => {
            if (seen && !seen.complete) complete = false;
            if (!summary) {
              complete = false;
              return timedOut(photo.file.name);
            }
            return seen ? { ...summary, sight: seen.sight } : summary;
          }),
        ),
      );
      const result = await checker.check({ text: draft.text, photos, platform: draft.platform });
      const severities = result.unchecked.length ? await this.severities() : this.known;
      const pictures = picturesOf(draft.photos, photos);
      return { outcome: withUnchecked({ ...result, notChecked: [], ...(pictures.length ? { pictures } : {}) }, severities), keep: complete };
    } catch {
      const severities = await this.severities();
      return { outcome: withUnchecked({ findings: [], unchecked: [], notChecked: rulesInForce(severities, draft.photos.length > 0) }, severities), keep: false };
    }
  }
}

function picturesOf(tracked: readonly TrackedPhoto[], summaries: readonly PhotoSummary[]): SeenPicture[] {
  return tracked.flatMap((photo, index) => {
    const faces = summaries[index]?.sight?.faces;
    return faces?.length && summaries[index].kind !== 'video' ? [{ name: photo.file.name, file: photo.file, faces }] : [];
  });
}

function withinBudget<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
