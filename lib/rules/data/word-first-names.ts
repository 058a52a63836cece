/**
 * First names that are also everyday words ("summer", "rose", "robin", "will"): in a post they are a name only
 * when the sentence uses them as one.
 */
export const wordFirstNames: readonly string[] = [
  'amber', 'april', 'august', 'autumn', 'basil', 'bill', 'blossom', 'bluebell', 'bob', 'bobby', 'brook', 'buddy', 'carol',
  'chance', 'charity', 'chase', 'clement', 'clementine', 'crystal', 'daisy', 'dale', 'dawn', 'dean', 'destiny',
  'drew', 'dusty', 'earl', 'ebony', 'ember', 'eve', 'faith', 'fern', 'flora', 'frank', 'ginger', 'grace', 'grant',
  'guy', 'harmony', 'hazel', 'heather', 'holly', 'honey', 'hope', 'hunter', 'indigo', 'iris', 'ivy', 'jade',
  'jasmine', 'jay', 'june', 'lance', 'laurel', 'lily', 'mark', 'max', 'may', 'meadow', 'melody', 'mercy', 'miles',
  'myrtle', 'nick', 'noel', 'olive', 'opal', 'pat', 'patience', 'pearl', 'penny', 'peony', 'phoenix', 'piper',
  'poppy', 'primrose', 'raven', 'ray', 'river', 'rob', 'robin', 'rocky', 'rose', 'rosemary', 'ruby', 'rusty',
  'saffron', 'sage', 'sally', 'sandy', 'sapphire', 'scarlet', 'sky', 'sonny', 'storm', 'sue', 'summer', 'sunny',
  'violet', 'will', 'willow', 'wren',
];
