/**
 * Characters, stories, rhymes and well-known figures whose names are shaped like a
 * person's ("Peppa Pig", "Robin Hood", "Jack Frost", "Noah's Ark", "Jack and the
 * Beanstalk"): not people to protect, and not a roster child who shares a first name.
 * Lower case, apostrophes plain.
 */

/** Multi-word names of characters, stories and public figures. */
export const characters: readonly string[] = [
  'alice in wonderland', 'amazing grace', 'amelia earhart', 'axel scheffler', 'baby jesus', 'barnaby bear',
  'beatrix potter', 'ben and holly', 'benjamin bunny', 'bert and ernie', 'biff and chip', 'biff chip and kipper',
  'big ears', 'big ted', 'billy goats gruff', 'bing bunny', 'bo peep', 'bob the builder', 'bobby shafto',
  'bruce wayne', 'bugs bunny', 'buzz lightyear', 'candy cat', 'captain america', 'captain hook', 'captain tom',
  'charlie and lola', 'charlie brown', 'charlie bucket', 'cheshire cat', 'chicken licken', 'christopher robin',
  'clark kent', 'cookie monster', 'curious george', 'daddy pig', 'daffy duck', 'daisy duck', 'daisy the diesel',
  "daniel in the lions' den", 'danny dog', 'david and goliath', 'dear zoo', 'doc mcstuffins', 'doctor foster',
  'donald duck', 'dora the explorer', 'easter bunny', 'edward the blue engine', 'elmer and rose',
  'elmer the elephant', 'emily brown', 'emily elephant', 'emily the engine', 'enid blyton', 'eric carle',
  'father christmas', 'fifi and the flowertots', 'fireman sam', 'florence nightingale', 'freddy fox', 'friar tuck',
  'frosty the snowman', 'george and the dragon', 'george pig', 'georgie porgie', 'goldilocks and the three bears',
  'gordon the big engine', 'grace darling', 'grand old duke of york', 'grandpa pig', 'granny pig', 'guy fawkes',
  'hairy maclary', "handa's surprise", 'hansel and gretel', 'harold and the purple crayon',
  'harry and the bucketful of dinosaurs', 'harry potter', 'hattie and the fox', 'henny penny',
  'henry the green engine', 'hermione granger', 'hey duggee', 'humpty dumpty', 'iggle piggle', 'iron man',
  'jack and jill', 'jack and the beanstalk', 'jack and the flumflum tree', 'jack and the giant', 'jack be nimble',
  'jack frost', 'jack horner', 'jack skellington', 'jack sprat', 'jack-in-the-box', 'james the red engine',
  "jasper's beanstalk", 'jemima puddle-duck', 'jeremy fisher', 'jonah and the whale', "joseph's coat", 'judith kerr',
  'julia donaldson', "justin's house", 'katie morag', 'kermit the frog', 'king charles', 'king herod',
  'kipper the dog', "kipper's birthday", 'little bo peep', 'little boy blue', 'little jack horner', 'little john',
  'little miss', 'little miss muffet', 'little red riding hood', 'little ted', 'lucy locket', 'mad hatter',
  'madame gazelle', 'maid marian', 'maisy mouse', 'makka pakka', 'martin luther king', 'mary and joseph',
  'mary had a little lamb', 'mary mary quite contrary', 'mary poppins', 'mary seacole', 'matilda wormwood',
  'meg and mog', 'michael rosen', 'mickey mouse', 'mighty pups', 'minnie mouse', 'miss honey', 'miss muffet',
  'miss piggy', 'miss rabbit', 'miss trunchbull', 'mog the cat', 'mother christmas', 'mother goose', 'mr benn',
  'mr bull', "mr gumpy's outing", 'mr jeremy fisher', 'mr men', 'mr plod', 'mr potato', 'mr tumble',
  "mr wolf's pancakes", 'mrs armitage', 'mrs claus', "mrs honey's hat", 'mrs tiggy-winkle', 'mummy pig', 'nanny plum',
  'neil armstrong', 'nelson mandela', "noah's ark", 'norman price', 'not now bernard', 'old king cole',
  'old macdonald', 'old macdonald had a farm', 'old mother hubbard', 'oliver twist', "oliver's fruit salad",
  "oliver's milkshake", "oliver's vegetables", 'paddington bear', 'paw patrol', 'pedro pony', 'peppa pig',
  'percy the engine', 'percy the park keeper', 'peter pan', 'peter parker', 'peter piper', 'peter rabbit',
  'polly put the kettle on', 'postman pat', 'prince george', 'prince louis', 'prince william', 'princess charlotte',
  'pudsey bear', 'queen elizabeth', 'queen victoria', 'rainbow bear', 'rebecca rabbit', 'red riding hood',
  'richard rabbit', 'roald dahl', 'robin hood', 'rod campbell', 'ron weasley', 'room on the broom', 'rosa parks',
  'rosie and jim', 'rosie the engine', "rosie's walk", 'rudolph the red-nosed reindeer', 'ryder and chase',
  'saint andrew', 'saint david', 'saint george', 'saint nicholas', 'saint patrick', 'saint valentine', 'santa claus',
  'sarah and duck', 'shaun the sheep', 'sid the science kid', 'simple simon', 'sleeping beauty', 'snow white',
  'sofia the first', 'something special', 'spider-man', 'spot the dog', 'squirrel nutkin', 'st andrew', 'st david',
  'st george', 'st nicholas', 'st nick', 'st patrick', 'st swithin', 'st valentine', "stanley's stick", 'stick man',
  'suzy sheep', 'tabby mctat', 'the bfg', 'the cat in the hat', 'the gingerbread man', 'the gruffalo',
  'the little red hen', 'the snail and the whale', 'the tiger who came to tea', 'the very hungry caterpillar',
  'thomas and friends', 'thomas the tank engine', 'three billy goats gruff', 'three kings', 'three wise men',
  'tim peake', 'timmy time', 'tinker bell', 'toby the tram engine', 'tom and jerry', 'tom kitten', 'tom moore',
  'tom thumb', 'tooth fairy', 'topsy and tim', 'upsy daisy', 'wallace and gromit', "we're going on a bear hunt",
  'wee willie winkie', 'wendy darling', "where's wally", 'white rabbit', 'will scarlet', 'willy wonka',
  'winnie the pooh', 'winnie the witch', 'wonder woman', 'woody and buzz', 'zoe zebra', 'zog and the flying doctors',
];

/**
 * Foods, plants, animals, shops and customs named after people ("Victoria sponge", "Jack Russell", "Granny
 * Smith").
 */
export const namedThings: readonly string[] = [
  'apple charlotte', 'bakewell tart', 'beef wellington', 'billy bookcase', 'black-eyed susan', 'bloody mary',
  'blwyddyn newydd dda', 'caesar salad', 'charlotte russe', 'chicken kiev', 'cock robin', 'creeping jenny',
  'daddy long legs', 'dydd gwyl dewi', 'earl grey', 'eggs benedict', 'eid al-adha', 'eid al-fitr', 'eid mubarak',
  "eve's pudding", 'garibaldi biscuit', 'granny smith', 'granny smiths', 'harvey nichols', 'herb robert',
  'jack o lantern', 'jack russell', 'jack russells', 'jack-by-the-hedge', 'jacks and jills', 'jesus christ',
  'john lewis', 'lady grey', 'laura ashley', 'lazy susan', 'lords and ladies', 'marks & spencer', 'marks and spencer',
  'morris dancers', 'morris dancing', 'nadolig llawen', 'peach melba', 'ragged robin', 'ramadan kareem',
  'ramadan mubarak', 'robin red breast', 'robin redbreast', 'ronald mcdonald', 'sally lunn', 'sweet william',
  'ted baker', 'tom thumb tomatoes', 'union jack', 'victoria sponge',
];

/**
 * Places and dishes whose two words look like a first name and a surname ("Milton Keynes", "Abu Dhabi", "tikka
 * masala"): never a person.
 */
export const namelikePlacesAndDishes: readonly string[] = [
  'abu dhabi', 'addis ababa', 'ashby de la zouch', 'barnard castle', 'bishop auckland', 'buenos aires',
  'burkina faso', 'chicken tikka masala', 'chipping norton', 'chow mein', 'costa rica', 'dar es salaam', 'dim sum',
  'el salvador', 'hemel hempstead', 'hong kong', 'kuala lumpur', 'leighton buzzard', 'los angeles', 'melton mowbray',
  'milford haven', 'milton keynes', 'newton abbot', 'pad thai', 'pak choi', 'puerto rico', 'rio de janeiro',
  'saffron walden', 'san francisco', 'saudi arabia', 'sierra leone', 'sri lanka', 'stoke newington',
  'sutton coldfield', 'tel aviv', 'tikka masala',
];
