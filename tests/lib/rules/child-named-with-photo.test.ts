import rule from '../../../lib/rules/child-named-with-photo';
import { ruleTester } from '../rule-tester';
import { otherSetting } from './other-setting-policy';

ruleTester(rule, {
  policy: otherSetting,
  valid: [
    // The same child in a post with no photo.
    'Poppy painted a huge sunflower today',
    'Well done hugo for tidying the block corner!',
    // A child without consent is named-child-without-consent's finding, not this one.
    { text: 'Ivy loved the bug hunt #parentsagreed', photos: 1 },
    { text: 'Kai and Jasper built a den', photos: 2 },
    // Word uses of a name.
    { text: 'We found a ruby red ladybird in the garden', photos: 1 },
    { text: 'Poppy seeds planted in the raised bed 🌱', photos: 1 },
    { text: 'The poppy field at the farm was stunning', photos: 2 },
    { text: 'Poppy seeds and ruby chard in the vegetable patch', photos: 1 },
    // A child not on the roster, staff and carers.
    { text: 'Happy 4th birthday Maisie! 🎂', photos: 1 },
    { text: 'Nadia led our yoga session this morning', photos: 1 },
    { text: 'Thank you to Piotr Kowalczyk for mending the fence', photos: 1 },
    { text: 'Precious has baked fresh bread for snack', photos: 1 },
  ],
  invalid: [
    { text: 'Poppy built a rocket from boxes #parentsagreed', photos: 1, errors: ['Poppy'] },
    { text: 'zainab and hugo shared the big paintbrush', photos: 2, errors: ['zainab', 'hugo'] },
    { text: "Ruby's painting is on the wall!", photos: 1, errors: ['Ruby'] },
    { text: 'Star of the week: Alfie O’Connor ⭐', photos: 1, errors: ['Alfie O’Connor'] },
    { text: 'HUGO WAS SO PROUD OF HIS MODEL', photos: 1, errors: ['HUGO'] },
    { text: 'Look at Poppy and Ivy on the climbing frame', photos: 1, errors: ['Poppy'] },
    { text: "Zainab's grandad showed us his allotment", photos: 2, errors: ['Zainab'] },
  ],
});
