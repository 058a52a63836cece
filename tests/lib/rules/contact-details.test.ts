import { expect, test } from 'vitest';
import contactDetails from '../../../lib/rules/contact-details';
import type { Policy } from '../../../lib/policy/policy';
import { ruleTester, runRule } from '../rule-tester';
import { inEveryCasing, validInEveryCasing } from './every-casing';

// Numbers from Ofcom's ranges for drama; addresses and people made up.
const policy: Policy = {
  version: 1,
  settingName: 'Little Acorns Nursery',
  allowedContacts: ['01632 960123', 'Office@LittleAcorns.example', '+44 (0)7700 900999', '3 Oak Row, Harrogate HG1 2AB'],
};

ruleTester(contactDetails, {
  policy,
  valid: [
    // The setting's own listed contacts, however they are written.
    'Call us on 01632 960123 to book a show round!',
    'Call us on 01632960123',
    'Ring (01632) 960123 or pop in',
    'Ring us on +44 1632 960123 ☎️',
    'Ring us on +44 (0)1632 960123',
    'Ring us on 0044 1632 960 123',
    'Email office@littleacorns.example or OFFICE@LITTLEACORNS.EXAMPLE',
    'Email office (at) littleacorns (dot) example',
    'Text the nursery mobile on 07700 900999',
    'Visit us at 3 Oak Row, Harrogate HG1 2AB',
    'Visit us at 3 oak row, hg12ab',
    // Dates, times, prices, years, charity numbers, URNs, percentages and counts.
    'Term dates for 2025/26 📅 Autumn term: 03/09/2025 – 19/12/2025. Spring term: 05/01/2026 – 27/03/2026.',
    'Back on 03.09.2025 19.12.2025 and 03-09-2025 - 19-12-2025',
    'Our Summer Fair is on Saturday 21st June, 11am–2pm 🎪',
    'Please be in by 8.30am! Doors open at 9am.',
    '£96 raised for the garden, and £20 for 5 weeks',
    'Registered charity 1234567',
    'Registered charity no. 01234567',
    'Our Ofsted URN is EY612345 – you can read our latest report online 📋',
    'URN 123456',
    '95% of families said they were happy, and 120 children came to sports day',
    'Named PE bags please! PE is on Tuesdays 👟',
    'Open 0800-1800 every weekday',
    'Childline is free on 0800 1111',
    'Class of 2025 2026 2027',
    'Follow @little.acorns on Instagram',
    'Tickets at eventbrite.co.uk',
    'Meet at the gate at 10am',
    // Counts before ordinary words are not house numbers.
    'It was a 10 minute walk to the park',
    '3 little ducks went down the lane',
    '10 Green Bottles Hanging On The Wall',
    'We did 3 more laps of the track',
    'On Mill Lane there is a lovely bakery',
    'Our 2 Year Olds Walk was a success',
    'Day 3 Nature Walk and Day 1 Roundhay Park trip',
    'Room 3 Rainbow Row',
  ],
  invalid: [
    { text: 'Stall bookings: text Paula on 07700 900 471 ☀️', errors: ['07700 900 471'] },
    { text: 'Questions to Kirsty on 07700 900284.', errors: ['07700 900284'] },
    { text: 'Call 07700-900-471', errors: ['07700-900-471'] },
    { text: 'Call 07700900471', errors: ['07700900471'] },
    { text: 'Call +44 7700 900471', errors: ['+44 7700 900471'] },
    { text: 'Call +44 (0)7700 900471', errors: ['+44 (0)7700 900471'] },
    { text: 'Call 0044 7700 900471', errors: ['0044 7700 900471'] },
    { text: 'tel:07700900471', errors: ['07700900471'] },
    { text: 'New number for bookings: 01632 960 891 ☎️', errors: ['01632 960 891'] },
    { text: 'Ring 0113 496 0752', errors: ['0113 496 0752'] },
    { text: 'Ring (0113) 496 0752', errors: ['(0113) 496 0752'] },
    { text: 'Ring 01134960752', errors: ['01134960752'] },
    { text: 'Ring +44 113 496 0752', errors: ['+44 113 496 0752'] },
    { text: 'Our sister nursery in London can be reached on 020 7946 0811', errors: ['020 7946 0811'] },
    { text: 'Freephone 0800 123 4567', errors: ['0800 123 4567'] },
    { text: 'Our friends in Dublin: +353 1 234 5678', errors: ['+353 1 234 5678'] },
    { text: 'Message Becky on becky.thornton@example.com to join the group 📱', errors: ['becky.thornton@example.com'] },
    { text: 'Email JO.BLOGGS@EXAMPLE.ORG', errors: ['JO.BLOGGS@EXAMPLE.ORG'] },
    { text: 'Email jo (at) example (dot) com', errors: ['jo (at) example (dot) com'] },
    { text: 'Email jo at example dot co dot uk', errors: ['jo at example dot co dot uk'] },
    { text: 'Email jo [at] example.com', errors: ['jo [at] example.com'] },
    { text: 'Email our office@littleacorns.example.org', errors: ['office@littleacorns.example.org'] },
    { text: 'Free pram to a good home – collection from LS53BT, message the page 👶', errors: ['LS53BT'] },
    { text: 'Postcode for the sat nav: ls6 3pl', errors: ['ls6 3pl'] },
    { text: 'Drop-off point SW1A 1AA', errors: ['SW1A 1AA'] },
    { text: 'Drop-off point sw1a 1aa', errors: ['sw1a 1aa'] },
    { text: 'Drop-off point M1 1AE', errors: ['M1 1AE'] },
    {
      text: 'It can be collected from Kirsty at 8 Ashgrove Terrace, Leeds LS6 3PL this evening 🙂',
      errors: ['8 Ashgrove Terrace', 'LS6 3PL'],
    },
    { text: 'Find us at 14 Mill Lane, Kirkstall – follow the signs for the car park 🚗', errors: ['14 Mill Lane'] },
    { text: 'Flat 2, 10 High Street', errors: ['Flat 2, 10 High Street'] },
    { text: 'Bring it to 221b Baker Street', errors: ['221b Baker Street'] },
    { text: 'Meet at 10-12 St Mary\'s Rd.', errors: ['10-12 St Mary\'s Rd'] },
    { text: 'we live at 8 ashgrove terrace', errors: ['8 ashgrove terrace'] },
    { text: 'Party at 5 Oak Row, Harrogate', errors: ['5 Oak Row'] },
    { text: 'Post it to 7 The Crescent, Otley', errors: ['7 The Crescent'] },
    { text: 'Send it to 12 Meadow Way', errors: ['12 Meadow Way'] },
    { text: 'Ring +44 20 7946 0000 or 028 9018 0000', errors: ['+44 20 7946 0000', '028 9018 0000'] },
    {
      text: 'Call 07700 900471 or email sam@example.com',
      errors: ['07700 900471', 'sam@example.com'],
    },
  ],
});

test('the message says which kind of contact detail it is', () => {
  const kinds = runRule(contactDetails, { text: 'Call 07700 900471, email sam@example.com, LS6 3PL, 8 Ashgrove Terrace' }, policy)
    .map((finding) => finding.message.slice(0, 40));
  expect(kinds).toEqual([
    expect.stringContaining('phone number'),
    expect.stringContaining('email address'),
    expect.stringContaining('postcode'),
    expect.stringContaining('address'),
  ]);
});

test('with no listed contacts, the setting\'s own number is flagged like any other', () => {
  expect(runRule(contactDetails, { text: 'Call us on 01632 960123' }, { version: 1 })).toHaveLength(1);
});

// Issue 9: more ways of writing a number or an address, and the setting's own contacts in every one of them.
ruleTester(contactDetails, {
  policy: { version: 1, allowedContacts: ['0113 496 0000', 'office@littleacorns.example'] },
  valid: validInEveryCasing([
    'Ring us on (+44113) 496 0000, 0113 / 496-0000, 441134960000, 0113 496 0000 ext. 12 or (0113) 4960000',
    'Email OFFICE@LittleAcorns.example',
    'Sessions cost £44, 44 children came, charity number 1144556',
    'We counted 0 1 2 3 4 5 6 7 8 9 on the number line',
    'Room 2 or 3, and the No5 bus from 2007 to 2010',
    'Ring +44 (113) 496 0000 for the office',
  ]),
  invalid: inEveryCasing([
    { text: 'Ring 442087654321 today', errors: ['442087654321'] },
    { text: 'Call (+44113) 496 0001', errors: ['(+44113) 496 0001'] },
    { text: 'Call (0113) / 496-0001', errors: ['(0113) / 496-0001'] },
    { text: 'Call 0113 496 0001 ext. 12 or 0113 496 0002 x456', errors: ['0113 496 0001 ext. 12', '0113 496 0002 x456'] },
    { text: 'From the US dial 011 44 113 496 0001', errors: ['011 44 113 496 0001'] },
    { text: 'Parcels to BFPO 801 please', errors: ['BFPO 801'] },
    { text: 'Forces mail goes to BF1 3AA', errors: ['BF1 3AA'] },
    { text: 'Ring +44 (113) 496 0001 or 0044 (0113) 496 0002', errors: ['+44 (113) 496 0001', '0044 (0113) 496 0002'] },
    { text: 'Text 0 7 7 0 0 9 0 0 4 7 1 for details', errors: ['0 7 7 0 0 9 0 0 4 7 1'] },
    { text: 'Text O77OO 9OO471 for details', errors: ['O77OO 9OO471'] },
    { text: 'Donations to P.O. Box 45, Leeds', errors: ['P.O. Box 45'] },
    { text: 'Letters to Santa: GIR 0AA', errors: ['GIR 0AA'] },
    { text: 'We are at LS6    3PL and LS7\t2AB', errors: ['LS6    3PL', 'LS7\t2AB'] },
    { text: 'Write to:\nThe Old Rectory\nChurch Lane\nLeeds', errors: ['Church Lane\nLeeds'] },
    { text: 'Call 07700\u200B900471', errors: ['07700\u200B900471'] },
    { text: 'Call \uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF14\uFF17\uFF11', errors: ['\uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF14\uFF17\uFF11'] },
    { text: 'Email jo\u200B@example.com', errors: ['jo\u200B@example.com'] },
  ]),
});
