import type { ComposerSpec, SelectorTable } from './site-adapter';

/** A composer found on the page. */
export interface FoundComposer {
  spec: ComposerSpec;
  /** The element that holds the whole composer. */
  root: Element;
  /**
   * What the composer's state (photos, last draft) hangs on: the container when
   * the spec names one, else the first text box, which outlives a Post control
   * that is only drawn once the box has focus.
   */
  key: Element;
  /** Its text boxes; none once a final step has replaced them. */
  editors: Element[];
  /** The control that publishes (or moves on to the final step), when it can be found. */
  control?: Element;
}

/** A press on a composer's Post (or "Next") control. */
export interface PressedControl {
  composer: FoundComposer;
  control: Element;
  /** True for a control that moves the draft on to a final step rather than publishing it. */
  step: boolean;
}

// Far enough for every composer in the research notes; a bound keeps a stray box
// from being paired with a Post control elsewhere on the page.
const MAX_CLIMB = 12;
const CONTROL = 'button, [role="button"], input[type="submit"]';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of the elements an aria-labelledby names. */
function labelledBy(element: Element): string {
  const ids = element.getAttribute('aria-labelledby');
  return ids ? collapse(ids.split(/\s+/).map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ')) : '';
}

/** Text a sighted person reads on a control: icons (an svg's aria-label or <title>) say nothing. */
function visibleText(element: Element): string {
  if (!element.querySelector('svg, [aria-hidden="true"]')) return collapse(element.textContent ?? '');
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && node.localName !== 'svg' && node.getAttribute('aria-hidden') !== 'true') text += ` ${visibleText(node)} `;
  }
  return collapse(text);
}

/**
 * The name a control goes by: its label, else its words, else the label of the one
 * labelled element inside it (Facebook sometimes names a button only on an inner
 * span). An icon alone names nothing: Instagram's paper-plane is an svg named
 * "Share", and taking it for the create dialog's Share would hold every share.
 */
export function controlName(control: Element): string {
  const own = collapse(control.getAttribute('aria-label') ?? '') || labelledBy(control) || visibleText(control);
  if (own) return own;
  const inner = [...control.querySelectorAll('[aria-label]')].filter((element) => !element.closest('svg'));
  return inner.length === 1 ? collapse(inner[0].getAttribute('aria-label')!) : '';
}

/**
 * The name a text box goes by, never its contents: a post that starts "Reply to..."
 * must not turn the box it is typed in into a comment box.
 */
export function boxName(box: Element): string {
  const name =
    collapse(box.getAttribute('aria-label') ?? '') ||
    labelledBy(box) ||
    collapse(box.getAttribute('aria-placeholder') ?? '') ||
    collapse(box.getAttribute('placeholder') ?? '');
  if (name) return name;
  // Business Suite's caption box is a contenteditable inside a named role="combobox".
  const wrapper = box.parentElement?.closest('[role="combobox"]');
  return wrapper ? boxName(wrapper) : '';
}

const fold = (text: string): string => text.toLocaleLowerCase();
const named = (element: Element, labels: readonly string[] = []): boolean => {
  if (!labels.length) return false;
  const name = fold(controlName(element));
  return labels.some((label) => fold(label) === name);
};

const disabled = (control: Element): boolean =>
  control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled === true;

const BOX = '[contenteditable="true"], textarea, input[type="text"]';

/**
 * A chat window's box: the nearest ancestor that holds a chat control ("Close chat")
 * holds no other text box. A comment box under a post never qualifies, since any
 * ancestor wide enough to reach the chat's controls also holds the chat's own box.
 */
function inChatWindow(table: SelectorTable, box: Element): boolean {
  const labels = table.chatControls;
  if (!labels?.length) return false;
  // By attribute, so a key press in a big page pays for one query per level, not a name per control.
  const chatControl = labels.map((label) => `[aria-label=${JSON.stringify(label)} i]`).join(',');
  let node = box.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB && node !== node.ownerDocument.body; depth++, node = node.parentElement) {
    const others = [...node.querySelectorAll(BOX)].some((other) => other !== box && !box.contains(other) && !other.contains(box));
    if (others) return false;
    if (node.querySelector(chatControl)) return true;
  }
  return false;
}

const leftAlone = (table: SelectorTable, element: Element): boolean =>
  table.leaveAlone.length > 0 && element.closest(table.leaveAlone.join(',')) !== null;

function fitsEditor(table: SelectorTable, spec: ComposerSpec, element: Element): boolean {
  if (!element.matches(spec.editor.join(','))) return false;
  if (leftAlone(table, element) || inChatWindow(table, element)) return false;
  if (!spec.editorLabels?.length) return true;
  if (spec.editorHooks?.length && element.closest(spec.editorHooks.join(','))) return true;
  const name = fold(boxName(element));
  return spec.editorLabels.some((prefix) => name.startsWith(fold(prefix)));
}

function editorsIn(table: SelectorTable, spec: ComposerSpec, root: Element): Element[] {
  return [...root.querySelectorAll(spec.editor.join(','))].filter((element) => fitsEditor(table, spec, element));
}

/** A composer's enabled or disabled controls: stable hooks first, then labels, then steps. */
function controlsIn(spec: ComposerSpec, root: Element): { control: Element; step: boolean }[] {
  const found: { control: Element; step: boolean }[] = [];
  for (const hook of spec.submit) found.push(...[...root.querySelectorAll(hook)].map((control) => ({ control, step: false })));
  if (spec.submitLabels?.length || spec.stepLabels?.length) {
    for (const control of root.querySelectorAll(CONTROL)) {
      if (named(control, spec.submitLabels)) found.push({ control, step: false });
      else if (named(control, spec.stepLabels)) found.push({ control, step: true });
    }
  }
  return found;
}

function build(table: SelectorTable, spec: ComposerSpec, root: Element, byContainer: boolean): FoundComposer {
  const editors = editorsIn(table, spec, root);
  const controls = controlsIn(spec, root);
  // A shown control beats a hidden one: a Page's dialog keeps "Post" hidden until "Next".
  const control = (controls.find(({ control }) => !control.closest('[hidden]')) ?? controls[0])?.control;
  return { spec, root, key: byContainer || editors.length === 0 ? root : editors[0], editors, control };
}

/** The composer a text box belongs to, found from the box up. */
function composerOfEditor(table: SelectorTable, spec: ComposerSpec, editor: Element): FoundComposer {
  const container = spec.container ? editor.closest(spec.container) : null;
  if (container) return build(table, spec, container, true);
  let node = editor.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB && node !== node.ownerDocument.body; depth++, node = node.parentElement) {
    if (controlsIn(spec, node).length) return build(table, spec, node, false);
    const others = editorsIn(table, spec, node).filter((other) => other !== editor);
    if (others.length && !spec.multipleEditors) break;
  }
  return { spec, root: editor.parentElement ?? editor, key: editor, editors: [editor] };
}

/** The protected text box an event happened in, and its composer; nothing for other boxes. */
export function composerOfTarget(table: SelectorTable, target: Element): FoundComposer | undefined {
  for (const spec of table.composers) {
    const editor = target.closest(spec.editor.join(','));
    if (editor && fitsEditor(table, spec, editor)) return composerOfEditor(table, spec, editor);
  }
  return undefined;
}

/**
 * The composer around an element that is not a text box (a file picker, a drop
 * zone, a photo's remove button): the nearest ancestor that is a composer's
 * container or holds one of its text boxes.
 */
export function composerAround(table: SelectorTable, element: Element): FoundComposer | undefined {
  const inBox = composerOfTarget(table, element);
  if (inBox) return inBox;
  let node: Element | null = element;
  for (let depth = 0; node && depth <= MAX_CLIMB * 2 && node !== node.ownerDocument.body; depth++, node = node.parentElement) {
    for (const spec of table.composers) {
      if (spec.container && node.matches(spec.container)) return build(table, spec, node, true);
      const editor = editorsIn(table, spec, node)[0];
      if (editor) return composerOfEditor(table, spec, editor);
    }
  }
  return undefined;
}

/** The composer whose enabled Post (or "Next") control an event happened on; nothing for any other control. */
export function pressedControl(table: SelectorTable, target: Element): PressedControl | undefined {
  const control = target.closest(CONTROL);
  if (!control || disabled(control) || leftAlone(table, control)) return undefined;
  for (const spec of table.composers) {
    const byHook = spec.submit.length > 0 && control.matches(spec.submit.join(','));
    const step = !byHook && named(control, spec.stepLabels);
    if (!byHook && !step && !named(control, spec.submitLabels)) continue;
    const composer = composerOfControl(table, spec, control);
    if (composer && controlsIn(spec, composer.root).some((found) => found.control === control)) {
      return { composer: { ...composer, control }, control, step };
    }
  }
  return undefined;
}

function composerOfControl(table: SelectorTable, spec: ComposerSpec, control: Element): FoundComposer | undefined {
  const container = spec.container ? control.closest(spec.container) : null;
  if (container) return build(table, spec, container, true);
  let node = control.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB && node !== node.ownerDocument.body; depth++, node = node.parentElement) {
    const editor = editorsIn(table, spec, node)[0];
    if (editor) return composerOfEditor(table, spec, editor);
  }
  return undefined;
}

/** True when a press landed on a control named as one of these (a photo's own remove control). */
export function isRemoveControl(target: Element, labels: readonly string[]): boolean {
  const control = target.closest(CONTROL);
  return !!control && named(control, labels);
}

/** True when a key press in a composer's text box is one of its send shortcuts. */
export function isSendShortcut(spec: ComposerSpec, event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.altKey || event.isComposing || event.keyCode === 229) return false;
  const mod = event.ctrlKey || event.metaKey;
  return spec.shortcuts.some((shortcut) => (shortcut === 'mod+enter' ? mod : !mod && !event.shiftKey));
}

/**
 * True when Enter or Space on a focused control is the site's job to turn into
 * a press: a native button makes its own click, which is caught as a click.
 */
export function isKeyboardPress(control: Element, event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return !control.matches('button, input');
}

/** The draft as the person sees it: every text box of the composer, in order. */
export function draftText(composer: FoundComposer): string {
  return composer.editors
    .map((editor) => (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement ? editor.value : (editor as HTMLElement).innerText ?? editor.textContent ?? ''))
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n');
}
