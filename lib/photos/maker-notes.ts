/**
 * Camera makers' own records (EXIF MakerNote) that hold where a photo was
 * taken. Panasonic's GPS compacts keep the place names they looked up from
 * their map: Location, Country, State, City, Landmark and City2, as text
 * padded with zeros ("---" when there was none).
 */
export const PANASONIC_HEADER = 'Panasonic\0\0\0';
export const PANASONIC_PLACE_TAGS: ReadonlySet<number> = new Set([0x67, 0x69, 0x6b, 0x6d, 0x6f, 0x80]);
export const MAKER_NOTE_TAG = 0x927c;

/** A place value that says nowhere: empty, zeros, or Panasonic's "---". */
export const blankPlace = (text: string): boolean => /^[\s\0-]*$/.test(text);
