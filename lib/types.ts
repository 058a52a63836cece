/**
 * The shapes every part of Ask Yourself shares: the content script, the options
 * page, the command-line checker and the tests. Names and ids follow
 * the contract (README.md's rule table); changing them is a versioned change.
 */

/** Every rule id in the contract, in the contract's order. */
export const RULE_IDS = [
  'full-name-with-photo',
  'full-name',
  'named-child-without-consent',
  'semi-clothed-activity',
  'photo-location',
  'missing-consent-tag',
  'contact-details',
  'profanity',
  'photo-unchecked',
  'child-named-with-photo',
  'personal-information',
  'negative-comment',
  'identifiable-face',
] as const;

/** One of the contract's rule ids. */
export type RuleId = (typeof RULE_IDS)[number];

/** Severities from least to most strict. */
export const SEVERITIES = ['off', 'warn', 'justify', 'block'] as const;

/**
 * What a finding allows: `off` is not checked, `warn` may be posted after reading,
 * `justify` needs a typed reason, `block` cannot be posted until the draft changes.
 */
export type Severity = (typeof SEVERITIES)[number];

/** The sites the extension protects. */
export const PLATFORMS = ['facebook', 'instagram', 'x'] as const;

/** One of the sites the extension protects. */
export type Platform = (typeof PLATFORMS)[number];

/** A span of the post's own text: offsets index the text exactly as the person typed it. */
export interface TextEvidence {
  kind: 'text';
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The words as they appear in the post. */
  text: string;
}

/** What was found in (or could not be read from) an attached photo or video. */
export interface PhotoEvidence {
  kind: 'photo';
  /** The file's name as the person attached it. */
  file: string;
  /** A short plain-English account of what was found, e.g. "GPS location 53.80° N, 1.55° W". */
  found: string;
}

/** The text span or photo that a finding is about. */
export type Evidence = TextEvidence | PhotoEvidence;

/** One thing the checker found, ready to show a member of staff. */
export interface Finding {
  rule: RuleId;
  severity: Exclude<Severity, 'off'>;
  /** An "Ask yourself" question and the policy's reason, in plain UK English. */
  message: string;
  evidence: Evidence;
}

/** A GPS position read from a photo or video. */
export interface GeoPosition {
  latitude: number;
  longitude: number;
}

/**
 * What the checker needs to know about one attached photo or video, read from
 * its metadata on the device. Built by `lib/photos`; rules never read files.
 */
export interface PhotoSummary {
  /** The file's name as attached. */
  name: string;
  /** False when the file could not be read; `problem` then says why in plain words. */
  readable: boolean;
  /** Why the file could not be read, for the member of staff, e.g. "the file is empty". */
  problem?: string;
  /** The embedded location, if any. */
  gps?: GeoPosition;
  /** Where the location was found, e.g. "EXIF", "XMP". */
  gpsSource?: string;
  /** A place name the metadata gives for where it was taken ("Moore family farm"), if any. */
  place?: string;
  /** Where the place name was found: "IPTC" or "XMP". */
  placeSource?: string;
  /** Keywords from XMP dc:subject, IPTC Keywords and Windows XPKeywords. */
  keywords: string[];
  /** Whether the file is a still photo or a video, when it could be read; messages name it so. */
  kind?: 'photo' | 'video';
  /** What the picture itself shows, once it was looked at on the device (faces, writing); absent when not looked at. */
  sight?: PhotoSight;
}

/**
 * A face seen in a picture, as a box in fractions (0 to 1) of the picture as
 * shown (its orientation applied), so it fits any size the picture is drawn at.
 */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The detector's confidence, 0 to 1. */
  score: number;
}

/** What was seen in one photo (or a video's opening frames), by detection and OCR run on the device. */
export interface PhotoSight {
  /** Faces seen; absent when faces were not looked for. Nothing that identifies a person is kept. */
  faces?: FaceBox[];
  /** The writing read in the picture, absent when it was not read. */
  writing?: string;
  /** Why the picture could not be looked at (or not in time), in plain words; the checks then report it unchecked. */
  problem?: string;
}

/** A draft post as the checker sees it. */
export interface Post {
  text: string;
  photos: PhotoSummary[];
  platform?: Platform;
}
