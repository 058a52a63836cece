import type { DecisionKind } from '../decisions/decision';
import type { RuleId } from '../types';
import { isClean, type CheckOutcome, type SeenPicture } from './draft-checks';
import { allowedBy, hasWords } from './what-it-allows';

/** What the panel is asked to show (the panel's own `PanelView`, which this mirrors). */
export type GateView =
  | { kind: 'checking' }
  | { kind: 'preparing' }
  | { kind: 'reading' }
  | {
      kind: 'findings';
      findings: CheckOutcome['findings'];
      unchecked: CheckOutcome['unchecked'];
      notChecked: RuleId[];
      uncheckedSeverity?: CheckOutcome['uncheckedSeverity'];
      pictures?: SeenPicture[];
    }
  | { kind: 'press-again' };

/** The member of staff's answers, wired to the panel's buttons. */
export interface GateAnswers {
  onEdit(): void;
  onPostAnyway(reason?: string): void;
  onFalseAlarm(): void;
}

/** One press of a composer's Post control or send shortcut, already stopped before the site saw it. */
export interface Press {
  /** The composer, as an identity: presses on one composer share one panel. */
  composer: object;
  /** The draft's content signature at the moment of the press. */
  signature: string;
  /** The draft's text, offered to the log, which keeps an excerpt only when the manager allows it. */
  text: string;
  /** True for a "Next" that moves the draft to a final step rather than publishing it. */
  step: boolean;
  /** The check's answer, if it had already finished when the press came. */
  settled?: CheckOutcome;
  /** The check's answer, when it is still running (after any photos being prepared). Never rejects. */
  outcome(): Promise<CheckOutcome>;
  /** What is left unchecked if the check has not answered by the deadline. */
  unfinished(): CheckOutcome;
  /** True while photos attached to the composer are still being cleaned: the outcome waits for them. */
  preparing?: boolean;
  /** While the draft's photos are still being looked at (faces, writing): settles when they are, or their time is up. */
  looking?: Promise<void>;
  /** False once the composer and its Post control have left the page, so nothing could be posted. */
  present?(): boolean;
  /** Gives the site the very press it was denied. */
  replay(): void;
  /** True while the same control is still there and enabled, with the same draft: the site ignored the replay. */
  stillWaiting(): boolean;
  /** Puts focus back in the text box, where the person left it. */
  refocus(): void;
}

/** What the gate needs from the page. */
export interface GatePorts {
  show(view: GateView, answers: GateAnswers): void;
  hide(): void;
  record(decision: { rules: RuleId[]; decision: DecisionKind; reason?: string; excerpt: string }): void;
  /** Calls back after `ms`, as a timer tied to the content script's life. */
  later(callback: () => void, ms: number): void;
}

/** Timings, apart so tests and slow machines can set them. */
export interface GateTimings {
  /** How long a press waits for a check still running before the panel says what is not checked yet (it keeps waiting). */
  deadlineMs: number;
  /** How long after a replay to look whether the site took the post. */
  replaySettleMs: number;
}

/** The gate's decision about a press: let the site have it, or keep it (it has been stopped). */
export type Verdict = 'pass' | 'hold';

interface Hold {
  press: Press;
  view: GateView;
  decided: boolean;
}

const rulesOf = (view: GateView): RuleId[] =>
  view.kind === 'findings' ? [...new Set([...view.findings.map((f) => f.rule), ...view.unchecked.map((u) => u.rule), ...view.notChecked])] : [];

/**
 * Decides, for each press, whether the site may have it now; and once it was
 * held, carries out the member of staff's answer: edit (nothing posts), post
 * anyway (the press is replayed exactly once), or, when the site ignored the
 * replay, lets their next real press on the same draft through once.
 */
export class PressGate {
  private hold?: Hold;
  /** Drafts the member of staff chose to post; a step control lets them on, a final press uses them up. */
  private readonly approved = new WeakMap<object, string>();

  constructor(
    private readonly ports: GatePorts,
    private readonly timings: GateTimings,
  ) {}

  /**
   * Call synchronously inside the event. 'pass' means leave the event alone;
   * 'hold' means the caller must stop it before the site sees it.
   */
  decide(press: Press): Verdict {
    if (this.approved.get(press.composer) === press.signature) {
      if (!press.step) this.approved.delete(press.composer);
      if (this.hold?.press.composer === press.composer) this.close();
      return 'pass';
    }
    this.approved.delete(press.composer);
    const held = this.hold;
    if (held && held.press.composer === press.composer && held.view.kind !== 'press-again' && !held.decided) {
      // A second press (or a double click) while the panel is up is the same request. Shown again, in case
      // the page took the panel away: a held composer never swallows presses with nothing on screen.
      this.show(held, held.view);
      return 'hold';
    }
    if (press.settled && isClean(press.settled) && !press.preparing) {
      if (this.hold?.press.composer === press.composer) this.close();
      return 'pass';
    }
    this.open(press, press.settled && !press.preparing ? findingsView(press.settled) : { kind: press.preparing ? 'preparing' : press.looking ? 'reading' : 'checking' });
    if (!press.settled || press.preparing) void this.await(press);
    return 'hold';
  }

  private async await(press: Press): Promise<void> {
    if (press.looking && !press.preparing) {
      // Looking at photos has its own time limit (a photo past it is reported unchecked); the check's deadline runs after it.
      await press.looking;
      const hold = this.hold;
      if (!hold || hold.press !== press || hold.decided) return;
      if (hold.view.kind === 'reading') this.show(hold, { kind: 'checking' });
    }
    this.ports.later(() => {
      const hold = this.hold;
      if (!hold || hold.press !== press || hold.decided || hold.view.kind !== 'checking') return;
      // Running out of time is not a reason to let a post through unseen, nor to allow more than the
      // rules not checked yet might have: say what is not checked, and keep waiting for the answer.
      this.show(hold, findingsView(press.unfinished()));
    }, this.timings.deadlineMs);
    const outcome = await press.outcome();
    const hold = this.hold;
    if (!hold || hold.press !== press || hold.decided) return;
    // A late answer still counts: it replaces what the panel said when time ran out.
    if (isClean(outcome)) {
      hold.decided = true;
      this.close();
      this.release(press);
      return;
    }
    this.show(hold, findingsView(outcome));
  }

  private open(press: Press, view: GateView): void {
    this.hold = { press, view, decided: false };
    this.show(this.hold, view);
  }

  private show(hold: Hold, view: GateView): void {
    hold.view = view;
    this.ports.show(view, {
      onEdit: () => this.edit(hold),
      onPostAnyway: (reason) => this.postAnyway(hold, reason),
      onFalseAlarm: () => this.ports.record({ rules: rulesOf(hold.view), decision: 'false-alarm', excerpt: hold.press.text }),
    });
  }

  private close(): void {
    this.hold = undefined;
    this.ports.hide();
  }

  private edit(hold: Hold): void {
    if (hold !== this.hold) return;
    const { view, press } = hold;
    if (view.kind === 'findings' && !hold.decided) {
      // Said without the engine's strictestSeverity: importing the engine here would load compromise on every page.
      const blocked = view.findings.some((finding) => finding.severity === 'block');
      this.ports.record({ rules: rulesOf(view), decision: blocked ? 'blocked' : 'edited', excerpt: press.text });
    }
    hold.decided = true;
    if (view.kind === 'press-again') this.approved.delete(press.composer);
    this.close();
    press.refocus();
  }

  private postAnyway(hold: Hold, reason?: string): void {
    const { view, press } = hold;
    if (hold !== this.hold || hold.decided || view.kind !== 'findings') return;
    // The gate keeps the policy's word whatever asks it: a block never posts, a justify needs a reason.
    const allows = allowedBy(view.findings, view.uncheckedSeverity);
    if (allows === 'block' || (allows === 'justify' && !hasWords(reason))) return;
    hold.decided = true;
    if (press.present && !press.present()) {
      // The composer has gone (the page moved on): nothing can be posted, so nothing is logged as posted.
      this.close();
      return;
    }
    const trimmed = reason?.trim();
    this.ports.record({ rules: rulesOf(hold.view), decision: 'posted-anyway', excerpt: hold.press.text, ...(trimmed ? { reason: trimmed } : {}) });
    this.close();
    this.release(hold.press);
  }

  /** Replays the press once; if the site ignored it, the next real press of the same draft goes through. */
  private release(press: Press): void {
    if (press.step) this.approved.set(press.composer, press.signature);
    press.replay();
    if (press.step) return;
    this.ports.later(() => {
      if (this.hold || !press.stillWaiting()) return;
      this.approved.set(press.composer, press.signature);
      this.open(press, { kind: 'press-again' });
      this.hold!.decided = true;
    }, this.timings.replaySettleMs);
  }
}

function findingsView(outcome: CheckOutcome): GateView {
  const { findings, unchecked, notChecked, uncheckedSeverity, pictures } = outcome;
  return { kind: 'findings', findings, unchecked, notChecked, ...(uncheckedSeverity ? { uncheckedSeverity } : {}), ...(pictures ? { pictures } : {}) };
}
