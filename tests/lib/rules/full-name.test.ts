import { ruleTester } from '../rule-tester';
import rule from '../../../lib/rules/full-name';

ruleTester(rule, {
  policy: {
    version: 1,
    settingName: 'Maggie Thornton Pre-School',
    roster: [
      { name: 'Kacper Wójcik', socialMediaConsent: false },
      { name: 'Summer Adebayo', socialMediaConsent: true },
      { name: 'Eilidh MacLeod', socialMediaConsent: true },
    ],
  },
  valid: [
    // The contract's "not flagged" list, word for word.
    'Sam',
    'Mrs Patel',
    'Oliver B.',
    'Jenny Wren Farm',
    "St Mary's Church",
    'Peppa Pig',
    'Maggie Thornton Pre-School',
    { text: 'Hetty Barnes Day Nursery', policy: { version: 1, settingName: 'Hetty Barnes Day Nursery' } },
    'Huge Congratulations To All Our Leavers – Have A Wonderful Summer And Good Luck At Big School!',
    'Robin Hood, Jack Frost and Santa Claus all came to the party',
    'Singing along with Mr Tumble and Father Christmas',
    'Bob the Builder fixed our fence',
    'Thank you Nana Joan and Auntie Sue for the knitting',
    'Dr S. Whitcombe came to talk about teeth',
    // First names alone, titles, initials, relations.
    'Thank you Priya for the lovely flowers',
    'Mr Osei read us a story',
    'Well done Kacper W. for sharing',
    'Grandad Tom built the bug hotel',
    // The setting's person-shaped part, places, businesses, rooms and events.
    'Maggie Thornton is closed on Monday for staff training',
    'Thank you to Victoria Park Leisure Centre for the tour',
    'Lunch from Holly Tree Farm Shop',
    'Our Summer Fair is on Saturday',
    'Charlie Brown Cottage garden visit',
    'Daisy Chain Day in the Rainbow Room',
    // Characters, stories and things named after people.
    'We read Jack and the Beanstalk and made a Victoria sponge',
    'Postman Pat and Fireman Sam came to visit',
    "Noah's Ark story time",
    // Ordinary lower-case words that are also names.
    'summer term starts on monday and the rose bushes are in bloom',
    'Ramadan Mubarak to all our families',
    // Title Case and shouting say nothing about names.
    'Have A Lovely Half Term Everyone And See You Soon',
    'HAPPY EASTER FROM ALL THE TEAM',
  ],
  invalid: [
    { text: 'Meet Gemma Hargreaves, our new room leader', errors: ['Gemma Hargreaves'] },
    { text: 'gemma hargreaves is our new room leader', errors: ['gemma hargreaves'] },
    { text: "Thank you to Niamh O'Sullivan for the baking", errors: ["Niamh O'Sullivan"] },
    { text: 'Thank you to Niamh O’Sullivan for the baking', errors: ['Niamh O’Sullivan'] },
    { text: 'Welcome to Tomasz Kowalski-Green, our new chef', errors: ['Tomasz Kowalski-Green'] },
    { text: 'Congratulations to Aisha Noor Rahman on her new job', errors: ['Aisha Noor Rahman'] },
    { text: "Oluwaseun Adeyemi's dad fixed our gate", errors: ['Oluwaseun Adeyemi'] },
    { text: 'Jones’ family? No: Chloe Jones’ family sent a card', errors: ['Chloe Jones'] },
    { text: 'Lily and Ethan Whitfield are moving to Spain', errors: ['Ethan Whitfield'] },
    { text: 'Kacper Wójcik has been chosen as star of the week', errors: ['Kacper Wójcik'] },
    { text: 'well done kacper wójcik!', errors: ['kacper wójcik'] },
    { text: 'summer adebayo did a brilliant painting', errors: ['summer adebayo'] },
    { text: 'Thank you to Callum Reid from Reid & Sons Landscaping', errors: ['Callum Reid'] },
    { text: 'Thanks to Kwame Mensah and Yaw Asante for the drumming', errors: ['Kwame Mensah', 'Yaw Asante'] },
    { text: 'A big welcome to Siobhán Ní Bhriain and Mei Ling Chen', errors: ['Siobhán Ní Bhriain', 'Mei Ling Chen'] },
    { text: 'Dr Amira Haddad spoke to our parents', errors: ['Amira Haddad'] },
    { text: 'Our cook Tamsin Ogunleye made pizza', errors: ['Tamsin Ogunleye'] },
    { text: 'Thank You Sarah Jones For Everything', errors: ['Sarah Jones'] },
    { text: 'Eilidh MacLeod loved the sandpit. Eilidh MacLeod also loved the slide.', errors: ['Eilidh MacLeod', 'Eilidh MacLeod'] },
  ],
});
