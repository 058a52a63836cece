import { expect, test } from 'vitest';
import profanity from '../../../lib/rules/profanity';
import { ruleTester, runRule } from '../rule-tester';
import { inEveryCasing, validInEveryCasing } from './every-casing';

ruleTester(profanity, {
  valid: [
    // Ofcom's mild and medium words are below the policy's "strong" line.
    'Damn, we forgot to post the menu! 🙈',
    'Crap weather, but we still went out in the rain! ☔',
    'Bloody brilliant sports day, and the bugger of a gazebo stayed up!',
    'Shitty weather again 🌧️ Indoor obstacle course it is!',
    'Well, sh!t happens: the boiler is broken again',
    'Bollocks to the rain, we went out anyway',
    // Place names, food, animals and games that hold a strong word's letters.
    'Scunthorpe United community coaches came to visit ⚽',
    '#scunthorpe #scunthorpeunited #penistone',
    'A trip to Penistone on the train 🚂',
    'Our pre-schoolers are off to Cockermouth on Friday',
    'Mocktail and cocktail sausages at the summer fair',
    'Shiitake, chestnut and button mushrooms 🍄',
    'Dick Whittington is our Christmas pantomime this year 🐈',
    'Thank you Dick for fixing the gate',
    'Moby Dick and Dick King-Smith books in the library corner',
    'Bramble is a very gentle cocker spaniel',
    'Egg and spoon, welly wanging and a sack race',
    'Middlesex, Essex and Sussex all sent teams',
    'The assassin bug, a class trip and the long grass',
    'Shitterton in Dorset has a funny name',
    'Please meet us at the bell end of the hall',
    'Clitheroe Castle and Twatt in Orkney are on our map of Britain',
    'Widow Twankey had us all laughing at the panto',
    'A swanky new sandpit and a saltwater tank 🐠',
    'Bellenden Road park trip',
    'Fukushima and Hiroshima on the world map',
    // Words that are only strong as insults.
    'A knob of butter in the pan, then turn the door knob',
    'Cock-a-doodle-doo said the cockerel!',
    'What a cock-up with the dinner order 🙈',
    'Pussy cat, pussy cat, where have you been? Pussy willow in the vase.',
    'Ouch, the rose made me prick my finger',
    'Fanny Cradock recipes for our cooking club',
    // Masks that could as well be a milder word.
    'What a s**t day',
    'c*** weather again',
    'Ho ho ho, Santa is coming!',
  ],
  invalid: [
    { text: 'What a fucking awful start to the week – the boiler\'s broken AGAIN 😤', errors: ['fucking'] },
    { text: 'FUCK this weather', errors: ['FUCK'] },
    { text: 'Fuck it, we are going out anyway', errors: ['Fuck'] },
    { text: 'fuckin\' brilliant day out', errors: ['fuckin'] },
    { text: 'Who fucked up the rota?', errors: ['fucked'] },
    { text: 'Some motherfucker stole our planters', errors: ['motherfucker'] },
    { text: 'What a fuckwit', errors: ['fuckwit'] },
    { text: 'Inspection week is a total clusterfuck', errors: ['clusterfuck'] },
    { text: 'absofuckinglutely knackered', errors: ['absofuckinglutely'] },
    { text: 'Mondays can f*ck right off 😩☕ #nurserylife', errors: ['f*ck'] },
    { text: 'f**k this', errors: ['f**k'] },
    { text: 'what the f***', errors: ['f***'] },
    { text: 'fu*k me, that was close', errors: ['fu*k'] },
    { text: 'f-ck the rain', errors: ['f-ck'] },
    { text: 'f@ck sake', errors: ['f@ck'] },
    { text: 'fck it', errors: ['fck'] },
    { text: 'phuck this', errors: ['phuck'] },
    { text: 'fvck off', errors: ['fvck'] },
    { text: 'f***ing hell', errors: ['f***ing'] },
    { text: 'F**KING HELL', errors: ['F**KING'] },
    { text: 'Burst pipe before 9am. Still smiling though 😅 #whatthefuck #nurserylife', errors: ['whatthefuck'] },
    { text: 'New week 🙃 #fuckmondays', errors: ['fuckmondays'] },
    { text: 'Whoever nicked the charity box is a total bellend.', errors: ['bellend'] },
    { text: 'You absolute b3llend', errors: ['b3llend'] },
    { text: 'What a bell-end', errors: ['bell-end'] },
    { text: 'The bastards took the lead off the roof', errors: ['bastards'] },
    { text: 'b*stard pigeons', errors: ['b*stard'] },
    { text: 'Some twat parked across the gate', errors: ['twat'] },
    { text: 'Some tw@t parked across the gate', errors: ['tw@t'] },
    { text: 'wankers, the lot of them', errors: ['wankers'] },
    { text: 'w*nker', errors: ['w*nker'] },
    { text: 'He is a cunt', errors: ['cunt'] },
    { text: 'c**t', errors: ['c**t'] },
    { text: '#whatacunt', errors: ['whatacunt'] },
    { text: 'What a dickhead', errors: ['dickhead'] },
    { text: 'Total knobhead', errors: ['knobhead'] },
    { text: 'You prick', errors: ['prick'] },
    { text: 'What a dick', errors: ['dick'] },
    { text: 'such a knob', errors: ['knob'] },
    { text: 'fucking twat', errors: ['fucking', 'twat'] },
    { text: 'Fuck! Who left the gate open? Fuck.', errors: ['Fuck', 'Fuck'] },
  ],
});

test('the finding quotes the word as typed', () => {
  const [finding] = runRule(profanity, { text: 'Mondays can F*CK right off' }, { version: 1 });
  expect(finding.message).toContain('“F*CK”');
  expect(finding.evidence).toEqual({ kind: 'text', start: 12, end: 16, text: 'F*CK' });
});

// Issue 9 and security review M3: swearing and slurs however they are disguised, in every casing.
ruleTester(profanity, {
  valid: validInEveryCasing([
    'Scunthorpe, Penistone, Clitheroe and Cockfosters are on our map',
    'Meet us at the bus stop on Hoe Street',
    'Cocktail sausages and shiitake mushrooms',
    'Dick Whittington is our pantomime',
    'We spotted blue tits and a pussy willow by the pond',
    'Every practitioner will assess the children’s progress',
    'Our Maine Coon cat visited the Otters',
    'Happy St David’s Day 🏴󠁧󠁢󠁷󠁬󠁳󠁿 from all of us',
    'The coffee is f-ing awful, but the cake is good',
  ]),
  invalid: inEveryCasing([
    { text: 'It is fuuuuucking freezing today', errors: ['fuuuuucking'] },
    { text: 'Ffuk me, the boiler again', errors: ['Ffuk'] },
    { text: 'F u c k i n g typical', errors: ['F u c k i n g'] },
    { text: 'What the f.u.c.k happened', errors: ['f.u.c.k'] },
    { text: 'What the f\u200Buck happened', errors: ['f\u200Buck'] },
    { text: 'Fu\u00ADcking marvellous', errors: ['Fu\u00ADcking'] },
    { text: 'Fu\u0441king marvellous', errors: ['Fu\u0441king'] },
    { text: 'What the \uFF46\uFF55\uFF43\uFF4B', errors: ['\uFF46\uFF55\uFF43\uFF4B'] },
    { text: 'Those cnts at the council', errors: ['cnts'] },
    { text: 'Those kunts at the council', errors: ['kunts'] },
    { text: 'She is such a skank', errors: ['skank'] },
    { text: 'Some slag left the gate open', errors: ['slag'] },
  ]),
});

test('slurs are found however they are spelled, with their own message', () => {
  for (const text of ['you spastic', 'You SPAZ', 'what a retard', 'a p@ki shop', 'fucking pikeys', 'those gypos', 'pikies']) {
    const findings = runRule(profanity, { text }, { version: 1 });
    expect(findings.some((f) => f.message.includes('discriminatory slur')), text).toBe(true);
  }
});
