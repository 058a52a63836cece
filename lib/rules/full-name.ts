import { findFullNames } from '../nlp/full-names';
import { textEvidence } from '../text/spans';
import type { Rule } from './rule';

const rule: Rule = {
  id: 'full-name',
  meta: {
    description: 'A person named by first name and surname, in a post without photos.',
    defaultSeverity: 'justify',
    clause: {
      source: 'Social media and social networking: guidance for early years settings (002)',
      quote: 'Staff members must not name or otherwise identify children, former children or their parents, family members and working colleagues past and present',
    },
    messages: {
      fullName:
        'Ask yourself: should “{{name}}” be named in full? A first name alone is usually enough.',
    },
  },
  check(context) {
    if (context.hasMedia) return [];
    return findFullNames(context).map((name) => ({
      messageId: 'fullName',
      data: { name: name.text },
      evidence: textEvidence(context.text, name),
    }));
  },
};

export default rule;
