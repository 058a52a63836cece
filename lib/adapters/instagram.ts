import type { SiteAdapter } from './site-adapter';

// Instagram has no test ids in its composers: the create-post dialog and the
// comment form are found by structure, and their controls by translated labels
// (research/composers.md §4).
export const instagram: SiteAdapter = {
  platform: 'instagram',
  matches: ['https://www.instagram.com/*'],
  exampleUrls: ['https://www.instagram.com/', 'https://www.instagram.com/p/C0ffee12345/', 'https://www.instagram.com/littleacorns/'],
  leftAloneUrls: ['https://www.instagram.com/direct/inbox/', 'https://www.instagram.com/direct/t/1234567890/'],
  owns: (url) => url.hostname === 'www.instagram.com',
  leavesAlone: (url) => /^\/direct(\/|$)/.test(url.pathname),
  table: {
    composers: [
      {
        kind: 'comment',
        editor: ['form textarea'],
        editorLabels: ['Add a comment', 'Añade un comentario', 'Ajouter un commentaire', 'Kommentieren', 'Aggiungi un commento'],
        submit: ['form button[type="submit"]'],
        submitLabels: ['Post', 'Pubblica', 'Publicar', 'Publier', 'Posten'],
        shortcuts: ['enter'],
      },
      {
        // Photos are chosen before the caption box exists, so the dialog is the composer from the start.
        kind: 'post',
        editor: ['[role="dialog"] [contenteditable="true"][role="textbox"]', '[role="dialog"] [contenteditable="true"]'],
        container: '[role="dialog"]',
        submit: [],
        submitLabels: ['Share', 'Condividi', 'Compartir', 'Partager', 'Teilen', 'Compartilhar'],
        shortcuts: [],
        // Unverified on the live site: the crop step's gallery of thumbnails, which later steps do not show.
        attachments: { list: '[aria-label="Media gallery"]', item: 'img[src^="blob:"]' },
      },
    ],
    leaveAlone: ['[aria-label^="Message"][contenteditable="true"]'],
  },
};
