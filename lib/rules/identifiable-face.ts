import { photosWithFaces } from '../vision/faces/photos-with-faces';
import type { Rule } from './rule';

const rule: Rule = {
  id: 'identifiable-face',
  meta: {
    description:
      'The setting posts no recognisable faces (policy `faces`: ask), and an attached photo, or a video\'s opening frames, shows a face. Faces are found on the device; nothing that identifies a person is kept.',
    defaultSeverity: 'justify',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'If educational settings use a photograph that could identify an individual child, then they should not include that child\'s name',
    },
    messages: {
      faceSeen:
        'Ask yourself: can a child be recognised in “{{file}}”? {{seen}} Your setting posts photos in which children cannot be recognised: hands at work, backs turned, faces hidden or blurred.',
    },
  },
  check(ctx) {
    if (ctx.policy.faces !== 'ask') return [];
    return photosWithFaces(ctx.photos).map((photo) => {
      const count = photo.sight?.faces?.length ?? 0;
      const where = photo.kind === 'video' ? 'in its opening frames' : 'in it';
      const found = count === 1 ? `a face can be seen ${where}` : `${count} faces can be seen ${where}`;
      return {
        messageId: 'faceSeen',
        data: { file: photo.name, seen: `${found.charAt(0).toUpperCase()}${found.slice(1)}.` },
        evidence: { kind: 'photo', file: photo.name, found },
      };
    });
  },
};

export default rule;
