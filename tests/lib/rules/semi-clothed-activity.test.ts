import { expect, test } from 'vitest';
import semiClothedActivity from '../../../lib/rules/semi-clothed-activity';
import type { Policy } from '../../../lib/policy/policy';
import { ruleTester, runRule } from '../rule-tester';

const withKeywords = (add: string[], remove: string[]): Policy => ({
  version: 1,
  keywords: { 'semi-clothed-activity': { add, remove } },
});

ruleTester(semiClothedActivity, {
  valid: [
    // Look-alikes: animals and toys swim and bathe, plans and seasons change.
    'We\'ve got a goldfish! 🐟 The Bumblebees named her Goldie and love watching her swim round and round',
    'The ducks were swimming on the pond and the ducklings paddled after them 🦆',
    'Our tadpoles are swimming about in the tank',
    'Look at the birds bathing in the bird bath!',
    'Bathing the dolls in the home corner',
    'Change of plan! ☔ Because of the rain, Friday\'s picnic will now be indoors.',
    'Have you spotted our changing seasons wall by the front door? 🍂❄️🌸☀️',
    'Kneading and massaging our playdough 🤲 Dough disco is brilliant for little fingers!',
    'Pool noodle races! 🏁 The Bumblebees rode pool noodles like hobby horses round the garden',
    'summer term starts on Monday! Please check your child\'s bag has a sun hat and a named water bottle 🧢',
    'Follow the signs for the car park 🚗',
    'My head is swimming after that staff meeting!',
    'Things are going swimmingly with our new garden',
    'A trip to Bath to see the Roman Baths',
    'Bath Abbey was beautiful in the snow',
    'Beach ball games in the garden ⚽',
    'Sink or swim: our first week in the new building!',
    'Careful near a naked flame, the candles are for grown-ups',
    'Please bring spare clothes and wellies',
    'Cleaning the bathroom and the changing seasons display',
    'We\'re getting change from the shop for the tuck box',
    'Our small world beach scene with sand and shells 🐚',
    'I do like to be beside the seaside! 🎶 Singing in the Ladybirds',
    'Five little ducks went swimming one day',
    'Undressing the dolls in the home corner',
  ],
  invalid: [
    { text: 'Splashing about in the paddling pool 💦☀️ Our Hedgehogs loved cooling down today!', errors: ['paddling pool'] },
    { text: 'Swimming lessons for toddlers at the leisure centre start in September 🏊', errors: ['Swimming lessons'] },
    { text: 'We swam, we splashed, we had a ball!', errors: ['swam'] },
    { text: 'Emma has swum her first width', errors: ['swum'] },
    { text: 'Our little swimmers did so well today', errors: ['swimmers'] },
    { text: 'The children swim every Friday', errors: ['swim'] },
    { text: 'We swam like fish!', errors: ['swam'] },
    { text: 'Beach trip to Whitby 🏖️ Fish and chips, sandcastles and lots of paddling!', errors: ['Beach', 'paddling'] },
    { text: 'What a day at the seaside 🏖️', errors: ['seaside'] },
    { text: 'Baby massage course 💆‍♀️👶 Mondays 10–11am', errors: ['Baby massage'] },
    { text: 'Toilet training? 🚽 Come along to our potty training workshop', errors: ['Toilet training', 'potty training'] },
    { text: 'Is your little one potty trained yet?', errors: ['potty trained'] },
    { text: 'Sun cream reminder ☀️ Please put it on your child before drop-off.', errors: ['Sun cream'] },
    { text: 'Please send in suncream and a sun-hat', errors: ['suncream'] },
    { text: 'Sunscreen on before we go outside please', errors: ['Sunscreen'] },
    { text: 'From next week we\'ll be getting changed for PE every Tuesday 👟', errors: ['getting changed'] },
    { text: 'We\'ll get the children changed after lunch', errors: ['get the children changed'] },
    { text: 'Water play in the Ladybirds 💧 Pouring, scooping and splashing!', errors: ['Water play'] },
    { text: 'Pouring and scooping #waterplay', errors: ['waterplay'] },
    { text: 'Nappy change bags: please make sure there\'s cream and nappies in your child\'s bag', errors: ['Nappy change'] },
    { text: 'Staff will change his nappy before home time', errors: ['change his nappy'] },
    { text: 'Bath time routines 🛁 Our health visitor\'s top tips', errors: ['Bath time'] },
    { text: 'Bathing your baby: a workshop for new parents', errors: ['Bathing'] },
    { text: 'Our manager is doing a sponsored swim in June 🏊‍♀️ Please support her!', errors: ['sponsored swim'] },
    { text: 'Hydrotherapy sessions for our SEND group', errors: ['Hydrotherapy'] },
    { text: 'The sprinklers were on in the garden!', errors: ['sprinklers'] },
    { text: 'Splash park trip tomorrow!', errors: ['Splash park'] },
    { text: 'Please pack a swimsuit and towel', errors: ['swimsuit'] },
    { text: 'Summer fun #beachlife', errors: ['beach'] },
    { text: 'Messy play in just their nappies!', errors: ['just their nappies'] },
    { text: 'Our toddlers enjoyed messy play in their vests and nappies', errors: ['in their vests'] },
    { text: 'Tummy time on the mat in his nappy', errors: ['in his nappy'] },
    { text: 'Shirtless dads\' football match raised £200', errors: ['Shirtless'] },
    { text: 'The children undressed for the paddling pool', errors: ['undressed', 'paddling pool'] },
    { text: 'Paddleboarding and a dip in the sea', errors: ['Paddleboarding', 'dip in the sea'] },
    { text: 'Swimming today and swimming again on Friday', errors: ['Swimming'] },
    { text: 'Off to the hot tub', errors: ['hot tub'], policy: withKeywords(['hot tub'], []) },
    {
      text: 'Saunas after work',
      errors: ['Saunas'],
      policy: { version: 1, keywords: { 'semi-clothed-activity': { add: ['sauna'] } as { add: string[]; remove: string[] } } },
    },
  ],
});

test('a manager\'s added phrase is caught in its inflections, and only once added', () => {
  const policy = withKeywords(['hot tub', 'sauna session'], []);
  const found = (text: string, p: Policy = policy) =>
    runRule(semiClothedActivity, { text }, p).map((f) => (f.evidence.kind === 'text' ? f.evidence.text : f.evidence.file));
  expect(found('Hot tubs and sauna sessions at the staff spa day')).toEqual(['Hot tubs', 'sauna sessions']);
  expect(found('Hot tubs and sauna sessions at the staff spa day', { version: 1 })).toEqual([]);
  expect(found('Off to the splash park!')).toEqual(['splash park']);
});

test('a manager\'s removal drops the built-in phrase in every inflection', () => {
  const policy = withKeywords([], ['swimming']);
  const found = (text: string) => runRule(semiClothedActivity, { text }, policy).length;
  expect(found('We went swimming')).toBe(0);
  expect(found('We swam')).toBe(0);
  expect(found('Our swimmers')).toBe(0);
  expect(found('Swimming lessons start soon')).toBe(1);
  expect(found('A sponsored swim')).toBe(1);
  expect(found('Water play')).toBe(1);
});

test('the finding names the activity in the message', () => {
  const [finding] = runRule(semiClothedActivity, { text: 'Baby massage course' }, { version: 1 });
  expect(finding.message).toContain('“Baby massage”');
});
