import { childMentions } from '../nlp/child-mentions';
import { textEvidence } from '../text/spans';
import { photosWithFaces, quotedFileList } from '../vision/faces/photos-with-faces';
import type { Rule } from './rule';

const rule: Rule = {
  id: 'named-child-without-consent',
  meta: {
    description: 'A child on the roster whose family has not given social media consent is named, even by first name alone.',
    defaultSeverity: 'block',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Ensure you have appropriate written consent for sharing photos/videos',
    },
    messages: {
      noConsent:
        'Ask yourself: is “{{name}}” the child on your roster? The roster says there is no social media consent for this child, so they should not be named.',
      noConsentWithFace:
        'Ask yourself: is “{{name}}” the child on your roster? The roster says there is no social media consent for this child, so they should not be named, and a face can be seen in {{files}}.',
    },
  },
  check(context) {
    // Two children without consent may share a first name: the mention is still one finding.
    const seen = new Set<number>();
    const faces = photosWithFaces(context.photos);
    return childMentions(context)
      .filter((mention) => !mention.child.socialMediaConsent && !seen.has(mention.start) && seen.add(mention.start))
      .map((mention) => ({
        messageId: faces.length > 0 ? 'noConsentWithFace' : 'noConsent',
        data: { name: mention.text, files: quotedFileList(faces) },
        evidence: textEvidence(context.text, mention),
      }));
  },
};

export default rule;
