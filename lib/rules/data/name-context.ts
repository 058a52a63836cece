/**
 * The words around a name that say whether it is a person's name (the contract's
 * "not flagged" list: titles, relations, places, businesses, Title Case text).
 */

/**
 * Words that turn a name-shaped phrase before them into a place, business, team or room: "Jenny Wren Farm", "Reid
 * & Sons", "Kirkgate Leisure Centre", "Robin Room".
 */
export const placeWords: readonly string[] = [
  'abbey', 'academy', 'accountants', 'airport', 'alley', 'allotment', 'allotments', 'arena', 'arms', 'associates',
  'association', 'athletic', 'avenue', 'bakery', 'bank', 'bar', 'barbers', 'base', 'bay', 'beach', 'boulevard',
  'bridge', 'bros', 'brothers', 'builders', 'building', 'butchers', 'cafe', 'café', 'campus', 'care', 'carpets',
  'cars', 'castle', 'catering', 'cathedral', 'center', 'centre', 'chapel', 'charity', 'church', 'cinema', 'city',
  'class', 'classroom', 'cleaning', 'clinic', 'close', 'club', 'co', 'coaches', 'college', 'common', 'community',
  'company', 'construction', 'cottage', 'council', 'county', 'court', 'crescent', 'cricket', 'dairy', 'dance',
  'dental', 'dentist', 'dentists', 'drive', 'electrical', 'electricians', 'estate', 'farm', 'farms', 'fc', 'field',
  'fields', 'florist', 'florists', 'football', 'forest', 'foundation', 'gallery', 'garage', 'garden', 'gardens',
  'gate', 'green', 'group', 'grove', 'gym', 'hall', 'hill', 'hospice', 'hospital', 'hotel', 'house', 'inc', 'infants',
  'inn', 'junction', 'juniors', 'kitchen', 'lake', 'landscaping', 'lane', 'leisure', 'library', 'limited', 'llp',
  'lodge', 'ltd', 'manor', 'marina', 'market', 'meadow', 'meadows', 'memorial', 'mews', 'mill', 'mills', 'motors', 'mount',
  'museum', 'nurseries', 'nursery', 'opticians', 'orchard', 'parade', 'parish', 'park', 'partners', 'pharmacy',
  'place', 'playgroup', 'plc', 'plumbing', 'pool', 'pre-school', 'preschool', 'primary', 'productions', 'pub', 'quay',
  'rangers', 'removals', 'restaurant', 'rfc', 'road', 'room', 'rovers', 'row', 'rugby', 'salon', 'school', 'services',
  'shop', 'society', 'solicitors', 'sons', 'square', 'stadium', 'station', 'store', 'stores', 'street', 'studio',
  'studios', 'supermarket', 'surgery', 'swimming', 'taxis', 'team', 'tennis', 'terrace', 'theatre', 'tower', 'town',
  'trust', 'unit', 'united', 'university', 'vale', 'valley', 'veterinary', 'vets', 'view', 'village', 'way', 'wharf', 'wood', 'woods',
  'works', 'yard', 'zoo',
];

/**
 * Capitalised words that follow a first name in ordinary phrases but are never surnames there: events, times,
 * seasons, the places no family is named after, and the animals and figures of characters ("Summer Fair", "May
 * Day", "Rose Garden", "Victoria Station", "Maisy Mouse").
 */
export const notSurnames: readonly string[] = [
  'academy', 'airport', 'alien', 'appeal', 'assembly', 'avenue', 'badger', 'bake', 'ball', 'bank', 'bee', 'birthday',
  'blossom', 'blossoms', 'bouquet', 'break', 'breakfast', 'bunny', 'bush', 'butterfly', 'camp', 'campaign', 'cat',
  'caterpillar', 'celebration', 'centre', 'chain', 'challenge', 'chicken', 'church', 'cinema', 'class', 'classroom',
  'club', 'college', 'concert', 'cow', 'crab', 'crescent', 'crocodile', 'day', 'days', 'dinosaur', 'disco', 'dog',
  'donkey', 'dragon', 'drive', 'duck', 'elephant', 'elf', 'evening', 'event', 'fair', 'fairy', 'farm', 'fayre',
  'festival', 'fete', 'flower', 'flowers', 'friday', 'frog', 'fun', 'fundraiser', 'garden', 'gardens', 'giant',
  'gingerbread', 'giraffe', 'goat', 'gym', 'hedgehog', 'hen', 'hippo', 'holiday', 'holidays', 'horse', 'hospital',
  'hunt', 'ladybird', 'league', 'leaves', 'library', 'lion', 'lunch', 'market', 'meeting', 'monday', 'monkey',
  'monster', 'month', 'morning', 'mouse', 'museum', 'night', 'nursery', 'outing', 'owl', 'panda', 'parade', 'park',
  'party', 'penguin', 'petals', 'picnic', 'pig', 'pirate', 'playgroup', 'pony', 'princess', 'quiz', 'rabbit',
  'raffle', 'reindeer', 'road', 'robot', 'room', 'run', 'sale', 'saturday', 'school', 'season', 'service', 'session',
  'sessions', 'shark', 'sheep', 'show', 'snail', 'snake', 'snowman', 'solstice', 'spider', 'sports', 'squirrel',
  'station', 'story', 'street', 'sunday', 'superhero', 'supermarket', 'surgery', 'tea', 'term', 'thursday', 'tiger',
  'time', 'tombola', 'tree', 'trip', 'troll', 'tuesday', 'unicorn', 'valley', 'walk', 'wednesday', 'week', 'weekend', 'whale',
  'witch', 'wizard', 'workshop', 'worm', 'zebra', 'zoo',
];

/**
 * Titles written before a surname ("Mrs Patel", "Dr S. Whitcombe"); a title before a first name means another
 * person, not a child on the roster.
 */
export const titles: readonly string[] = [
  'capt', 'captain', 'cllr', 'coach', 'councillor', 'dame', 'doctor', 'dr', 'father', 'fr', 'imam', 'lady', 'lord',
  'madam', 'master', 'miss', 'mr', 'mrs', 'ms', 'mx', 'nurse', 'pastor', 'pc', 'prof', 'professor', 'queen', 'rabbi', 'rev',
  'revd', 'reverend', 'saint', 'sgt', 'sir', 'sister', 'st',
];

/**
 * Family words written before a first name ("Nana Joan", "Auntie Sue"): the first name alone, not a full name,
 * and never a first name themselves.
 */
export const relations: readonly string[] = [
  'aunt', 'auntie', 'aunty', 'baba', 'babcia', 'bibi', 'brother', 'cousin', 'dad', 'dada', 'daddy', 'dadi', 'dziadek',
  'godfather', 'godmother', 'grammy', 'gramps', 'grampy', 'gran', 'grandad', 'granddad', 'grandfather', 'grandma',
  'grandmother', 'grandpa', 'granny', 'mam', 'mama', 'mammy', 'mom', 'mommy', 'mum', 'mummy', 'nan', 'nana', 'nani',
  'nanna', 'nanny', 'nonna', 'nonno', 'oma', 'opa', 'papa', 'sister', 'stepdad', 'stepmum', 'uncle',
];

/**
 * Short words that are capitalised mid-sentence only in Title Case, so seeing several marks a sentence whose
 * capitals say nothing about names.
 */
export const functionWords: readonly string[] = [
  'a', 'about', 'after', 'all', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'in',
  'into', 'is', 'it', 'of', 'off', 'on', 'or', 'our', 'out', 'over', 'so', 'than', 'that', 'the', 'their', 'them',
  'then', 'these', 'they', 'this', 'to', 'up', 'was', 'we', 'were', 'with', 'you', 'your',
];

/**
 * Names most often given as a second first name ("Tilly Mae", "Evie Grace", "Sophie Louise"): after a first name
 * they are not a surname.
 */
export const middleNames: readonly string[] = [
  'ann', 'anne', 'belle', 'beth', 'faye', 'grace', 'jane', 'jo', 'joy', 'leigh', 'lou', 'louise', 'lynn', 'mae',
  'marie', 'rae', 'rose',
];

/**
 * Words that introduce a person by name ("thank you to Rose", "well done Summer", "happy birthday Robin", "Yusuf
 * and Daisy").
 */
export const nameLeadWords: readonly string[] = [
  'and', 'birthday', 'bravo', 'bye', 'cheers', 'congrats', 'congratulations', 'dear', 'done', 'from', 'goodbye',
  'hello', 'hey', 'hi', 'love', 'luck', 'meet', 'thank', 'thanks', 'to', 'welcome', 'well', 'with',
];

/** Words that open a sentence before the person it is about: "today ivanna went", "yesterday sam and his dad". */
export const sentenceOpeners: readonly string[] = [
  'also', 'and', 'earlier', 'finally', 'first', 'later', 'next', 'now', 'so', 'then', 'today', 'tonight', 'yesterday',
];

/**
 * Words after which a word-name such as "summer" or "rose" is the ordinary word: "a robin", "this summer", "our
 * summer fair", "during summer".
 */
export const notNameLeadWords: readonly string[] = [
  'a', 'all', 'an', 'any', 'during', 'each', 'early', 'every', 'her', 'his', 'in', 'its', 'last', 'late', 'mid', 'my',
  'next', 'no', 'of', 'our', 'per', 'some', 'that', 'the', 'their', 'these', 'this', 'those', 'throughout', 'until',
  'whole', 'your',
];

/**
 * Endings that mark a family name in many languages (Slavic -ov, -ova, -ić, -ski, -enko; Baltic -auskas, -iene,
 * -aite; Armenian -yan; Georgian -shvili, -dze; Turkish -oglu; Persian -zadeh, -pour; Romanian -escu; Greek
 * -poulos, -akis; Spanish -ez; Nordic -sson, -sen): a word no list knows, with one of these endings after a first
 * name, is a surname ("guljamol abdulhakimova", "bojana jovanović").
 */
export const surnameEndings: readonly string[] = [
  'adze', 'aite', 'akis', 'anu', 'auskas', 'auskiene', 'berger', 'chuk', 'cka', 'cki', 'czak', 'czyk', 'dottir',
  'dze', 'eanu', 'elli', 'enko', 'escu', 'etti', 'eva', 'evic', 'evich', 'evna', 'ez', 'gren', 'iadis', 'ic', 'idis',
  'iene', 'ienko', 'ietis', 'ii', 'iuk', 'ko', 'lund', 'mann', 'nejad', 'oglu', 'opoulos', 'otti', 'ov', 'ova', 'ovic', 'ovich',
  'ovna', 'poulos', 'pour', 'qvist', 'sen', 'shvili', 'ska', 'ski', 'skiy', 'sky', 'sson', 'strom', 'ucci', 'uk', 'ute',
  'wicz', 'yan', 'yte', 'yuk', 'zade', 'zadeh',
];
