/**
 * Strong profanity, graded by Ofcom's "Public attitudes towards offensive
 * language on TV and radio" (2021): its "strong" and "strongest" general swear
 * words and strong sexual insults are here. "Mild" words (bloody, bugger, crap,
 * damn) and "medium" ones (arsehole, bitch, bollocks, pissed, shit and "shitty")
 * are not: the policy sets the block list at strong (001), and medium words are
 * Ofcom's "potentially acceptable" band, so staff are not blocked for them.
 * Strong words that are also everyday words (beaver, flaps, gash, snatch) are
 * left out, and the ones that are mostly names or things (cock, dick, knob,
 * prick, pussy, fanny) count only as insults: see {@link insultNouns}.
 */

/** Strong words and their forms, matched as whole words, also with letters masked or swapped ("f*ck", "b@stard"). */
export const strongWords: readonly string[] = [
  'bastard',
  'bastards',
  'beef curtains',
  'bellend',
  'bellends',
  'bloodclaat',
  'bukkake',
  'bumbaclaat',
  'bumbaclot',
  'bumboclaat',
  'clunge',
  'clunges',
  'cnts',
  'cocksucker',
  'cocksuckers',
  'cocksucking',
  'cunt',
  'cunting',
  'cuntish',
  'cunts',
  'cunty',
  'dickhead',
  'dickheads',
  'dildo',
  'dildoes',
  'dildos',
  'fck',
  'fcked',
  'fckin',
  'fcking',
  'fook',
  'fookin',
  'fooking',
  'fuck',
  'fucked',
  'fucker',
  'fuckers',
  'fuckface',
  'fuckhead',
  'fuckin',
  'fucking',
  'fucks',
  'fuckwit',
  'fuckwits',
  'fuk',
  'fukin',
  'fuking',
  'fuq',
  'jizz',
  'jizzed',
  'jizzing',
  'knobend',
  'knobends',
  'knobhead',
  'knobheads',
  'kunt',
  'kunts',
  'minge',
  'minges',
  'motherfucker',
  'motherfuckers',
  'motherfucking',
  'nonce',
  'nonces',
  'phuck',
  'phucking',
  'phuk',
  'phuking',
  'prickteaser',
  'punani',
  'rapey',
  'skank',
  'skanks',
  'skanky',
  'slag',
  'slags',
  'slut',
  'sluts',
  'slutty',
  'twat',
  'twats',
  'twatted',
  'twatting',
  'wank',
  'wanked',
  'wanker',
  'wankers',
  'wanking',
  'wanks',
  'wanky',
  'whore',
  'whores',
];

/** Short words still unmistakable with two letters masked ("f**k", "c**t"), unlike "s**t" (shit or slut?). */
export const clearWhenMasked: readonly string[] = [
  'cunt',
  'fuck',
];

/** Roots that are strong wherever they appear, even run together in a hashtag ("#whatthefuck", "#fuckmondays"). */
export const rootsAnywhere: readonly string[] = [
  'fuck',
];

/** Roots that are strong at the end of a run-together word or hashtag ("#totalbellend", "#whatacunt"), with an optional plural s. */
export const compoundEndings: readonly string[] = [
  'bellend',
  'cunt',
  'dickhead',
  'knobhead',
  'twat',
  'wanker',
];

/** Roots that are strong at the start of a run-together word or hashtag ("#wankersofleeds"). Not "bellend" (Bellenden Road) nor "twat" (Twatt, twattle). */
export const compoundStarts: readonly string[] = [
  'cunt',
  'dickhead',
  'knobhead',
  'wanker',
];

/** Ordinary words that contain a compound root ("swanky", not a "wanker"). */
export const compoundFalseFriends: readonly string[] = [
  'swanker',
  'swankers',
];

/** Strong words that are mostly names or things (Dick Whittington, a door knob, a pussy cat) and count only as insults ("you prick"). */
export const insultNouns: readonly string[] = [
  'bell end',
  'bell ends',
  'cock',
  'cocks',
  'dick',
  'dicks',
  'fanny',
  'knob',
  'knobs',
  'prick',
  'pricks',
  'pussy',
];

/** Words that make one of the {@link insultNouns} an insult when they come just before it. */
export const insultLeads: readonly string[] = [
  'absolute',
  'complete',
  'massive',
  'proper',
  'such a',
  'such an',
  'total',
  'utter',
  'what a',
  'what an',
  'you',
  'you absolute',
  'you complete',
  'you fucking',
  'you little',
  'you massive',
  'you stupid',
  'you total',
  'you utter',
];

/** Words after one of the {@link insultNouns} that show it is not an insult ("what a cock-up", "what a knob of butter"). */
export const notInsultsBefore: readonly string[] = [
  'a doodle',
  'cat',
  'cats',
  'crowed',
  'crowing',
  'doodle',
  'of',
  'robin',
  'robins',
  'spaniel',
  'spaniels',
  'tail',
  'tails',
  'up',
  'ups',
  'willow',
];

/** How offensive a word is, in Ofcom's bands; the policy blocks "strong" and above (001). */
export type OfcomStrength = 'strong' | 'strongest';

/** A discriminatory slur, what it attacks, and how strong Ofcom's 2021 research found it. */
export interface Slur {
  word: string;
  strength: OfcomStrength;
  about: 'race' | 'religion' | 'sexuality' | 'gender identity' | 'disability' | 'gypsy and traveller';
}

/**
 * Discriminatory slurs that Ofcom's "Public attitudes towards offensive language on TV and radio" (2021) rates
 * strong or strongest, with their plurals; matched like {@link strongWords}. Words that are mostly something else
 * are left out ("chink" of light, a garden "spade", "faggots" and peas, Offa's "Dyke").
 */
export const slurs: readonly Slur[] = [
  { word: 'batty boy', strength: 'strong', about: 'sexuality' },
  { word: 'batty boys', strength: 'strong', about: 'sexuality' },
  { word: 'bum boy', strength: 'strong', about: 'sexuality' },
  { word: 'chinkies', strength: 'strong', about: 'race' },
  { word: 'chinky', strength: 'strong', about: 'race' },
  { word: 'coon', strength: 'strongest', about: 'race' },
  { word: 'coons', strength: 'strongest', about: 'race' },
  { word: 'darkie', strength: 'strong', about: 'race' },
  { word: 'darkies', strength: 'strong', about: 'race' },
  { word: 'faggot', strength: 'strong', about: 'sexuality' },
  { word: 'golliwog', strength: 'strong', about: 'race' },
  { word: 'golliwogs', strength: 'strong', about: 'race' },
  { word: 'gook', strength: 'strong', about: 'race' },
  { word: 'gooks', strength: 'strong', about: 'race' },
  // Spelt several ways, each as strong as the others.
  { word: 'gippo', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'gippos', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'gypo', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'gypos', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'gyppo', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'gyppos', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'jungle bunny', strength: 'strongest', about: 'race' },
  { word: 'kike', strength: 'strongest', about: 'religion' },
  { word: 'kikes', strength: 'strongest', about: 'religion' },
  { word: 'mong', strength: 'strong', about: 'disability' },
  { word: 'mongoloid', strength: 'strong', about: 'disability' },
  { word: 'mongs', strength: 'strong', about: 'disability' },
  { word: 'nigga', strength: 'strongest', about: 'race' },
  { word: 'niggas', strength: 'strongest', about: 'race' },
  { word: 'nigger', strength: 'strongest', about: 'race' },
  { word: 'niggers', strength: 'strongest', about: 'race' },
  { word: 'nignog', strength: 'strongest', about: 'race' },
  { word: 'paki', strength: 'strongest', about: 'race' },
  { word: 'pakis', strength: 'strongest', about: 'race' },
  { word: 'pikey', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'pikeys', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'pikies', strength: 'strong', about: 'gypsy and traveller' },
  { word: 'poofter', strength: 'strong', about: 'sexuality' },
  { word: 'poofters', strength: 'strong', about: 'sexuality' },
  { word: 'raghead', strength: 'strong', about: 'religion' },
  { word: 'ragheads', strength: 'strong', about: 'religion' },
  { word: 'retard', strength: 'strong', about: 'disability' },
  { word: 'retarded', strength: 'strong', about: 'disability' },
  { word: 'retards', strength: 'strong', about: 'disability' },
  { word: 'shemale', strength: 'strong', about: 'gender identity' },
  { word: 'spastic', strength: 'strong', about: 'disability' },
  { word: 'spastics', strength: 'strong', about: 'disability' },
  { word: 'spaz', strength: 'strong', about: 'disability' },
  { word: 'spazzy', strength: 'strong', about: 'disability' },
  { word: 'towelhead', strength: 'strong', about: 'religion' },
  { word: 'towelheads', strength: 'strong', about: 'religion' },
  { word: 'tranny', strength: 'strong', about: 'gender identity' },
  { word: 'trannies', strength: 'strong', about: 'gender identity' },
  { word: 'wog', strength: 'strongest', about: 'race' },
  { word: 'wogs', strength: 'strongest', about: 'race' },
  { word: 'yid', strength: 'strong', about: 'religion' },
  { word: 'yids', strength: 'strong', about: 'religion' },
];

/** Phrases in which a slur's letters name something harmless: a cat breed, a cleaning phrase. */
export const slurFalseFriends: readonly string[] = [
  'maine coon',
  'maine coons',
  'spic and span',
];

/** Words whose letters, with doubled letters read once, spell a strong word, but that are no swearing: a place in Orkney. */
export const notStretched: readonly string[] = [
  'twatt',
];
