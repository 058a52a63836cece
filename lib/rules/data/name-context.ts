/**
 * The words around a name that say whether it is a person's name (the contract's
 * "not flagged" list: titles, relations, places, businesses, Title Case text).
 */

/** Words that turn a name-shaped phrase before them into a place, business, team or room: "Jenny Wren Farm", "Reid & Sons", "Kirkgate Leisure Centre", "Robin Room". */
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
  'lodge', 'ltd', 'manor', 'market', 'meadow', 'meadows', 'memorial', 'mews', 'mill', 'mills', 'motors', 'mount',
  'museum', 'nurseries', 'nursery', 'opticians', 'orchard', 'parade', 'parish', 'park', 'partners', 'pharmacy',
  'place', 'playgroup', 'plc', 'plumbing', 'pool', 'pre-school', 'preschool', 'primary', 'productions', 'pub', 'quay',
  'rangers', 'removals', 'restaurant', 'rfc', 'road', 'room', 'rovers', 'row', 'rugby', 'salon', 'school', 'services',
  'shop', 'society', 'solicitors', 'sons', 'square', 'stadium', 'station', 'store', 'stores', 'street', 'studio',
  'studios', 'supermarket', 'surgery', 'swimming', 'taxis', 'team', 'tennis', 'terrace', 'theatre', 'tower', 'town',
  'trust', 'unit', 'united', 'university', 'veterinary', 'vets', 'view', 'village', 'way', 'wharf', 'wood', 'woods',
  'works', 'yard', 'zoo',
];

/** Capitalised words that follow a first name in ordinary phrases but are never surnames there: events, times, seasons and the places no family is named after ("Summer Fair", "May Day", "Rose Garden", "Victoria Station"). */
export const notSurnames: readonly string[] = [
  'academy', 'airport', 'appeal', 'assembly', 'avenue', 'bake', 'ball', 'bank', 'birthday', 'blossom', 'blossoms',
  'bouquet', 'break', 'breakfast', 'bush', 'camp', 'campaign', 'celebration', 'centre', 'chain', 'challenge',
  'church', 'cinema', 'class', 'classroom', 'club', 'college', 'concert', 'crescent', 'day', 'days', 'disco', 'drive',
  'evening', 'event', 'fair', 'farm', 'fayre', 'festival', 'fete', 'flower', 'flowers', 'friday', 'fun', 'fundraiser',
  'garden', 'gardens', 'gym', 'holiday', 'holidays', 'hospital', 'hunt', 'league', 'leaves', 'library', 'lunch',
  'market', 'meeting', 'monday', 'month', 'morning', 'museum', 'night', 'nursery', 'outing', 'parade', 'park',
  'party', 'petals', 'picnic', 'playgroup', 'quiz', 'raffle', 'road', 'room', 'run', 'sale', 'saturday', 'school',
  'season', 'service', 'session', 'sessions', 'show', 'solstice', 'sports', 'station', 'story', 'street', 'sunday',
  'supermarket', 'surgery', 'tea', 'term', 'thursday', 'time', 'tombola', 'tree', 'trip', 'tuesday', 'walk',
  'wednesday', 'week', 'weekend', 'workshop', 'zoo',
];

/** Titles written before a surname ("Mrs Patel", "Dr S. Whitcombe"); a title before a first name means another person, not a child on the roster. */
export const titles: readonly string[] = [
  'capt', 'captain', 'cllr', 'coach', 'councillor', 'dame', 'doctor', 'dr', 'father', 'fr', 'imam', 'lady', 'lord',
  'madam', 'master', 'miss', 'mr', 'mrs', 'ms', 'mx', 'nurse', 'pastor', 'pc', 'prof', 'professor', 'rabbi', 'rev',
  'revd', 'reverend', 'saint', 'sgt', 'sir', 'sister', 'st',
];

/** Family words written before a first name ("Nana Joan", "Auntie Sue"): the first name alone, not a full name, and never a first name themselves. */
export const relations: readonly string[] = [
  'aunt', 'auntie', 'aunty', 'baba', 'babcia', 'bibi', 'brother', 'cousin', 'dad', 'dada', 'daddy', 'dadi', 'dziadek',
  'godfather', 'godmother', 'grammy', 'gramps', 'grampy', 'gran', 'grandad', 'granddad', 'grandfather', 'grandma',
  'grandmother', 'grandpa', 'granny', 'mam', 'mama', 'mammy', 'mom', 'mommy', 'mum', 'mummy', 'nan', 'nana', 'nani',
  'nanna', 'nanny', 'nonna', 'nonno', 'oma', 'opa', 'papa', 'sister', 'stepdad', 'stepmum', 'uncle',
];

/** Short words that are capitalised mid-sentence only in Title Case, so seeing several marks a sentence whose capitals say nothing about names. */
export const functionWords: readonly string[] = [
  'a', 'about', 'after', 'all', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'in',
  'into', 'is', 'it', 'of', 'off', 'on', 'or', 'our', 'out', 'over', 'so', 'than', 'that', 'the', 'their', 'them',
  'then', 'these', 'they', 'this', 'to', 'up', 'was', 'we', 'were', 'with', 'you', 'your',
];

/** Words that introduce a person by name ("thank you to Rose", "well done Summer", "happy birthday Robin", "Yusuf and Daisy"). */
export const nameLeadWords: readonly string[] = [
  'and', 'birthday', 'bravo', 'bye', 'cheers', 'congrats', 'congratulations', 'dear', 'done', 'from', 'goodbye',
  'hello', 'hey', 'hi', 'love', 'luck', 'meet', 'thank', 'thanks', 'to', 'welcome', 'well', 'with',
];

/** Words after which a word-name such as "summer" or "rose" is the ordinary word: "a robin", "this summer", "our summer fair", "during summer". */
export const notNameLeadWords: readonly string[] = [
  'a', 'all', 'an', 'any', 'during', 'each', 'early', 'every', 'her', 'his', 'in', 'its', 'last', 'late', 'mid', 'my',
  'next', 'no', 'of', 'our', 'per', 'some', 'that', 'the', 'their', 'these', 'this', 'those', 'throughout', 'until',
  'whole', 'your',
];
