import rule from '../../../lib/rules/negative-comment';
import { ruleTester } from '../rule-tester';
import { otherSetting } from './other-setting-policy';

ruleTester(rule, {
  policy: otherSetting,
  valid: [
    // The contract's examples, word for word.
    'a horrible rainy morning',
    'the broken gate',
    'the naughty wolf',
    'our staff room coffee is terrible',
    // Weather, broken things and the day.
    'What a dreadful, windy afternoon! We stayed in and built dens 🌬️',
    'The printer is useless again, so newsletters will come home on Monday',
    'Awful traffic on the ring road this morning, drive safely everyone',
    // Story villains and characters.
    'The wicked witch was no match for our Robins and their magic wands 🧙',
    'We read about the horrible troll under the bridge, and Hugo made a bridge of his own',
    // The team laughing at itself, and puns.
    'Our sports day egg and spoon race for staff was a shambles 😂',
    'I am hopeless at cartwheels, as the Owls found out today 🤣',
    'We really are the worst singers in Bramble Hill 😂 but the children loved it',
    'Sorry for the terrible pun, we couldn’t resist',
    // Firm, neutral reminders, and feelings.
    'Please remember to label every item of clothing, thank you!',
    'Parents, please use the side gate while the path is being repaired',
    'Poppy was sad to say goodbye to her key person today 💛',
    'Poor Kai was very tired after the trip to the farm',
    'Not a single grumble from the children on our long walk!',
    // Praise.
    'Huge thanks to the council for our new outdoor play equipment!',
    'Thank you to the health visitor team for a brilliant talk on sleep',
    // Posts of our own from a day at another setting.
    'Forest school was muddy, wet and brilliant! Please send spare socks',
    "We've had a nightmare with the heating today so please send your child in layers",
    'The paddling pool has sprung a leak. Useless thing!',
    'Our tea towels are a disgrace 😂 New ones ordered',
    "Nadia's attempt at a cartwheel was pathetic 😂 We love her really",
    'The troll in Three Billy Goats Gruff is SO rude! The children loved stamping across the bridge',
    'Nobody could believe how naughty the pigeons were at the park, stealing our sandwiches!',
    'Sports day results: the red team won, the blue team were robbed 😂',
    'Our Christmas play was chaos but the children were amazing!',
    'Apologies for the awful phone line this week – BT are fixing it',
    'Hugo had no idea what was hiding in the feely bag!',
    'A certain little boy turned four today 🎂',
    'Poppy was full of smiles as usual',
    "No surprise that Kai went straight for the paint!",
    'Hugo loved sorting the rubbish for the recycling bins',
    'Did you know families are entitled to 30 hours of funded childcare?',
    "Gareth's attempt at face painting was a disaster 😂 The children still loved their wonky tigers",
  ],
  invalid: [
    { text: 'Some parents still can’t manage to label a coat 🙄', errors: ['parents still can’t manage'] },
    { text: 'What a class of little terrors today!', errors: ['class of little terrors'] },
    { text: 'The inspector clearly had no idea what she was looking at', errors: ['inspector clearly had no idea'] },
    { text: 'Thanks to the useless council, our funding is late again', errors: ['useless council'] },
    { text: 'Hugo was a nightmare at nap time 🙄', errors: ['Hugo was a nightmare'] },
    { text: 'Half the mums at pick-up can’t be bothered to say hello', errors: ['mums at pick-up can’t be bothered'] },
    { text: 'Our agency cover today was hopeless. Never again.', errors: ['agency cover today was hopeless'] },
    { text: 'The GP surgery is a joke. Three weeks for an appointment 😤', errors: ['surgery is a joke'] },
    { text: 'Unlike some nurseries round here, we actually let the children outside', errors: ['Unlike some nurseries'] },
    { text: 'Zainab sulked all morning because she could not have the red bike', errors: ['Zainab sulked'] },
    { text: 'The dads who park on the zigzags are so selfish', errors: ['dads who park on the zigzags are so selfish'] },
    { text: 'Rude and unprofessional social worker on the phone this morning', errors: ['Rude and unprofessional social worker'] },
    { text: 'Kai was an absolute menace at nap time, no one got any sleep 🙄', errors: ['Kai was an absolute menace'] },
    { text: "Ivy's dad shouted at our staff again at pick-up. Some people have no manners.", errors: ['people have no manners'] },
    { text: 'Some mums need to realise we are a nursery, not a free babysitting service 😤', errors: ['mums need to realise we are a nursery, not a free babysitting service 😤'] },
    { text: 'Honestly some of the families at this nursery are so entitled', errors: ['families at this nursery are so entitled'] },
    { text: 'Still no response from the council about our broken fence. Typical.', errors: ['Typical'] },
    { text: 'The new nursery down the road might have fancy toys but their staff are hopeless', errors: ['staff are hopeless'] },
    { text: 'The health visitors round here haven’t got a clue', errors: ['health visitors round here haven’t got a clue'] },
    { text: 'Well done to the council for resurfacing the car park... only two years late 🙄', errors: ['council for resurfacing the car park... only two years late 🙄'] },
    { text: 'Our local school has once again failed to send transition information. Shambolic.', errors: ['Shambolic'] },
    { text: 'Certain parents who shall remain nameless still haven’t paid for the trip 🙄', errors: ['Certain parents'] },
    { text: 'That nursery on Mill Road has lost half its staff again – their management is a joke', errors: ['management is a joke'] },
  ],
});

ruleTester(rule, {
  policy: { ...otherSetting, keywords: { 'negative-comment': { add: ['gormless'], remove: ['naughty'] } } },
  valid: ['Leo was naughty at lunch'],
  invalid: [{ text: 'Some parents are gormless', errors: ['parents are gormless'] }],
});
