import type { SiteAdapter } from './site-adapter';

const COMMENT_NAMES = ['Add a comment', 'Añade un comentario', 'Ajouter un commentaire', 'Kommentieren', 'Aggiungi un commento'];

// Instagram has no test ids in its composers: the create-post dialog and the
// comment form are found by structure, and their controls by translated labels
// (research/composers.md §4, live-composers-2026.md §4).
export const instagram: SiteAdapter = {
  platform: 'instagram',
  site: 'instagram',
  matches: ['https://www.instagram.com/*'],
  exampleUrls: [
    'https://www.instagram.com/',
    'https://www.instagram.com/p/C0ffee12345/',
    'https://www.instagram.com/littleacorns/',
    'https://www.instagram.com/create/select/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/direct/t/1234567890/',
  ],
  owns: (url) => url.hostname === 'www.instagram.com',
  table: {
    composers: [
      {
        // A textarea in 2025-2026, a Lexical box in some reports, an input under reels (IG-7).
        kind: 'comment',
        editor: ['form textarea', 'form [contenteditable="true"][role="textbox"]', 'form input[type="text"]'],
        editorLabels: COMMENT_NAMES,
        submit: ['form button[type="submit"]'],
        submitLabels: ['Post', 'Pubblica', 'Publicar', 'Publier', 'Posten'],
        shortcuts: ['enter'],
      },
      {
        // Photos are chosen before the caption box exists, so the dialog is the composer from the start; the
        // dialog may be a new element at each step (IG-3), which guard-page follows.
        kind: 'post',
        editor: ['[role="dialog"] [contenteditable="true"][role="textbox"]', '[role="dialog"] [contenteditable="true"]'],
        container: '[role="dialog"]',
        submit: [],
        submitLabels: ['Share', 'Condividi', 'Compartir', 'Partager', 'Teilen', 'Compartilhar'],
        shortcuts: [],
        // The page holds several file inputs, the post's sometimes outside the dialog (IG-2).
        claimsOutsidePickers: true,
        // Unverified on the live site (IG-4): thumbnails show only once "Open media gallery" is pressed.
        attachments: { item: 'img[src^="blob:"]', removeLabels: ['Delete', 'Remove'] },
      },
    ],
    // Direct messages, on their own pages or anywhere else: a Lexical box named "Message" (IG-10).
    leaveAlone: ['[aria-label^="Message"][contenteditable="true"]', '[aria-label^="Mensaje"][contenteditable="true"]', '[aria-label^="mensaje"][contenteditable="true"]'],
  },
};
