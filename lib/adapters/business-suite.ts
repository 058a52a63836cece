import { POST_NAMES, REMOVE_PHOTO_NAMES } from './facebook-labels';
import type { SiteAdapter } from './site-adapter';

// Meta Business Suite, where a Page's admins post to Facebook and Instagram at
// once (both channels are ticked by default): one check covers both, so a post
// is asked about once, whichever channels are ticked. Its caption box is a
// Lexical editor inside a role="combobox" named "Write into the dialogue box..."
// (live-composers-2026.md FB-6, FB-15); its submit control had no public dump, so
// it is found by name, "Publish" first, and a composer whose control is not found
// is reported on the page and the toolbar.
export const businessSuite: SiteAdapter = {
  platform: 'facebook',
  site: 'business-suite',
  matches: ['https://business.facebook.com/*'],
  exampleUrls: [
    'https://business.facebook.com/latest/composer/',
    'https://business.facebook.com/latest/composer/?asset_id=100000000000001',
    'https://business.facebook.com/latest/home',
    'https://business.facebook.com/latest/posts/published_posts',
  ],
  owns: (url) => url.hostname === 'business.facebook.com',
  table: {
    composers: [
      {
        kind: 'post',
        editor: [
          '[contenteditable="true"][data-lexical-editor="true"]',
          '[role="combobox"] [contenteditable="true"]',
          '[contenteditable="true"][role="combobox"]',
          '[contenteditable="true"][role="textbox"]',
        ],
        // The composer page is the whole main area, and "Create post" elsewhere opens it in a dialog.
        container: '[role="dialog"], [role="main"]',
        submit: [],
        submitLabels: ['Schedule', ...POST_NAMES],
        stepLabels: ['Next'],
        shortcuts: [],
        multipleEditors: true,
        attachments: { item: 'img[src^="blob:"]', removeLabels: REMOVE_PHOTO_NAMES },
      },
    ],
    leaveAlone: ['[aria-label^="Write to "]', '[aria-placeholder="Aa"]', '[aria-label="Message"]'],
  },
};
