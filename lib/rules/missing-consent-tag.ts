import type { Rule } from './rule';

const rule: Rule = {
  id: 'missing-consent-tag',
  meta: {
    description: 'A post with photos or videos that carries none of the setting\'s consent tags, in the text or in every photo\'s keywords.',
    defaultSeverity: 'warn',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Ensure you have appropriate written consent for sharing photos/videos',
    },
    messages: {
      noTag:
        'Ask yourself: do you have written consent for everyone in {{photos}}? Add one of your consent tags ({{tags}}) once you have checked.',
    },
  },
  check() {
    return [];
  },
};

export default rule;
