// Facebook's controls and boxes are named in the reader's language: these are the
// names the research found (research/live-composers-2026.md §3, composers.md §3),
// as data to extend. Matching folds case; box names match as prefixes.

/** Comment and reply boxes, by the start of their name (the person's or Page's name follows). */
export const COMMENT_BOX_NAMES = [
  'Comment as',
  'Answer as',
  'Reply to',
  'Write a comment',
  'Write a public comment',
  'Write a reply',
  'Commenter en tant que',
  'Répondre à',
  'Comentar como',
  'Responder a',
  'Viết bình luận',
  'Tulis komentar',
];

/** A comment's own send control; "Post comment" on photo pages. */
export const COMMENT_SEND_NAMES = ['Comment', 'Reply', 'Post comment', 'Commenter', 'Comentar', 'Kommentieren', 'Bình luận', 'Đăng bình luận', 'Berkomentar'];

/** The control that publishes a post; a Page's composer says "Publish" or "Share now". */
export const POST_NAMES = ['Post', 'Publish', 'Share now', 'Publier', 'Publicar', 'Đăng', 'Posting', 'Posten', 'Pubblica'];

/** Controls that move a post on to a final step. */
export const STEP_NAMES = ['Next', 'Suivant', 'Siguiente', 'Tiếp', 'Weiter', 'Avanti'];

/** A preview's own remove control. */
export const REMOVE_PHOTO_NAMES = ['Remove', 'Remove photo', 'Remove video', 'Remove photo or video'];

/** Messenger's chat pop-up: its window controls, so a box beside them is left alone whatever its name. */
export const CHAT_WINDOW_CONTROLS = ['Close chat', 'Minimize chat', 'Minimise chat'];
