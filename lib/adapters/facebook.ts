import type { SiteAdapter } from './site-adapter';

// Facebook's editors are Lexical (data-lexical-editor) with no test ids, and its
// controls are labelled in the reader's language; the labels below are data to
// extend, and the research notes (composers.md §3) say where each came from.
const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  matches: ['https://www.facebook.com/*'],
  exampleUrls: [
    'https://www.facebook.com/',
    'https://www.facebook.com/littleacornsnursery',
    'https://www.facebook.com/groups/123456789',
    'https://www.facebook.com/profile.php?id=100000000000001',
  ],
  leftAloneUrls: ['https://www.facebook.com/messages/t/100000000000001', 'https://www.facebook.com/messages'],
  owns: (url) => url.hostname === 'www.facebook.com',
  leavesAlone: (url) => /^\/messages(\/|$)/.test(url.pathname),
  table: {
    composers: [
      {
        // Comment and reply boxes send on bare Enter, and Lexical clears the box in the same handler.
        kind: 'comment',
        editor: [LEXICAL],
        editorLabels: [
          'Comment as',
          'Reply to',
          'Write a comment',
          'Write a public comment',
          'Write a reply',
          'Commenter en tant que',
          'Répondre à',
          'Comentar como',
          'Responder a',
          'Viết bình luận',
        ],
        submit: ['#focused-state-composer-submit [role="button"]', '#focused-state-composer-submit'],
        submitLabels: ['Comment', 'Reply', 'Post comment', 'Commenter', 'Comentar', 'Đăng bình luận'],
        shortcuts: ['enter'],
        // Unverified on the live site: previews are blob: images (composers.md §1.5).
        attachments: { item: 'img[src^="blob:"]' },
      },
      {
        // Profile, Page and group composers open in a dialog; a Page's has "Next" before "Post".
        kind: 'post',
        editor: [LEXICAL],
        container: '[role="dialog"]',
        submit: [],
        submitLabels: ['Post', 'Publier', 'Publicar', 'Đăng', 'Posting', 'Posten', 'Pubblica'],
        stepLabels: ['Next', 'Suivant', 'Siguiente', 'Tiếp', 'Weiter', 'Avanti'],
        // Ctrl+Enter sometimes posts from this dialog (composers.md §3), so it is guarded too.
        shortcuts: ['mod+enter'],
        // Unverified on the live site: previews are blob: images (composers.md §1.5).
        attachments: { item: 'img[src^="blob:"]' },
      },
    ],
    // Messenger's chat boxes are Lexical too; "Aa" is their placeholder in every language.
    leaveAlone: ['[aria-placeholder="Aa"]', '[aria-label="Message"]', '[aria-label="Écrire un message"]'],
  },
};
