import type { Rule } from './rule';
import childNamedWithPhoto from './child-named-with-photo';
import contactDetails from './contact-details';
import fullName from './full-name';
import fullNameWithPhoto from './full-name-with-photo';
import identifiableFace from './identifiable-face';
import missingConsentTag from './missing-consent-tag';
import namedChildWithoutConsent from './named-child-without-consent';
import negativeComment from './negative-comment';
import personalInformation from './personal-information';
import photoLocation from './photo-location';
import photoUnchecked from './photo-unchecked';
import profanity from './profanity';
import semiClothedActivity from './semi-clothed-activity';

/** Every rule, alphabetically, listed by hand so nothing is picked up by accident. */
export const rules: readonly Rule[] = [
  childNamedWithPhoto,
  contactDetails,
  fullName,
  fullNameWithPhoto,
  identifiableFace,
  missingConsentTag,
  namedChildWithoutConsent,
  negativeComment,
  personalInformation,
  photoLocation,
  photoUnchecked,
  profanity,
  semiClothedActivity,
];
