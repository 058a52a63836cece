import { CHAT_WINDOW_CONTROLS, COMMENT_BOX_NAMES, COMMENT_SEND_NAMES, POST_NAMES, REMOVE_PHOTO_NAMES, STEP_NAMES } from './facebook-labels';
import type { SelectorTable, SiteAdapter } from './site-adapter';

// Facebook's editors are Lexical (data-lexical-editor) with no test ids, and its
// controls are labelled in the reader's language (facebook-labels.ts).
const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/** Unverified on the live site: previews are blob: images (live-composers-2026.md FB-5), so they only ever confirm a removal. */
const PREVIEWS = { item: 'img[src^="blob:"]', removeLabels: REMOVE_PHOTO_NAMES };

/** Facebook's composers, wherever its pages are served from. */
export const facebookTable: SelectorTable = {
  composers: [
    {
      // Comment and reply boxes send on bare Enter, and Lexical clears the box in the same handler. Their form has
      // been form[role="presentation"] since 2020, whatever the box is called (FB-1); the names are the fallback.
      kind: 'comment',
      editor: [LEXICAL],
      editorHooks: ['form[role="presentation"]'],
      editorLabels: COMMENT_BOX_NAMES,
      container: 'form[role="presentation"]',
      // The submit is drawn only once the box has focus (FB-2).
      submit: ['#focused-state-composer-submit [role="button"]', '#focused-state-composer-submit'],
      submitLabels: COMMENT_SEND_NAMES,
      shortcuts: ['enter'],
      attachments: PREVIEWS,
    },
    {
      // Profile, Page and group composers open in a dialog; a Page's has "Next" before "Post" or "Publish".
      kind: 'post',
      editor: [LEXICAL],
      container: '[role="dialog"]',
      submit: [],
      submitLabels: POST_NAMES,
      stepLabels: STEP_NAMES,
      // Ctrl+Enter sometimes posts from this dialog (composers.md §3), so it is guarded too.
      shortcuts: ['mod+enter'],
      attachments: PREVIEWS,
    },
  ],
  // Messenger's boxes, on its own pages and in the feed's pop-ups: "Write to <name>" in 2026 (FB-12), earlier
  // "Message" with the placeholder "Aa"; the chat list is a dialog named "Messenger".
  leaveAlone: [
    '[aria-label^="Write to "]',
    '[aria-placeholder="Aa"]',
    '[aria-label="Message"]',
    '[aria-label="Écrire un message"]',
    '[role="dialog"][aria-label="Messenger"]',
  ],
  chatControls: CHAT_WINDOW_CONTROLS,
};

// www is the desktop site, and web the same site on another host (served in some regions).
export const facebook: SiteAdapter = {
  platform: 'facebook',
  site: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  exampleUrls: [
    'https://www.facebook.com/',
    'https://www.facebook.com/littleacornsnursery',
    'https://www.facebook.com/groups/123456789',
    'https://www.facebook.com/profile.php?id=100000000000001',
    'https://www.facebook.com/messages/t/100000000000001',
    'https://www.facebook.com/stories/create',
    'https://www.facebook.com/plugins/comments.php?href=https%3A%2F%2Flittleacorns.example%2F',
    'https://web.facebook.com/',
    'https://web.facebook.com/groups/123456789',
  ],
  owns: (url) => url.hostname === 'www.facebook.com' || url.hostname === 'web.facebook.com',
  table: facebookTable,
};
