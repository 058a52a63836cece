import { readBoxes, uuidOf, XMP_UUID, type Box } from '../structure/iso-boxes';
import { ensure, latin1, u32 } from '../location-removal/bytes';

/** Key names such as com.apple.quicktime.location.ISO6709 and its accuracy, name and body companions. */
const LOCATION_KEY = /location|gps/i;
const CONTAINERS = new Set(['moov', 'trak', 'udta']);
const XYZ = '\u00a9xyz';
/** Real movies nest user data two or three boxes deep; a file nesting deeper is refused, not recursed into. */
const MAX_DEPTH = 8;

/** One place in a movie box that gives where it was filmed. */
export type MovieLocation =
  /** QuickTime user data ©xyz: a length, a language, then ISO 6709 text. */
  | { kind: 'user-data'; box: Box }
  /** A metadata item (iTunes ©xyz, or an mdta key such as com.apple.quicktime.location.ISO6709): a 'data' child holds the value. */
  | { kind: 'item'; box: Box; key: string }
  /** The 3GPP location box. */
  | { kind: 'loci'; box: Box }
  /** An XMP packet (udta/XMP_ or Adobe's uuid box). */
  | { kind: 'xmp'; box: Box; start: number };

function keyNames(b: Uint8Array, keys: Box): string[] {
  const names: string[] = [];
  const count = u32(b, keys.content + 4);
  let at = keys.content + 8;
  for (let i = 0; i < count && at + 8 <= keys.end; i++) {
    const size = u32(b, at);
    if (size < 8 || at + size > keys.end) break;
    names.push(latin1(b, at + 8, at + size));
    at += size;
  }
  return names;
}

interface MetadataItem {
  box: Box;
  /** An mdta key name, or the item's own four letters (iTunes style). */
  key: string;
  /** The key is a name from the 'keys' box. */
  named: boolean;
}

/** Every item of a metadata box, with its key. */
function metadataItems(b: Uint8Array, meta: Box): MetadataItem[] {
  if (meta.end - meta.content < 12) return [];
  // ISO's meta box starts with version and flags; QuickTime's goes straight to its handler.
  const content = latin1(b, meta.content + 4, meta.content + 8) === 'hdlr' ? meta.content : meta.content + 4;
  const children = readBoxes(b, content, meta.end);
  const keys = children.find((box) => box.type === 'keys');
  const names = keys ? keyNames(b, keys) : [];
  const items: MetadataItem[] = [];
  for (const list of children) {
    if (list.type !== 'ilst') continue;
    for (const item of readBoxes(b, list.content, list.end)) {
      // In mdta metadata an item's type is the 1-based index of its key.
      const key = keys ? names[u32(b, item.start + 4) - 1] : item.type;
      if (key !== undefined || item.type === XYZ) items.push({ box: item, key: item.type === XYZ ? XYZ : key, named: keys !== undefined });
    }
  }
  return items;
}

function metadataLocations(b: Uint8Array, meta: Box, found: MovieLocation[]): void {
  for (const { box, key, named } of metadataItems(b, meta)) {
    if (key === XYZ || (named && LOCATION_KEY.test(key))) found.push({ kind: 'item', box, key });
  }
}

/** The keys a video's keywords are kept under: Apple's mdta key, and the iTunes-style item exiftool calls Keyword. */
const KEYWORD_KEYS = new Set(['com.apple.quicktime.keywords', 'keyw']);

/**
 * The metadata items that hold a video's keywords, in the movie and its
 * tracks, found by the same walk as its locations. Each item's text is one
 * keyword as exiftool lists it.
 */
export function findMovieKeywords(b: Uint8Array, parent: Box, depth = 0, found: Box[] = []): Box[] {
  ensure(depth < MAX_DEPTH);
  for (const box of readBoxes(b, parent.content, parent.end)) {
    if (CONTAINERS.has(box.type)) findMovieKeywords(b, box, depth + 1, found);
    else if (box.type === 'meta') for (const item of metadataItems(b, box)) if (KEYWORD_KEYS.has(item.key)) found.push(item.box);
  }
  return found;
}

/**
 * Every place in a movie box (`parent`, in `b`) that gives where it was
 * filmed: ©xyz user data (QuickTime, Android), location keys in mdta metadata
 * (iPhone), the 3GPP loci box and XMP, in the movie and in each track. The one
 * walk the reader decodes and the cleaner frees, so both find the same boxes.
 */
export function findMovieLocations(b: Uint8Array, parent: Box, depth = 0, found: MovieLocation[] = []): MovieLocation[] {
  ensure(depth < MAX_DEPTH);
  for (const box of readBoxes(b, parent.content, parent.end)) {
    if (CONTAINERS.has(box.type)) findMovieLocations(b, box, depth + 1, found);
    else if (box.type === 'meta') metadataLocations(b, box, found);
    else if (box.type === XYZ) found.push({ kind: 'user-data', box });
    else if (box.type === 'loci') found.push({ kind: 'loci', box });
    else if (box.type === 'XMP_') found.push({ kind: 'xmp', box, start: box.content });
    else if (box.type === 'uuid' && uuidOf(b, box) === XMP_UUID) found.push({ kind: 'xmp', box, start: box.content + 16 });
  }
  return found;
}
