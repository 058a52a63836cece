import type { ContactMatch } from '../text/contacts/contact-match';
import { findEmailAddresses } from '../text/contacts/email-addresses';
import { findPhoneNumbers } from '../text/contacts/phone-numbers';
import { findPostcodes } from '../text/contacts/postcodes';
import { findAddressLines, findPostOfficeBoxes, findStreetAddresses } from '../text/contacts/street-addresses';
import { analyseText } from '../text/analysed-text';
import { textEvidence, withoutOverlaps } from '../text/spans';
import type { Rule } from './rule';

const findContacts = (text: string): ContactMatch[] =>
  withoutOverlaps([
    ...findEmailAddresses(text),
    ...findPhoneNumbers(text),
    ...findPostcodes(text),
    ...findStreetAddresses(text),
    ...findAddressLines(text),
    ...findPostOfficeBoxes(text),
  ]);

const allowedByList = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The setting's own listed contacts, as keys that ignore formatting, so
 * "0113 496 0752" also allows "(0113) 4960752" and "+44 113 496 0752".
 */
function allowedKeys(allowedContacts: readonly string[]): ReadonlySet<string> {
  let keys = allowedByList.get(allowedContacts);
  if (!keys) {
    keys = new Set(allowedContacts.flatMap((contact) => findContacts(analyseText(contact).text).map((found) => `${found.kind}:${found.key}`)));
    allowedByList.set(allowedContacts, keys);
  }
  return keys;
}

const rule: Rule = {
  id: 'contact-details',
  meta: {
    description: 'Phone numbers, email addresses, postcodes and street addresses other than the setting\'s own listed contacts.',
    defaultSeverity: 'warn',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'avoid using ... personal contact information such as email, postal addresses, and telephone or fax numbers',
    },
    messages: {
      phone:
        'Ask yourself: should the phone number “{{value}}” be public? If it is a personal number, take it out.',
      email:
        'Ask yourself: should the email address “{{value}}” be public? If it is a personal address, take it out.',
      postcode:
        'Ask yourself: should the postcode “{{value}}” be public? It can show where someone lives.',
      address:
        'Ask yourself: should the address “{{value}}” be public? It can show where someone lives.',
    },
  },
  check(ctx) {
    const allowed = allowedKeys(ctx.policy.allowedContacts);
    return findContacts(ctx.analysed.text)
      .filter((found) => !allowed.has(`${found.kind}:${found.key}`))
      .map((found) => {
        const evidence = textEvidence(ctx.text, ctx.analysed.toTyped(found));
        return { messageId: found.kind, data: { value: evidence.text }, evidence };
      });
  },
};

export default rule;
