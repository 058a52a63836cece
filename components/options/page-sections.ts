/** One part of the managers' page, with the address a manager can bookmark (`options.html#log`). */
export interface PageSectionInfo {
  /** The address after `#`, and the section element's id. */
  id: string;
  /** The section's heading. */
  title: string;
  /** The shorter name in the page's navigation. */
  navLabel: string;
}

/** The page's sections in the order they appear; the navigation and the addresses come from this list. */
export const PAGE_SECTIONS = [
  { id: 'overview', title: 'Overview', navLabel: 'Overview' },
  { id: 'rules', title: 'Rules', navLabel: 'Rules' },
  { id: 'roster', title: 'Roster and people', navLabel: 'Roster and people' },
  { id: 'words', title: 'Words and lists', navLabel: 'Words' },
  { id: 'photos', title: 'Photos and videos', navLabel: 'Photos' },
  { id: 'log', title: 'Decision log', navLabel: 'Log' },
  { id: 'protection', title: 'Protection on this computer', navLabel: 'Protection' },
  { id: 'lock', title: 'Lock and policy file', navLabel: 'Lock and policy file' },
] as const satisfies readonly PageSectionInfo[];

/** The address of one of the page's sections. */
export type SectionId = (typeof PAGE_SECTIONS)[number]['id'];

/** The address of the first-run set-up guide, which a manager can open again at any time. */
export const SETUP_ADDRESS = 'setup';
