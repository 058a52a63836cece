import type { Rule } from './rule';

const rule: Rule = {
  id: 'photo-unchecked',
  meta: {
    description: 'An attached photo or video could not be read, so its location and consent keywords could not be checked.',
    defaultSeverity: 'warn',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Members of the community being identified e.g. due to images or locations being shared',
    },
    messages: {
      unreadable:
        'Ask yourself: have you checked “{{file}}” yourself? Ask Yourself could not read it ({{problem}}), so it could not check it for a location or consent.',
    },
  },
  check(ctx) {
    return ctx.photos.flatMap((photo) => {
      if (photo.readable) return [];
      const problem = photo.problem ?? 'no reason was given';
      return [{ messageId: 'unreadable', data: { file: photo.name, problem }, evidence: { kind: 'photo', file: photo.name, found: `could not be read: ${problem}` } }];
    });
  },
};

export default rule;
