import rule from '../../../lib/rules/personal-information';
import { ruleTester } from '../rule-tester';
import { otherSetting } from './other-setting-policy';

ruleTester(rule, {
  policy: otherSetting,
  valid: [
    // The contract's examples, word for word.
    "It's Allergy Awareness Week",
    'our SENCO runs a drop-in on Tuesdays',
    "we're collecting for the food bank",
    'we are a nut-free nursery',
    // Awareness, open services, training and the setting's own practice.
    "It's Children's Mental Health Week, so we've been talking about big feelings",
    'Our SENCo Nadia holds a drop-in for any parent with questions about speech and language, Thursdays 9–10am',
    'Gareth has completed his paediatric first aid and autism awareness training 🎓',
    'Reminder: we are a nut-free setting, so please check snack boxes',
    'Try our dairy-free and egg-free flapjack recipe at home!',
    'Donations for the food bank can go in the crate by the door',
    // Festivals, books and bite-sized things.
    'Happy Diwali! The Robins made diva lamps from clay 🪔',
    'Eid Mubarak to all our families celebrating today 🌙',
    'Our book this week is about feeling worried, and how we can help a friend who is sad',
    'Bite-sized fruit kebabs for snack today 🍓',
    'A quick bite to eat and then back out to the mud kitchen',
    'Our trip to Cockfosters was a hit!',
    // Remarks about families and children in general.
    'Lots of children have colds at this time of year, so please send a spare jumper',
    'If your child has a temperature, please keep them at home for 48 hours',
    'The vets in our role play area are looking after lots of poorly teddies',
    // Someone named, but nothing personal.
    'Poppy and Hugo planted beans in the garden',
    'Thank you to Precious for the delicious shepherd’s pie',
    'Our biting wind today did not stop Kai enjoying the bikes',
    'No one was hurt, but please drive slowly in the car park',
    // Posts of our own from a day at another setting: nothing about anyone in particular.
    'Do you know what to do if your child has an allergic reaction? Our free first aid course for parents is on 3 May',
    'The children have been role playing vets, caring for poorly animals in our vet surgery',
    "We've updated our medication policy – copies are available in reception",
    'Our autism-friendly stay and play session runs every Wednesday morning',
    'Our new book corner has stories about families of all shapes and sizes, including foster families and adoption',
    'Our Early Help coffee morning is on Friday at 10am – all welcome',
    'Our staff have completed safeguarding and child protection training this term ✅',
    'The children learnt about Ramadan from Zainab’s mum, who brought in dates to share',
    'Siobhan is off on maternity leave from Friday – we’ll miss you!',
    'Sorry about the biting cold this morning, we kept outdoor play short!',
    'Ruby made a get well card for the poorly dinosaur in our vet role play',
    'Gareth had a hilarious accident with the glitter pot – it’s everywhere!',
    'Kai is learning to ride a bike without stabilisers',
    // A relative's job is not their circumstances.
    "Thank you to Hugo's mum, a nurse, for showing us how to use a stethoscope",
    "Ruby's mum works as a speech and language therapist and read us a story today",
    'Thank you to Dr Okonkwo from the GP surgery for talking to us about germs',
    'The children planted seeds in memory of our class hamster, who died last week',
  ],
  invalid: [
    { text: 'Please remember Zainab is allergic to sesame, so no seeded bread in lunch boxes please', errors: ['Zainab is allergic to'] },
    { text: "Hugo's asthma has been much better this week 💙", errors: ["Hugo's asthma"] },
    { text: 'Get well soon Poppy, we hope you feel better after your operation!', errors: ['Get well soon Poppy'] },
    { text: 'Kai broke his arm at the weekend, so he is in a cast for six weeks', errors: ['Kai broke his arm'] },
    { text: "Jasper's speech and language therapy is going so well", errors: ["Jasper's speech and language therapy"] },
    { text: 'So proud of Leo! Since his diagnosis he has come on in leaps and bounds', errors: ['diagnosis'] },
    { text: 'Big news: Florence’s EHCP has been agreed 🎉', errors: ['Florence’s EHCP'] },
    { text: 'Please think of Ivy and her family – her nan passed away on Sunday', errors: ['Ivy and her family – her nan passed away'] },
    { text: "Ruby's mum and dad are divorcing, so only Mum collects now", errors: ["Ruby's mum and dad are divorcing"] },
    { text: 'One of our Squirrels was bitten at lunch time today', errors: ['One of our Squirrels was bitten'] },
    { text: 'A child in the baby room had a nasty fall this morning – his mum has been told', errors: ['A child in the baby room had a nasty fall'] },
    { text: 'Our cook Precious is off sick this week with shingles', errors: ['Our cook Precious is off sick'] },
    { text: "Siobhan's social worker visit went well today", errors: ["Siobhan's social worker"] },
    { text: 'Welcome to Alfie, who has just moved in with his new foster carers 💛', errors: ['Alfie, who has just moved in with his new foster carers'] },
    { text: 'Zainab and her family are Muslim, so she will be fasting this month', errors: ['Zainab and her family are Muslim'] },
    { text: 'Gareth is off for a few weeks after his hip operation', errors: ['Gareth is off for a few weeks after his hip operation'] },
    { text: 'Please note that Kai has an accident form to sign at pick-up', errors: ['Kai has an accident form'] },
    { text: 'poppy has been referred to the speech and language team', errors: ['poppy has been referred to'] },
    { text: 'Thinking of Leo’s family this week after the loss of his grandpa', errors: ['Leo’s family this week after the loss of his'] },
    { text: 'Little Hugo has been diagnosed with type 1 diabetes, so staff have all had training on his insulin', errors: ['Hugo has been diagnosed'] },
    { text: 'One of our pre-schoolers has been referred to the community paediatrician', errors: ['One of our pre-schoolers has been referred to'] },
    { text: 'Please be kind to Ruby – her parents are going through a difficult divorce', errors: ['Ruby – her parents are going through a difficult divorce'] },
    { text: 'Jasper has settled really well with his foster family 💙', errors: ['Jasper has settled really well with his foster family'] },
    { text: 'Alfie bit two children in the garden today, so we’re keeping a close eye on him', errors: ['Alfie bit two children'] },
    { text: 'A huge well done to Nadia who returns to work this week after her cancer treatment 💪', errors: ['Nadia who returns to work this week after her cancer'] },
    { text: 'Please be aware that one of our Hedgehogs has a severe egg allergy', errors: ['one of our Hedgehogs has a severe egg allergy'] },
    { text: "Please keep Hugo's family in your thoughts as his dad is in hospital", errors: ["Hugo's family in your thoughts as his dad is in hospital"] },
    { text: 'Ruby is off today with a high temperature – we hope she feels better soon', errors: ['Ruby is off today with a high temperature'] },
    { text: 'Jasper had a toilet accident at lunch and is wearing spare clothes', errors: ['Jasper had a toilet accident'] },
    { text: 'siobhan is off this week – her father has passed away 💐', errors: ['siobhan is off this week – her father has passed away'] },
    { text: 'Get well soon Gareth! Our deputy is recovering from an operation on his back', errors: ['Get well soon Gareth', 'Our deputy is recovering from an operation'] },
    { text: 'Florence was sick at lunch time so Mum has taken her home', errors: ['Florence was sick'] },
    { text: 'Please note Hugo needs his inhaler before outdoor play', errors: ['Hugo needs his inhaler'] },
    // A manager's own terms.
    {
      text: 'Hugo starts at the hearing clinic next week',
      policy: { ...otherSetting, keywords: { 'personal-information': { add: ['hearing clinic'], remove: [] } } },
      errors: ['Hugo starts at the hearing clinic'],
    },
  ],
});

ruleTester(rule, {
  policy: { ...otherSetting, keywords: { 'personal-information': { add: [], remove: ['asthma'] } } },
  valid: ["Hugo's asthma has been much better this week 💙"],
  invalid: [{ text: "Hugo's eczema has been much better this week 💙", errors: ["Hugo's eczema"] }],
});
