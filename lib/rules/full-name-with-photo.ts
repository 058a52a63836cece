import { findFullNames } from '../nlp/full-names';
import { textEvidence } from '../text/spans';
import type { Rule } from './rule';

const rule: Rule = {
  id: 'full-name-with-photo',
  meta: {
    description: 'A person named by first name and surname in a post that carries a photo or video.',
    defaultSeverity: 'block',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'avoid full names (first name and surname) of any child or adult in a photograph',
    },
    messages: {
      fullNameWithPhoto:
        'Ask yourself: should “{{name}}” be named in full beside a photo? Use a first name only, or no name.',
    },
  },
  check(context) {
    if (!context.hasMedia) return [];
    return findFullNames(context).map((name) => ({
      messageId: 'fullNameWithPhoto',
      data: { name: name.text },
      evidence: textEvidence(context.text, name),
    }));
  },
};

export default rule;
