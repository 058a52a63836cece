import type { Rule } from './rule';

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
  check() {
    return [];
  },
};

export default rule;
