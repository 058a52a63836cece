import { composerAround, composerOfTarget, draftText, isKeyboardPress, isRemoveControl, isSendShortcut, pressedControl, type FoundComposer } from '../adapters/find-composer';
import type { SiteAdapter } from '../adapters/site-adapter';
import { saveCaret, type RestoreCaret } from './caret';
import { signatureOf, type DraftChecks, type Draft } from './draft-checks';
import { filesFromEvent, pickerOf } from './files-from-event';
import { holdAttachment, holdPickerInput, isHandOver } from './hand-over';
import { PhotoTracker } from './photo-tracker';
import { PreparingPhotos } from './preparing-photos';
import { PressGate, type GatePorts, type GateTimings } from './press-gate';
import { isReplay, recordPress } from './replay';

/** What guarding a page needs from the content script around it. */
export interface GuardPorts extends Omit<GatePorts, 'later'> {
  adapter: SiteAdapter;
  checks: DraftChecks;
  /** Adds a capture-phase listener on the page's window, removed when the content script goes. */
  listen(type: string, handler: (event: Event) => void): void;
  later(callback: () => void, ms: number): void;
  whenIdle(callback: () => void): void;
  /** A composer is in use: start loading what a check and the panel need. */
  warmUp(): void;
  /** A composer is in use but its Post control cannot be found, so presses on it cannot be held. */
  unprotected(kind: string): void;
  /** A composer came into use, or its Post control was found: for the record of protection on this computer. */
  sighted(what: 'composer' | 'post-control'): void;
  /** False once the manager's switch is known to be off: attached photos then reach the site as they are. */
  removesLocations(): boolean;
  /** The files to give the site in place of these: their locations removed, and any that cannot be cleaned left out. Never rejects. */
  clean(files: readonly File[]): Promise<readonly File[]>;
}

/** Timings, apart so tests and slow machines can set them. */
export interface GuardTimings extends GateTimings {
  /** How long typing must pause before the draft is checked in idle time. */
  typingPauseMs: number;
  /** How long after a composer is first used to look for its Post control, which some sites draw late. */
  controlGraceMs: number;
}

interface ComposerState {
  /** What the composer hangs on now: a new element when the site re-mounts its dialog. */
  key: Element;
  photos: PhotoTracker;
  /** The draft as last read while its text boxes were there, for a final step that has replaced them. */
  lastText: string;
  restore?: RestoreCaret;
  timer?: number;
  warned?: boolean;
  looked?: boolean;
  /** Its final Post went through: a dialog that replaces it is a new composer. */
  ended?: boolean;
}

/** A composer held by a container (a dialog) that the site may replace with a new element between steps. */
interface Lineage {
  state: ComposerState;
  /** When its container left the page. */
  goneAt?: number;
}

/**
 * How long after a composer's dialog leaves the page a new one takes over its
 * draft and photos: a site that re-mounts its dialog between steps (Instagram's
 * crop, edit and caption; Facebook's "Post settings") draws the next at once.
 */
const CARRY_MS = 1500;
const DIALOG = '[role="dialog"]';

/**
 * Guards every composer on the page: tracks each one's draft and photos, checks
 * the draft while the person pauses, and stops a press on Post (or its shortcut)
 * before the site's own handlers when the draft has something to ask about.
 * Listens on window in the capture phase, registered at document_start, which
 * runs before React's root listeners, Lexical's editor listeners and React
 * Native for Web's stopPropagation (research/composers.md §1.1).
 */
export function guardPage(ports: GuardPorts, timings: GuardTimings): void {
  const { adapter, checks } = ports;
  const { table } = adapter;
  const states = new WeakMap<Element, ComposerState>();
  /** How many composers have been used on this page; none means a click needs no search for one. */
  let used = 0;
  const gate = new PressGate(ports, timings);
  let heldKey: string | undefined;
  /** Attachments are handed over in the order they came, however long each takes to clean. */
  let handingOver: Promise<void> = Promise.resolve();
  const preparing = new PreparingPhotos();

  /** Composers held by a container, followed so a replacement container takes over their state. */
  const lineages: Lineage[] = [];
  let watcher: MutationObserver | undefined;

  // Only dialogs: a feed's comment forms come and go as it scrolls, and none of them replaces another.
  const inDialog = (composer: FoundComposer): boolean => composer.key === composer.root && composer.key.matches(DIALOG);

  /** Moves a gone container's state to the container that replaced it. */
  const carry = (lineage: Lineage, to: Element) => {
    states.delete(lineage.state.key);
    lineage.state.key = to;
    lineage.goneAt = undefined;
    states.set(to, lineage.state);
  };

  /** Dialogs the site has just drawn, from the page's mutation records. */
  const drawnDialogs = (records: readonly MutationRecord[]): Element[] =>
    records.flatMap((record) =>
      [...record.addedNodes].flatMap((node) => (node instanceof Element ? [...(node.matches(DIALOG) ? [node] : []), ...node.querySelectorAll(DIALOG)] : [])),
    );

  /** Dialogs drawn in the last moments: a site may draw the next step's dialog just before it removes the last. */
  let recent: { dialog: Element; at: number }[] = [];

  // Runs on the page's mutations only while a dialog composer is in use, and looks only at dialogs.
  const follow = (records: readonly MutationRecord[]) => {
    const now = Date.now();
    recent = [...recent.filter((drawn) => now - drawn.at < CARRY_MS), ...drawnDialogs(records).map((dialog) => ({ dialog, at: now }))];
    for (const lineage of [...lineages]) {
      if (lineage.state.key.isConnected) continue;
      lineage.goneAt ??= now;
      const expired = lineage.state.ended || now - lineage.goneAt >= CARRY_MS;
      const next = expired ? undefined : recent.find(({ dialog }) => dialog.isConnected && !states.has(dialog) && !table.leaveAlone.some((selector) => dialog.closest(selector)));
      if (next) carry(lineage, next.dialog);
      else if (expired) lineages.splice(lineages.indexOf(lineage), 1);
    }
    if (lineages.length === 0) {
      watcher?.disconnect();
      watcher = undefined;
      recent = [];
    }
  };

  const track = (composer: FoundComposer, state: ComposerState) => {
    if (!inDialog(composer)) return;
    lineages.push({ state });
    if (watcher) return;
    watcher = new MutationObserver(follow);
    watcher.observe(document, { childList: true, subtree: true });
  };

  const stateOf = (composer: FoundComposer): ComposerState => {
    let state = states.get(composer.key);
    if (!state && watcher) {
      // A dialog drawn in this same task has not been seen by the observer yet.
      follow(watcher.takeRecords());
      state = states.get(composer.key);
    }
    if (!state) {
      state = { key: composer.key, photos: new PhotoTracker(), lastText: '' };
      states.set(composer.key, state);
      track(composer, state);
      used++;
      ports.warmUp();
      ports.sighted('composer');
    }
    return state;
  };

  // Matches the site's previews to the photos; see PhotoTracker.reconcile.
  const previewsIn = (composer: FoundComposer): Element[] => {
    const previews = composer.spec.attachments;
    return previews ? [...composer.root.querySelectorAll(previews.item)] : [];
  };
  const reconcile = (composer: FoundComposer, state = stateOf(composer)) => {
    if (composer.spec.attachments) state.photos.reconcile(previewsIn(composer));
  };

  /**
   * Once a post went from a composer that stays on the page (a comment box, X's inline
   * box), the site empties it: with its text and every preview gone, its photos went
   * with the post. While anything is left, they stay attached.
   */
  const emptiedAfterPost = (state: ComposerState) => {
    const now = rereadState(state);
    if (!now || !state.ended || now.editors.length === 0 || draftText(now) !== '' || previewsIn(now).length > 0) return;
    state.photos.clear();
    state.ended = false;
  };

  const draftOf = (composer: FoundComposer): Draft => {
    const state = stateOf(composer);
    reconcile(composer, state);
    if (composer.editors.some((editor) => editor.isConnected)) state.lastText = draftText(composer);
    return { text: state.lastText, photos: state.photos.photos, platform: adapter.platform };
  };

  const reread = (key: Element): FoundComposer | undefined => (key.isConnected ? (composerOfTarget(table, key) ?? composerAround(table, key)) : undefined);
  /** The composer as it is now, on whatever element now holds it. */
  const rereadState = (state: ComposerState): FoundComposer | undefined => reread(state.key);

  const checkSoon = (composer: FoundComposer) => {
    const state = stateOf(composer);
    clearTimeout(state.timer);
    state.timer = window.setTimeout(() => {
      ports.whenIdle(() => {
        const now = rereadState(state);
        if (now) void checks.check(draftOf(now));
      });
    }, timings.typingPauseMs);
  };

  const lookForControl = (composer: FoundComposer) => {
    const state = stateOf(composer);
    if (state.looked) return;
    state.looked = true;
    ports.later(() => {
      const now = rereadState(state);
      // A composer that has posted, or whose text boxes the site has taken away, is no box left unprotected.
      if (!now || state.warned || state.ended || now.editors.length === 0) return;
      if (now.control) return ports.sighted('post-control');
      state.warned = true;
      ports.unprotected(now.spec.kind);
    }, timings.controlGraceMs);
  };

  // Messages are left alone box by box (the tables' leaveAlone), never by the page's address: a post dialog opened
  // on a messages page is a post.
  const guarded = (event: Event): Element | undefined => {
    if (isReplay(event)) return undefined;
    const target = event.composedPath()[0] ?? event.target;
    return target instanceof Element ? target : undefined;
  };

  const posted = (state: ComposerState) => {
    state.ended = true;
    ports.later(() => emptiedAfterPost(state), timings.replaySettleMs);
  };

  const press = (event: Event, composer: FoundComposer, replayAt: Element, step: boolean) => {
    const draft = draftOf(composer);
    const signature = signatureOf(draft);
    const state = stateOf(composer);
    if (event instanceof KeyboardEvent && composer.editors.includes(replayAt)) state.restore = saveCaret(replayAt);
    const replay = recordPress(event);
    const ready = preparing.of(composer.key);
    const verdict = gate.decide({
      // The state, not the element: it outlives a dialog the site replaces between steps.
      composer: state,
      signature,
      text: draft.text,
      step,
      settled: checks.settled(draft),
      preparing: ready !== undefined,
      looking: checks.looking(draft),
      // With photos still being cleaned, the draft to check is the one holding them once they are handed over.
      outcome: () => (ready ? ready.then(() => checks.check(draftOf(reread(composer.key) ?? composer))) : checks.check(draft)),
      unfinished: () => checks.unfinished(draftOf(reread(composer.key) ?? composer)),
      present: () => replayAt.isConnected || reread(composer.key)?.control !== undefined,
      replay: () => {
        const now = rereadState(state);
        if (!step) posted(state);
        // The site may have redrawn the control while the panel was up; press the one there now.
        const target = replayAt.isConnected ? replayAt : (now?.control ?? replayAt);
        if (event instanceof KeyboardEvent) state.restore?.();
        replay(target);
      },
      stillWaiting: () => {
        const now = rereadState(state);
        const control = now?.control;
        if (!now || !control || control.closest('[hidden]') || control.getAttribute('aria-disabled') === 'true') return false;
        const after = draftOf(now);
        return after.text !== '' && signatureOf(after) === signature;
      },
      refocus: () => (state.restore ?? (() => (composer.editors[0] as HTMLElement | undefined)?.focus()))(),
    });
    if (verdict === 'pass') {
      if (!step) posted(state);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event instanceof KeyboardEvent) heldKey = event.key;
  };

  ports.listen('focusin', (event) => {
    const target = guarded(event);
    const composer = target && composerOfTarget(table, target);
    if (composer) lookForControl(composer);
  });

  ports.listen('focusout', (event) => {
    const target = guarded(event);
    const composer = target && composerOfTarget(table, target);
    if (composer && composer.editors.includes(target)) stateOf(composer).restore = saveCaret(target);
  });

  /**
   * A picker outside any composer, while a composer that claims such pickers is open
   * (Instagram's create dialog): the last of them opened.
   */
  const claimant = (event: Event): FoundComposer | undefined => {
    if (!pickerOf(event)) return undefined;
    for (const spec of table.composers) {
      if (!spec.claimsOutsidePickers || !spec.container) continue;
      const open = [...document.querySelectorAll(spec.container)].filter((element) => !table.leaveAlone.some((selector) => element.closest(selector)));
      const found = open.length ? composerAround(table, open[open.length - 1]) : undefined;
      if (found?.spec === spec) return found;
    }
    return undefined;
  };

  /**
   * What an event attaches: its photos and videos, and the composer they go to,
   * if any is recognised. Files chosen anywhere on the site (Stories, Reels, a
   * picker outside a dialog) are still cleaned before the site reads them.
   */
  const attaching = (event: Event): { composer?: FoundComposer; files: File[] } | undefined => {
    const target = guarded(event);
    const files = target ? filesFromEvent(event) : [];
    if (!files.length) return undefined;
    const around = composerAround(table, target!);
    // A composer found by climbing far past the picker (a comment box elsewhere on the page) yields to an open one that claims pickers.
    return { composer: around?.root.contains(target!) ? around : (claimant(event) ?? around), files };
  };

  /** True when the site must not read these files until their location is gone; our own hand-over is the cleaned one. */
  const mustClean = (event: Event): boolean => !isHandOver(event) && ports.removesLocations();

  ports.listen('input', (event) => {
    if (pickerOf(event)) {
      if (mustClean(event) && attaching(event)) holdPickerInput(event);
      return;
    }
    const target = guarded(event);
    const composer = target && composerOfTarget(table, target);
    if (!composer) return;
    lookForControl(composer);
    checkSoon(composer);
  });

  for (const type of ['change', 'drop', 'paste']) {
    ports.listen(type, (event) => {
      const attached = attaching(event);
      if (!attached) return;
      const { composer, files } = attached;
      if (mustClean(event)) {
        // Tracked when handed over, so the draft holds the cleaned files, each once.
        if (composer) stateOf(composer);
        const held = holdAttachment(event);
        handingOver = handingOver.then(() => ports.clean(held.files).then(held.handOver)).catch(() => undefined);
        if (composer) preparing.add(composer.key, handingOver);
        return;
      }
      if (!composer) return;
      const state = stateOf(composer);
      for (const photo of state.photos.add(files)) void checks.readPhoto(photo);
      // The site draws its previews in its own handler, after this one: match them as soon as they are there.
      ports.later(() => {
        const now = rereadState(state);
        if (now) reconcile(now, state);
      }, 0);
      checkSoon(composer);
    });
  }

  ports.listen('click', (event) => {
    const target = guarded(event);
    if (!target) return;
    const pressed = pressedControl(table, target);
    if (pressed) return press(event, pressed.composer, pressed.control, pressed.step);
    // A click elsewhere in a composer may remove a photo: match the previews now, before the
    // site removes one, so its going is noticed; then check again once the site has redrawn.
    if (used === 0) return;
    const composer = composerAround(table, target);
    const state = composer && states.get(composer.key);
    if (!composer || !state) return;
    reconcile(composer, state);
    const removal = composer.spec.attachments?.removeLabels;
    state.photos.pressed(target, previewsIn(composer), composer.root, !!removal && isRemoveControl(target, removal));
    checkSoon(composer);
  });

  ports.listen('keydown', (event) => {
    if (!isReplay(event)) heldKey = undefined;
    const target = guarded(event);
    if (!target || !(event instanceof KeyboardEvent)) return;
    const composer = composerOfTarget(table, target);
    if (composer) {
      if (isSendShortcut(composer.spec, event)) press(event, composer, target, false);
      return;
    }
    const pressed = pressedControl(table, target);
    if (pressed && isKeyboardPress(pressed.control, event)) press(event, pressed.composer, pressed.control, pressed.step);
  });

  // A held key's release belongs to the held press: a site that acts on key up must not see it alone.
  ports.listen('keyup', (event) => {
    if (!heldKey || isReplay(event) || !(event instanceof KeyboardEvent) || event.key !== heldKey) return;
    heldKey = undefined;
    event.preventDefault();
    event.stopImmediatePropagation();
  });
}
