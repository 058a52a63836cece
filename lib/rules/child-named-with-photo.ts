import { childMentions } from '../nlp/child-mentions';
import { startsPluralCompound } from '../nlp/plural-compound';
import { textEvidence } from '../text/spans';
import { photosWithFaces, quotedFileList } from '../vision/faces/photos-with-faces';
import type { Rule } from './rule';

const rule: Rule = {
  id: 'child-named-with-photo',
  meta: {
    description: 'A child on the roster who has social media consent is named, even by first name alone, in a post with a photo or video.',
    defaultSeverity: 'warn',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'If educational settings use a photograph that could identify an individual child, then they should not include that child\'s name',
    },
    messages: {
      namedWithPhoto:
        'Ask yourself: could the photo show “{{name}}” ({{child}} on your roster)? Consent to share a photo is not consent to put the child\'s name beside it, so could you leave the name out?',
      namedWithFace:
        'Ask yourself: could the photo show “{{name}}” ({{child}} on your roster)? A face can be seen in {{files}}. Consent to share a photo is not consent to put the child\'s name beside it, so could you leave the name out?',
    },
  },
  check(context) {
    if (!context.hasMedia) return [];
    const mentions = childMentions(context).filter((mention) => !startsPluralCompound(context, mention));
    // A name that is also a child's without consent is named-child-without-consent's to report, more strictly.
    const seen = new Set(mentions.filter((mention) => !mention.child.socialMediaConsent).map((mention) => mention.start));
    const faces = photosWithFaces(context.photos);
    return mentions
      .filter((mention) => mention.child.socialMediaConsent && !seen.has(mention.start) && seen.add(mention.start))
      .map((mention) => ({
        messageId: faces.length > 0 ? 'namedWithFace' : 'namedWithPhoto',
        data: { name: mention.text, child: mention.child.name, files: quotedFileList(faces) },
        evidence: textEvidence(context.text, mention),
      }));
  },
};

export default rule;
