import type { Span } from '../spans';

/** Which kind of contact detail a match is; also the rule's message id. */
export type ContactKind = 'phone' | 'email' | 'postcode' | 'address';

/** A contact detail found in text, with a key that is the same however it was formatted. */
export interface ContactMatch extends Span {
  kind: ContactKind;
  /** Equal for two ways of writing the same contact ("+44 113 496 0752" and "(0113) 4960752"). */
  key: string;
}
