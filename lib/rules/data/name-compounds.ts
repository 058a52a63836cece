/**
 * Plural nouns that make a name that is also a word into a thing: "autumn leaves", "teddy
 * bears", "willow trees", "daisy chains", "poppy seeds". The parse may read some of them
 * as verbs ("Autumn leaves everywhere!").
 */
export const compoundPlurals: readonly string[] = [
  'bears',
  'berries',
  'blossoms',
  'branches',
  'bulbs',
  'bushes',
  'chains',
  'colours',
  'fields',
  'flowers',
  'heads',
  'leaves',
  'petals',
  'plants',
  'seeds',
  'showers',
  'storms',
  'sunsets',
  'trees',
  'twigs',
  'winds',
  'wreaths',
];
