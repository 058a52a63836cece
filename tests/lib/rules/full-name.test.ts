import { ruleTester } from '../rule-tester';
import { inEveryCasing, validInEveryCasing } from './every-casing';
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

// Issue 9: names from every background, however they are typed, and the people the policy lists.
ruleTester(rule, {
  policy: {
    version: 1,
    settingName: 'Kingfisher Lane Pre-School',
    roster: [
      { name: 'Teddy Brown', socialMediaConsent: true, carers: ['Joanne Field'] },
      { name: 'Skye Henderson-Clarke', socialMediaConsent: false },
    ],
    staff: ['Rhys ap Dafydd', 'Gintarė Jankauskienė', 'Marcia Campbell'],
  },
  valid: validInEveryCasing([
    'Well done to Zainab for being our star of the week!',
    'Thank you Mrs Yılmaz and PC Adeyinka for visiting',
    'Marcia and Rhys ran the stay and play session',
    'Well done Kacper W. for sharing',
    'Ramadan Mubarak to all our families',
    'Jesus Christ Superstar songs at the leavers’ party',
    'A trip to Jenny Wren Farm to see the lambs',
    'Peppa Pig and Mr Tumble came to the fair',
    'Kingfisher Lane Pre-School is closed on Monday',
    'Teddy bears picnic in the garden',
    'Dydd Gŵyl Dewi Hapus from the Wrens room 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
    'Contact our SENCo Amrit about the drop-in',
  ]),
  invalid: inEveryCasing([
    { text: 'Well done to Mehmet Yılmaz for being our star of the week!', errors: ['Mehmet Yılmaz'] },
    { text: 'Mehmet Yilmaz brought in his drum', errors: ['Mehmet Yilmaz'] },
    { text: 'zainab hussain loved painting today', errors: ['zainab hussain'] },
    { text: 'Thank you to Chavdar Yankov for the music', errors: ['Chavdar Yankov'] },
    { text: 'A big thank you to Ngozi Okonkwo for the jollof rice', errors: ['Ngozi Okonkwo'] },
    { text: 'Welcome Tomasz Lewandowski and Abdirahman Warsame', errors: ['Tomasz Lewandowski', 'Abdirahman Warsame'] },
    { text: 'Thanks to Siobhán Ní Bhriain and Aoibhinn Brennan', errors: ['Siobhán Ní Bhriain', 'Aoibhinn Brennan'] },
    { text: 'Meet Thanh Nguyen and Wei Zhang', errors: ['Thanh Nguyen', 'Wei Zhang'] },
    { text: 'Congratulations to Guljamol Abdulhakimova on her new job', errors: ['Guljamol Abdulhakimova'] },
    { text: 'Well done Dirk M Sinkel and Aisha B. Khan', errors: ['Dirk M Sinkel', 'Aisha B. Khan'] },
    { text: 'Mia-Grace Holt painted a rainbow', errors: ['Mia-Grace Holt'] },
    { text: 'Say hello to our new apprentice Oliver Brown', errors: ['Oliver Brown'] },
    { text: 'Rhys ap Dafydd led the Welsh songs', errors: ['Rhys ap Dafydd'] },
    { text: 'Gintarė Jankauskienė’s cake was a hit', errors: ['Gintarė Jankauskienė'] },
    { text: 'Joanne Field’s homemade bread was delicious', errors: ['Joanne Field'] },
    { text: 'teddy brown and skye henderson-clarke built a den', errors: ['teddy brown', 'skye henderson-clarke'] },
    { text: 'Well done #TeddyBrown and #skyehendersonclarke', errors: ['TeddyBrown', 'skyehendersonclarke'] },
  ]).concat([
    // Capitals are what show this is a name: a hashtag run together.
    { text: 'Well done #SamJones!', errors: ['SamJones'] },
  ]),
});

// Surnames that are everyday words, found where the sentence names a person, however it is typed; the same words
// as places, events, businesses and characters stay quiet.
ruleTester(rule, {
  policy: { version: 1, settingName: 'Little Acorns Day Nursery' },
  valid: validInEveryCasing([
    'Well done to Rose Class for being so kind this week!',
    'Thank you to Victoria Park for hosting us.',
    'Thank you to Hope House for their support.',
    'Welcome to Mark Field, our new playing field.',
    'We visited Spencer Place today.',
    'Welcome to Morley Leeds.',
    'Thank you to Jordan Valley for the apples.',
    'Happy Birthday Queen Camilla!',
    'Ella may join us on Monday.',
    'Thank you Mr Young for the story.',
    'Well done to Ruby May Day participants!',
    'Summer holidays started today.',
    'May Day celebrations were lovely.',
    'Daisy Chain Day is on Friday.',
    'Happy birthday to Jack Frost!',
    'Thank you to Amber Green Cleaning for their help.',
    'Thank you Jesus Christ for our food.',
    'Well done to Lily for being our star of the week!',
    'Well done to Mrs Day for being our star of the week!',
    'Well done to Ella, May and Jack for tidying up!',
    'Thank you Rose for the flowers and Jack for the card.',
  ]),
  invalid: inEveryCasing([
    { text: 'Well done to Mia Day for being our star of the week!', errors: ['Mia Day'] },
    { text: 'Tom Field loved painting in the garden today.', errors: ['Tom Field'] },
    { text: 'Ella May loved painting in the garden today.', errors: ['Ella May'] },
    { text: "A big thank you to Jack Brown's grandad for fixing our fence.", errors: ['Jack Brown'] },
    { text: 'Lily Young loved the sandpit.', errors: ['Lily Young'] },
    { text: 'Well done to Oliver Lord for being our star of the week!', errors: ['Oliver Lord'] },
    { text: 'Please welcome Mohamed Abdullahi, who joins the Caterpillar room on Monday.', errors: ['Mohamed Abdullahi'] },
    { text: 'Ajeng Yuliarti loved painting in the garden today.', errors: ['Ajeng Yuliarti'] },
  ]),
});

// Where the sentence puts a person: after "of", opening a sentence that goes on with what they did or are.
ruleTester(rule, {
  policy: { version: 1, settingName: 'Little Acorns Day Nursery' },
  valid: validInEveryCasing([
    'Today forest school was fun.',
    'Sunny spells returned after lunch.',
    'Willow trees swayed in the wind.',
    'Sports Day was a huge success.',
    'Photos of the Jack Russell at the farm',
    'Grace and her friends built a den.',
    'Bumble Bee Class had a great day.',
    'Today Mia went to the park.',
  ]),
  invalid: inEveryCasing([
    { text: 'Photos of Caroline Hudson at the beach', errors: ['Caroline Hudson'] },
    { text: 'Today Ivanna Vergun went to the park with us.', errors: ['Ivanna Vergun'] },
    { text: 'Alevtina Prisacari is our star of the week', errors: ['Alevtina Prisacari'] },
    { text: 'Afanasi Casian and her brother built a den.', errors: ['Afanasi Casian'] },
    { text: 'Zhang Ziyi loved the water tray.', errors: ['Zhang Ziyi'] },
  ]),
});
