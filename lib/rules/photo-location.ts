import type { Rule } from './rule';

const rule: Rule = {
  id: 'photo-location',
  meta: {
    description: 'An attached photo or video carries the place it was taken (GPS).',
    defaultSeverity: 'block',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Members of the community being identified e.g. due to images or locations being shared',
    },
    messages: {
      gps:
        'Ask yourself: should “{{file}}” show where it was taken? It carries a location ({{where}}) that could lead someone to the setting or a family\'s home. Remove the location, or use a copy without it.',
    },
  },
  check() {
    return [];
  },
};

export default rule;
