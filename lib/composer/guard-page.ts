import { composerAround, composerOfTarget, draftText, isKeyboardPress, isSendShortcut, pressedControl, type FoundComposer } from '../adapters/find-composer';
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
  photos: PhotoTracker;
  /** The draft as last read while its text boxes were there, for a final step that has replaced them. */
  lastText: string;
  restore?: RestoreCaret;
  timer?: number;
  warned?: boolean;
  looked?: boolean;
}

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

  const stateOf = (composer: FoundComposer): ComposerState => {
    let state = states.get(composer.key);
    if (!state) {
      state = { photos: new PhotoTracker(), lastText: '' };
      states.set(composer.key, state);
      used++;
      ports.warmUp();
    }
    return state;
  };

  // Matches the site's previews to the photos; see PhotoTracker.reconcile.
  const reconcile = (composer: FoundComposer, state = stateOf(composer)) => {
    const previews = composer.spec.attachments;
    if (previews && (!previews.list || composer.root.querySelector(previews.list))) {
      state.photos.reconcile([...composer.root.querySelectorAll(previews.item)]);
    }
  };

  const draftOf = (composer: FoundComposer): Draft => {
    const state = stateOf(composer);
    reconcile(composer, state);
    if (composer.editors.some((editor) => editor.isConnected)) state.lastText = draftText(composer);
    return { text: state.lastText, photos: state.photos.photos, platform: adapter.platform };
  };

  const reread = (key: Element): FoundComposer | undefined => (key.isConnected ? (composerOfTarget(table, key) ?? composerAround(table, key)) : undefined);

  const checkSoon = (composer: FoundComposer) => {
    const state = stateOf(composer);
    clearTimeout(state.timer);
    state.timer = window.setTimeout(() => {
      ports.whenIdle(() => {
        const now = reread(composer.key);
        if (now) void checks.check(draftOf(now));
      });
    }, timings.typingPauseMs);
  };

  const lookForControl = (composer: FoundComposer) => {
    const state = stateOf(composer);
    if (state.looked) return;
    state.looked = true;
    ports.later(() => {
      const now = reread(composer.key);
      if (!now || now.control || state.warned) return;
      state.warned = true;
      ports.unprotected(now.spec.kind);
    }, timings.controlGraceMs);
  };

  const guarded = (event: Event): Element | undefined => {
    if (isReplay(event) || adapter.leavesAlone(new URL(location.href))) return undefined;
    const target = event.composedPath()[0] ?? event.target;
    return target instanceof Element ? target : undefined;
  };

  const press = (event: Event, composer: FoundComposer, replayAt: Element, step: boolean) => {
    const draft = draftOf(composer);
    const signature = signatureOf(draft);
    const state = stateOf(composer);
    if (event instanceof KeyboardEvent && composer.editors.includes(replayAt)) state.restore = saveCaret(replayAt);
    const replay = recordPress(event);
    const ready = preparing.of(composer.key);
    const verdict = gate.decide({
      composer: composer.key,
      signature,
      text: draft.text,
      step,
      settled: checks.settled(draft),
      preparing: ready !== undefined,
      // With photos still being cleaned, the draft to check is the one holding them once they are handed over.
      outcome: () => (ready ? ready.then(() => checks.check(draftOf(reread(composer.key) ?? composer))) : checks.check(draft)),
      unfinished: () => checks.unfinished(draftOf(reread(composer.key) ?? composer)),
      present: () => replayAt.isConnected || reread(composer.key)?.control !== undefined,
      replay: () => {
        const now = reread(composer.key);
        // The site may have redrawn the control while the panel was up; press the one there now.
        const target = replayAt.isConnected ? replayAt : (now?.control ?? replayAt);
        if (event instanceof KeyboardEvent) state.restore?.();
        replay(target);
      },
      stillWaiting: () => {
        const now = reread(composer.key);
        const control = now?.control;
        if (!now || !control || control.closest('[hidden]') || control.getAttribute('aria-disabled') === 'true') return false;
        const after = draftOf(now);
        return after.text !== '' && signatureOf(after) === signature;
      },
      refocus: () => (state.restore ?? (() => (composer.editors[0] as HTMLElement | undefined)?.focus()))(),
    });
    if (verdict === 'pass') return;
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

  /** The composer an event attaches photos or videos to, with them. */
  const attaching = (event: Event): { composer: FoundComposer; files: File[] } | undefined => {
    const target = guarded(event);
    const files = target ? filesFromEvent(event) : [];
    const composer = files.length ? composerAround(table, target!) : undefined;
    return composer && { composer, files };
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
        stateOf(composer);
        const held = holdAttachment(event);
        handingOver = handingOver.then(() => ports.clean(held.files).then(held.handOver)).catch(() => undefined);
        preparing.add(composer.key, handingOver);
        return;
      }
      for (const photo of stateOf(composer).photos.add(files)) void checks.readPhoto(photo);
      // The site draws its previews in its own handler, after this one: match them as soon as they are there.
      ports.later(() => {
        const now = reread(composer.key);
        if (now) reconcile(now);
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
    if (!composer || !states.has(composer.key)) return;
    reconcile(composer);
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
