import type { Rule } from './rule';

const rule: Rule = {
  id: 'semi-clothed-activity',
  meta: {
    description: 'Activities where children or adults may be unclothed or semi-clothed, such as swimming, baby massage or nappy changing.',
    defaultSeverity: 'justify',
    clause: {
      source: 'Social networking policy for a family centre (003)',
      quote: 'no posts will contain activities which involve unclothed or semi clothed children or adults for example baby massage, swimming lessons',
    },
    messages: {
      activity:
        'Ask yourself: could this post about “{{activity}}” show or suggest children or adults unclothed or semi-clothed?',
    },
    hasKeywords: true,
  },
  check() {
    return [];
  },
};

export default rule;
