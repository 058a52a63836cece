import type { GeoPosition } from '../types';
import { be16, be32, utf8Text, zeroAt } from './binary';
import type { ByteReader } from './byte-reader';
import type { Embedded } from './embedded';
import { position } from './geo';
import { child, type Box } from '../structure/iso-boxes';
import { findMovieKeywords, findMovieLocations } from './movie-locations';
import { PROBLEM, Unreadable } from './problems';
import { cammPositions, findTimedLocationTracks, gpmfPositions, sampleItems } from './timed-locations';

const LOCATION_KEY = 'com.apple.quicktime.location.ISO6709';
const XYZ = '\u00a9xyz';

/** One angle of ISO 6709: degrees, degrees and minutes, or degrees, minutes and seconds, told apart by the digits before the point. */
function angle(text: string, degreeDigits: number): number {
  const [whole, fraction = ''] = text.slice(1).split('.');
  const parts = [whole.slice(0, degreeDigits), whole.slice(degreeDigits, degreeDigits + 2), whole.slice(degreeDigits + 2)];
  const units = parts.filter(Boolean).length;
  parts[units - 1] += fraction ? `.${fraction}` : '';
  const [degrees, minutes, seconds] = parts.map((part) => Number(part || 0));
  const value = degrees + minutes / 60 + seconds / 3600;
  return text[0] === '-' ? -value : value;
}

/** A position written as ISO 6709, e.g. "+53.8000-001.5500+010.000/", as phones tag videos. */
export function fromIso6709(text: string): GeoPosition | undefined {
  const match = /^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)/.exec(text);
  return match ? position(angle(match[1], 2), angle(match[2], 3)) : undefined;
}

/** The 3GPP location box: a name, a role, then longitude, latitude and altitude as signed 16.16 fixed point. */
function fromLoci(bytes: Uint8Array, loci: Box): GeoPosition | undefined {
  const nameAt = loci.content + 6;
  // The name is UTF-8 ending in a zero byte, or UTF-16 (with a byte-order mark) ending in two.
  let nameEnd = zeroAt(bytes, nameAt) + 1;
  if (bytes[nameAt] === 0xfe && bytes[nameAt + 1] === 0xff) {
    nameEnd = nameAt + 2;
    while (nameEnd + 1 < loci.end && (bytes[nameEnd] || bytes[nameEnd + 1])) nameEnd += 2;
    nameEnd += 2;
  }
  const at = nameEnd + 1;
  if (at + 8 > loci.end) return undefined;
  const fixed = (o: number): number => (be32(bytes, o) | 0) / 65536;
  return position(fixed(at + 4), fixed(at));
}

/** The text of an iTunes-style item: its 'data' child holds a type, a locale, then the value. */
function itemText(bytes: Uint8Array, item: Box): string | undefined {
  const data = child(bytes, item, 'data');
  return data ? utf8Text(bytes.subarray(data.content + 8, data.end)) : undefined;
}

/** A QuickTime user-data string (moov/udta/©xyz): a length, a language, then the text. */
function userDataText(bytes: Uint8Array, box: Box): string {
  const length = be16(bytes, box.content);
  return utf8Text(bytes.subarray(box.content + 4, Math.min(box.end, box.content + 4 + length)));
}

/** A location track's first samples say where filming began; reading on would only cost time. */
const SAMPLES_READ = 8;
/** A phone's location sample is a few dozen bytes; one far bigger is not read whole. */
const MAX_SAMPLE_BYTES = 64 * 1024;

/** How the notice names each kind of track: "a location (…) in its action camera data". */
const SOURCES = { mebx: 'QuickTime', gpmd: 'action camera', camm: 'camera motion' } as const;

/** The first fix in a GPMF sample's GPS5/GPS9 values, scaled as its stream says. */
function gpmfFix(bytes: Uint8Array): GeoPosition | undefined {
  for (const { start, end, size, scale } of gpmfPositions(bytes)) {
    for (let at = start; at + 8 <= end; at += size) {
      const gps = position((be32(bytes, at) | 0) / (scale[0] || 1), (be32(bytes, at + 4) | 0) / (scale[1] || scale[0] || 1));
      if (gps) return gps;
    }
  }
  return undefined;
}

/** The first fix in a camm sample's GPS records. */
function cammFix(bytes: Uint8Array): GeoPosition | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const { start } of cammPositions(bytes)) {
    const gps = position(view.getFloat64(start, true), view.getFloat64(start + 8, true));
    if (gps) return gps;
  }
  return undefined;
}

/** What one mebx sample's location items say: positions in ISO 6709, and place names. */
function mebxItems(bytes: Uint8Array, keys: Map<number, string>, found: Embedded): GeoPosition | undefined {
  let gps: GeoPosition | undefined;
  for (const item of sampleItems(bytes)) {
    const name = keys.get(item.key);
    const value = name === undefined ? '' : utf8Text(bytes.subarray(item.start, item.end)).replace(/\0+$/, '').trim();
    if (!name || !value) continue;
    if (name.endsWith('location.name')) found.places.push({ name: value, source: 'QuickTime' });
    gps ??= fromIso6709(value);
  }
  return gps;
}

/**
 * Where a timed location track (a 'mebx' track's ISO 6709 samples, an action
 * camera's GPMF, Android's camera motion records) says filming began, and any
 * place name it gives.
 */
async function readTimedLocations(reader: ByteReader, moov: Uint8Array, box: Box, found: Embedded): Promise<void> {
  for (const track of findTimedLocationTracks(moov, box)) {
    for (const sample of track.samples.slice(0, SAMPLES_READ)) {
      if (sample.length > MAX_SAMPLE_BYTES) throw new Unreadable(PROBLEM.tooLarge);
      const bytes = await reader.exactly(sample.at, sample.length);
      const gps = track.format === 'gpmd' ? gpmfFix(bytes) : track.format === 'camm' ? cammFix(bytes) : mebxItems(bytes, track.keys, found);
      if (gps) {
        found.locations.push({ gps, source: SOURCES[track.format] });
        break;
      }
    }
  }
}

/** Movie boxes run to a few megabytes for an hour of 4K; one that claims more is not a phone's. */
const MAX_MOVIE_BOX_BYTES = 8 * 1024 * 1024;

/**
 * Reads a movie's location and XMP from its 'moov' box (`moov` gives offsets
 * in the file), at the very places the cleaner removes them from
 * (findMovieLocations): the movie's and each track's user data and metadata,
 * then the first samples of any timed location track.
 */
export async function readMovie(reader: ByteReader, moov: Box, found: Embedded): Promise<void> {
  if (moov.end - moov.start > MAX_MOVIE_BOX_BYTES) throw new Unreadable(PROBLEM.tooLarge);
  const bytes = await reader.exactly(moov.start, moov.end - moov.start);
  const box = { type: 'moov', start: 0, content: moov.content - moov.start, end: bytes.length };
  for (const location of findMovieLocations(bytes, box)) {
    if (location.kind === 'xmp') {
      found.xmp.push(bytes.subarray(location.start, location.box.end));
      continue;
    }
    if (location.kind === 'item' && location.key !== LOCATION_KEY && location.key !== XYZ) {
      const name = location.key.endsWith('location.name') ? itemText(bytes, location.box)?.trim() : undefined;
      if (name) found.places.push({ name, source: 'QuickTime' });
      continue;
    }
    const gps =
      location.kind === 'loci'
        ? fromLoci(bytes, location.box)
        : fromIso6709((location.kind === 'item' ? itemText(bytes, location.box) : userDataText(bytes, location.box)) ?? '');
    if (gps) found.locations.push({ gps, source: location.kind === 'loci' ? '3GPP' : 'QuickTime' });
  }
  for (const item of findMovieKeywords(bytes, box)) {
    const keyword = itemText(bytes, item)?.trim();
    if (keyword) found.keywords.push(keyword);
  }
  await readTimedLocations(reader, bytes, box, found);
}
