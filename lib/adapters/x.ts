import type { SiteAdapter } from './site-adapter';

// X's data-testid hooks have outlived every label and element change since 2020
// (research/composers.md §2, §10), so this table needs no labels at all.
export const x: SiteAdapter = {
  platform: 'x',
  matches: ['https://x.com/*'],
  exampleUrls: ['https://x.com/home', 'https://x.com/compose/post', 'https://x.com/someone/status/1790000000000000000'],
  leftAloneUrls: ['https://x.com/messages', 'https://x.com/messages/123-456', 'https://x.com/i/chat', 'https://x.com/i/grok'],
  owns: (url) => url.hostname === 'x.com',
  leavesAlone: (url) => /^\/(messages|i\/chat|i\/grok)(\/|$)/.test(url.pathname),
  table: {
    composers: [
      {
        // The compose dialog, the inline home composer and replies share one build.
        kind: 'post',
        editor: ['[data-testid^="tweetTextarea_"][role="textbox"]', '[data-testid^="tweetTextarea_"] textarea'],
        container: '[role="dialog"]',
        submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
        shortcuts: ['mod+enter'],
        multipleEditors: true,
        attachments: { list: '[data-testid="attachments"]', item: '[data-testid="attachments"] [role="group"]' },
      },
    ],
    leaveAlone: ['[data-testid="dmComposerTextInput"]', '[data-testid^="dm-composer"]'],
  },
};
