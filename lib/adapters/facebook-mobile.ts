import { facebookTable } from './facebook';
import { COMMENT_SEND_NAMES, POST_NAMES } from './facebook-labels';
import type { SiteAdapter } from './site-adapter';

// The mobile site, which opens on a desktop from links in texts and emails. No
// public evidence records its composers (live-composers-2026.md), so besides the
// desktop site's, any text box there is taken for a post box: one whose Post
// control is found is held like any other, and one whose control is not is
// reported on the page and the toolbar rather than passed over in silence.
export const facebookMobile: SiteAdapter = {
  platform: 'facebook',
  site: 'facebook',
  matches: ['https://m.facebook.com/*'],
  exampleUrls: ['https://m.facebook.com/', 'https://m.facebook.com/littleacornsnursery', 'https://m.facebook.com/groups/123456789'],
  owns: (url) => url.hostname === 'm.facebook.com',
  table: {
    ...facebookTable,
    composers: [
      ...facebookTable.composers,
      {
        kind: 'post',
        editor: ['textarea', '[contenteditable="true"]'],
        submit: ['button[type="submit"]', 'input[type="submit"]'],
        submitLabels: [...POST_NAMES, ...COMMENT_SEND_NAMES],
        shortcuts: [],
      },
    ],
  },
};
