import type { Platform } from '../types';

/** A keyboard shortcut that sends from inside the text box, besides Enter or Space on a focused Post control. */
export type SendShortcut =
  /** Ctrl+Enter, or Cmd+Enter on a Mac. */
  | 'mod+enter'
  /** Enter with no modifier; Shift+Enter makes a new line. */
  | 'enter';

/**
 * One kind of composer on a site, as the site builds it today. Every selector
 * list is ordered: stable hooks first (data-testid, role, data-lexical-editor),
 * then structure. Labels are translated by the sites, so they are data here,
 * matched in full against a control's accessible name, never written into code.
 */
export interface ComposerSpec {
  /** What a person would call it, e.g. "post" or "comment". */
  kind: string;
  /** The text box. */
  editor: readonly string[];
  /**
   * Accessible-name prefixes the text box must carry to be this kind; empty means any name.
   * The name comes from aria-label, aria-labelledby, aria-placeholder or placeholder, never
   * from what was typed in the box.
   */
  editorLabels?: readonly string[];
  /** Ancestors that make a text box this kind whatever its name: label-free hooks, tried before the labels. */
  editorHooks?: readonly string[];
  /**
   * The nearest ancestor that holds one whole composer (a dialog, a form). When
   * absent, or when the text box is not inside one, the composer is the nearest
   * ancestor of the text box that also holds its Post control.
   */
  container?: string;
  /** The control that publishes, by stable hook. */
  submit: readonly string[];
  /** The same control by accessible name, for sites with no stable hook. */
  submitLabels?: readonly string[];
  /** Controls that move the draft on to a final step before it publishes, such as a Page's "Next". */
  stepLabels?: readonly string[];
  /** Keyboard shortcuts that send from inside the text box. */
  shortcuts: readonly SendShortcut[];
  /** Several text boxes make up one post (a thread on X). */
  multipleEditors?: boolean;
  /**
   * While this composer's container is open, a file picker outside any composer
   * belongs to it (Instagram's page holds several inputs, the post's sometimes
   * outside the dialog).
   */
  claimsOutsidePickers?: boolean;
  /** The site's previews of attached photos, so removals are noticed. */
  attachments?: AttachmentPreviews;
}

/**
 * Where a composer shows what is attached: one preview element per photo or
 * video. Previews only ever confirm a removal (see PhotoTracker): one that
 * vanishes or stops matching leaves its photo attached.
 */
export interface AttachmentPreviews {
  /** One preview per attached photo or video. */
  item: string;
  /** Names of a preview's own remove control, which confirm a removal at once. */
  removeLabels: readonly string[];
}

/** Everything the content script knows about one site's composers, in one ordered table. */
export interface SelectorTable {
  /** Composer kinds, most specific first: the first that fits a text box decides its kind. */
  composers: readonly ComposerSpec[];
  /** Text boxes that are never public posts (chat, direct messages), by hook or label, wherever they open. */
  leaveAlone: readonly string[];
  /**
   * Names of the controls of a chat window (e.g. "Close chat"): a text box whose
   * nearest ancestor holding one holds no other text box is a chat box.
   */
  chatControls?: readonly string[];
}

/** A site as people know it and as the protection record names it; Business Suite posts to two platforms at once. */
export type Site = Platform | 'business-suite';

/**
 * One site. Adapters are data plus a URL test; the lookups that read a page
 * are shared (`find-composer.ts`), so a site change is a change to its table.
 */
export interface SiteAdapter {
  /** The site whose rules the draft is checked under. */
  platform: Platform;
  /** The site as recorded in "Protection on this computer". */
  site: Site;
  /** The content script's match patterns for this site. */
  matches: readonly string[];
  /**
   * Example addresses this adapter owns, for the test that no address belongs to
   * two adapters: every page, the site's messenger too, is guarded box by box.
   */
  exampleUrls: readonly string[];
  /** True for an address on this site. */
  owns(url: URL): boolean;
  table: SelectorTable;
}
