import { ruleTester } from '../rule-tester';
import rule from '../../../lib/rules/named-child-without-consent';
import { inEveryCasing, validInEveryCasing } from './every-casing';

ruleTester(rule, {
  policy: {
    version: 1,
    settingName: 'Little Owls Nursery',
    roster: [
      { name: 'Holly Ashworth', socialMediaConsent: false },
      { name: 'Hope Mwangi', socialMediaConsent: false },
      { name: 'Will Fairclough', socialMediaConsent: false },
      { name: 'Muhammad Iqbal', socialMediaConsent: false },
      { name: 'Jack Nowak', socialMediaConsent: false },
      { name: 'Autumn Lee', socialMediaConsent: false },
      { name: 'Noah Byrne', socialMediaConsent: false },
      { name: 'Ivy Kaur-Sandhu', socialMediaConsent: false },
      { name: 'Amelia Watson', socialMediaConsent: true },
      { name: 'Jack Osei', socialMediaConsent: true },
    ],
  },
  valid: [
    // A child with consent, by first name.
    'Amelia loved the water tray',
    // The word, not the child.
    'We made a holly wreath for the door',
    'The holly and the ivy are in the garden',
    'We hope you all had a lovely half term',
    'We will be closed on Friday',
    'Will you join us for the Summer Fair?',
    'autumn leaves are falling',
    'Have A Wonderful Autumn And See You Soon',
    'Our Autumn Fair is on Saturday',
    'There is always hope',
    // Characters, stories and other people.
    "Noah's Ark story time",
    'Jack and the Beanstalk in the role play area',
    'Jack Frost has been busy this morning!',
    'Mr Jack came to play his guitar',
    'Jack T. was a star today',
    'Thank you to Jack Smith for the new shed',
    "Trip to Jack's Barbers for the role play",
    'We planted holly seeds and hope they grow',
  ],
  invalid: [
    { text: 'Holly loved the holly wreath', errors: ['Holly'] },
    { text: 'well done to holly for her tidying', errors: ['holly'] },
    { text: 'Happy birthday Hope! 🎂', errors: ['Hope'] },
    { text: 'happy birthday, hope!', errors: ['hope'] },
    { text: 'will and hope painted a rainbow', errors: ['will', 'hope'] },
    { text: "Will's dinosaur drawing is on the wall", errors: ['Will'] },
    { text: 'Autumn painted a leaf for the display', errors: ['Autumn'] },
    { text: 'Say hello to Ivy, our newest Ladybird!', errors: ['Ivy'] },
    { text: 'Muhammad has been practising his letters', errors: ['Muhammad'] },
    { text: "Noah's painting won a prize", errors: ['Noah'] },
    { text: 'noah byrne is star of the week', errors: ['noah byrne'] },
    { text: 'Ivy Kaur-Sandhu planted sunflowers', errors: ['Ivy Kaur-Sandhu'] },
    // Two children called Jack: one without consent is enough to ask.
    { text: 'Jack has been practising his scissor skills', errors: ['Jack'] },
    { text: 'Well done Jack N. for sharing', errors: ['Jack N.'] },
    { text: 'Big thank you to Hope for tidying up. Hope is a star!', errors: ['Hope', 'Hope'] },
  ],
});

// Security review M3: a child named in a hashtag or mention, or behind invisible characters and look-alike letters.
ruleTester(rule, {
  policy: { version: 1, roster: [{ name: 'Amelia Watson', socialMediaConsent: false }, { name: 'Summer Lee', socialMediaConsent: false }] },
  valid: validInEveryCasing(['#summer fun in the garden', 'Happy #SummerTerm everyone', 'Amelia Earhart was a pilot']),
  invalid: inEveryCasing([
    { text: 'Star of the week #Amelia', errors: ['Amelia'] },
    { text: 'Thank you @amelia for the card', errors: ['amelia'] },
    { text: 'Well done #AmeliaWatson', errors: ['AmeliaWatson'] },
    { text: 'Am\u200Belia loved the slide', errors: ['Am\u200Belia'] },
    { text: '\u0410melia loved the slide', errors: ['\u0410melia'] },
    { text: 'Amelia-Rose loved the slide', errors: ['Amelia-Rose'] },
  ]),
});
