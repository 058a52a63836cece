import type { Rule } from './rule';

const rule: Rule = {
  id: 'profanity',
  meta: {
    description: 'Strong swear words, including masked spellings.',
    defaultSeverity: 'block',
    clause: {
      source: 'Social media policy for a pre-school (001)',
      quote: 'profanity block lists are established at \'strong\'',
    },
    messages: {
      strong:
        'Ask yourself: is “{{word}}” the language the setting wants to be known for? Strong swearing is not allowed on the setting\'s pages.',
    },
  },
  check() {
    return [];
  },
};

export default rule;
