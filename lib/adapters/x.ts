import type { SiteAdapter } from './site-adapter';

// X's data-testid hooks have outlived every label and element change since 2020
// (research/composers.md §2, §10), so this table needs no labels at all. X Pro
// (formerly TweetDeck) builds its columns' composers from the same components.
export const x: SiteAdapter = {
  platform: 'x',
  site: 'x',
  matches: ['https://x.com/*', 'https://pro.x.com/*'],
  exampleUrls: [
    'https://x.com/home',
    'https://x.com/compose/post',
    'https://x.com/someone/status/1790000000000000000',
    'https://x.com/messages',
    'https://x.com/messages/123-456',
    'https://x.com/i/chat',
    'https://x.com/i/grok',
    'https://pro.x.com/',
    'https://pro.x.com/i/decks/1790000000000000000',
  ],
  owns: (url) => url.hostname === 'x.com' || url.hostname === 'pro.x.com',
  table: {
    composers: [
      {
        // The compose dialog, the inline home composer and replies share one build; in a narrow window the box
        // is a textarea.
        kind: 'post',
        editor: ['[data-testid^="tweetTextarea_"][role="textbox"]', '[data-testid^="tweetTextarea_"] textarea'],
        container: '[role="dialog"]',
        submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
        shortcuts: ['mod+enter'],
        multipleEditors: true,
        attachments: { item: '[data-testid="attachments"] [role="group"]', removeLabels: ['Remove media', 'Remove'] },
      },
    ],
    // Direct messages and X Chat, wherever they open.
    leaveAlone: ['[data-testid="dmComposerTextInput"]', '[data-testid^="dm-composer"]', '[data-testid="dm-container"]'],
  },
};
