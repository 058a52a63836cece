import { childMentions } from '../nlp/child-mentions';
import { textEvidence } from '../text/spans';
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
    },
  },
  check(context) {
    // Two children without consent may share a first name: the mention is still one finding.
    const seen = new Set<number>();
    return childMentions(context)
      .filter((mention) => !mention.child.socialMediaConsent && !seen.has(mention.start) && seen.add(mention.start))
      .map((mention) => ({
        messageId: 'noConsent',
        data: { name: mention.text },
        evidence: textEvidence(context.text, mention),
      }));
  },
};

export default rule;
