import type { Rule } from './rule';

const rule: Rule = {
  id: 'photo-unchecked',
  meta: {
    description:
      'An attached photo or video could not be read, so its location and consent keywords could not be checked, or its picture could not be looked at (or not in time), so the faces and writing in it could not be checked.',
    defaultSeverity: 'warn',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Members of the community being identified e.g. due to images or locations being shared',
    },
    messages: {
      unreadable:
        'Ask yourself: have you checked “{{file}}” yourself? Ask Yourself could not read it ({{problem}}), so it could not check it for a location or consent.',
      unseen:
        'Ask yourself: have you looked at “{{file}}” yourself? Ask Yourself could not look at the picture ({{problem}}), so it could not check it for faces or for names and other writing in it.',
    },
  },
  check(ctx) {
    return ctx.photos.flatMap((photo) => {
      if (!photo.readable) {
        const problem = photo.problem ?? 'no reason was given';
        return [{ messageId: 'unreadable', data: { file: photo.name, problem }, evidence: { kind: 'photo', file: photo.name, found: `could not be read: ${problem}` } }];
      }
      const unseen = photo.sight?.problem;
      if (unseen === undefined) return [];
      return [{ messageId: 'unseen', data: { file: photo.name, problem: unseen }, evidence: { kind: 'photo', file: photo.name, found: `could not be looked at: ${unseen}` } }];
    });
  },
};

export default rule;
