/**
 * Words for people and organisations, by who they are to the setting: what a remark or a
 * piece of information can be about. Plurals are listed; a space also matches a hyphen.
 */

/** Children, as a group or one of them. */
export const childWords: readonly string[] = [
  'babies',
  'baby',
  'boy',
  'boys',
  'child',
  'children',
  'class',
  'girl',
  'girls',
  'group',
  'kid',
  'kids',
  'little one',
  'little ones',
  'pre schooler',
  'pre schoolers',
  'pupils',
  'toddler',
  'toddlers',
];

/** Parents, carers and families. */
export const familyWords: readonly string[] = [
  'carers',
  'dad',
  'dads',
  'families',
  'family',
  'grandparents',
  'grown ups',
  'mum',
  'mums',
  'parent',
  'parents',
  'people',
];

/** Colleagues, inside the setting. */
export const colleagueWords: readonly string[] = [
  'agency cover',
  'agency staff',
  'apprentice',
  'apprentices',
  'colleague',
  'colleagues',
  'cover staff',
  'new starter',
  'new starters',
  'staff',
  'staff member',
  'student',
  'students',
  'supply staff',
];

/** Professionals the setting works with. */
export const professionalWords: readonly string[] = [
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'consultant',
  'consultants',
  'dentist',
  'dentists',
  'doctor',
  'doctors',
  'early years team',
  'gp',
  'gps',
  'head teacher',
  'headteacher',
  'health visitor',
  'health visitors',
  'inspector',
  'inspectors',
  'locum',
  'midwife',
  'nurse',
  'nurses',
  'officer',
  'officers',
  'paediatrician',
  'receptionist',
  'receptionists',
  'social worker',
  'social workers',
  'speech and language team',
  'teacher',
  'teachers',
  'therapist',
  'therapists',
];

/** Organisations, and what they provide. */
export const organisationWords: readonly string[] = [
  'academy',
  'agency',
  'authority',
  'childminder',
  'childminders',
  'company',
  'council',
  'councils',
  'department',
  'dfe',
  'government',
  'hmrc',
  'hospital',
  'local authority',
  'management',
  'nhs',
  'nurseries',
  'nursery',
  'ofsted',
  'pre school',
  'pre schools',
  'preschool',
  'school',
  'schools',
  'service',
  'services',
  'setting',
  'settings',
  'supplier',
  'suppliers',
  'surgery',
  'town hall',
  'trust',
];

/**
 * Roles that one person holds ("our cook", "our new apprentice"): after "our" they point at
 * a colleague as surely as a name.
 */
export const singleRoles: readonly string[] = [
  'administrator',
  'apprentice',
  'bursar',
  'caretaker',
  'chef',
  'cleaner',
  'cook',
  'deputy',
  'deputy manager',
  'manager',
  'nursery manager',
  'owner',
  'receptionist',
  'room leader',
  'senco',
  'sendco',
  'student',
  'volunteer',
];

/** Group words that, after "one of our", point at one person ("one of our little ones"). */
export const oneOfGroups: readonly string[] = [
  'babies',
  'boys',
  'children',
  'colleagues',
  'dads',
  'families',
  'girls',
  'key workers',
  'kids',
  'little ones',
  'mums',
  'parents',
  'practitioners',
  'pre schoolers',
  'staff',
  'team',
  'toddlers',
];

/** Words for the team itself, whose gentle jokes about itself are not aimed at anyone. */
export const selfWords: readonly string[] = ['i', 'me', 'myself', 'ourselves', 'us', 'we'];

/** After "our", these mean the team itself ("our staff team", "our staff room coffee"). */
export const ourTeamWords: readonly string[] = [
  'nursery',
  'pre school',
  'preschool',
  'setting',
  'staff',
  'staff team',
  'team',
];
