import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

/** Independent witnesses for the location-removal tests: exiftool, ImageMagick, ffmpeg and small stream readers. */

const FIXTURES = new URL('../../fixtures/location/', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'location-removal-'));
let written = 0;

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export function toolWorks(command: string, args: string[]): boolean {
  return spawnSync(command, args).status === 0;
}

/** Writes bytes to a scratch file with the same extension, since some tools go by it. */
export function scratchFile(bytes: Uint8Array, like: string): string {
  const path = join(scratch, `${written++}${extname(like)}`);
  writeFileSync(path, bytes);
  return path;
}

function run(command: string, args: string[]): Buffer {
  const result = spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function md5(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

/** Every tag exiftool finds, embedded documents included, keyed "Group:Tag"; the file system's own tags left out. */
export function exiftoolTags(path: string): Record<string, unknown> {
  const [tags] = JSON.parse(run('exiftool', ['-j', '-a', '-G1', '-n', '-ee3', path]).toString()) as Record<string, unknown>[];
  return Object.fromEntries(Object.entries(tags).filter(([key]) => key !== 'SourceFile' && !key.startsWith('System:')));
}

/**
 * What a location tag is called in any group exiftool reads: GPS*, GPSCoordinates, LocationInformation, ExifGPS*,
 * and the place names (IPTC City, Sub-location, Province-State, Country; Photoshop's City, State and Country; Darwin Core;
 * Panasonic's City, City2, State, Country and Landmark; Nikon's and Samsung's Location; plain Latitude and Longitude, as
 * drones write them; a phone's mobile cell).
 */
export function isLocationTag(key: string): boolean {
  // Place names by their exact case, so that "AngularVelocity" is not a city.
  return (
    /^GPS:|gps|location|coordinates|^XMP-dwc:|^XMP-cell:/i.test(key) ||
    /:(\w*City\d?|Sub-location|Province-State|State|Country\w*|Landmark|POILevel|\w*Latitude|\w*Longitude)$/.test(key)
  );
}

export function withoutLocation(tags: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !isLocationTag(key)));
}

/** The decoded picture, as ImageMagick sees it. */
export function pixelHash(path: string): string {
  return md5(run('/usr/bin/convert', [`${path}[0]`, 'rgb:-']));
}

/**
 * Every picture and sound stream of a video, copied as it is stored, hashed by ffmpeg. Data streams are left out:
 * a timed metadata track is metadata, and its location samples are what the cleaner blanks.
 */
export function streamHash(path: string): string {
  return run('ffmpeg', ['-v', 'error', '-i', path, '-map', '0:v?', '-map', '0:a?', '-c', 'copy', '-f', 'md5', '-']).toString().trim();
}

/** GPS tags that say when or how well, not where: a camera writes them with or without a fix. */
const NOT_A_PLACE = /GPS(DateTime|DateStamp|TimeStamp|MeasureMode|Status|VersionID|Speed\w*|Track\w*|ImgDirection\w*|DOP|MapDatum|\w*Accuracy|Velocity\w*)$/;

/** Nikon's LocationInfo says which version of the record it is, whether or not it names a place. */
const NOT_A_PLACE_RECORD = /:LocationInfoVersion$/;

/**
 * The location tags exiftool still finds a place in: an emptied value says nowhere, and so do the zeros a camera
 * writes without a fix (the reader passes 0, 0 by too).
 */
export function locationValues(tags: Record<string, unknown>): string[] {
  const nowhere = (value: unknown) => value === '' || /^[0\s.,-]*$/.test(String(value));
  return Object.entries(tags)
    .filter(([key, value]) => isLocationTag(key) && !NOT_A_PLACE.test(key) && !NOT_A_PLACE_RECORD.test(key) && !nowhere(value))
    .map(([key]) => key);
}

/** The compressed picture or media data, found by a reader written apart from the one under test. */
export function compressedData(bytes: Uint8Array, path: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
  const parts: Uint8Array[] = [];
  const extension = extname(path);
  if (extension === '.jpg') {
    let at = 2;
    while (bytes[at + 1] !== 0xda) at += 2 + view.getUint16(at + 2);
    let end = at;
    while (!(bytes[end] === 0xff && bytes[end + 1] === 0xd9)) end++;
    parts.push(bytes.subarray(at, end + 2));
  } else if (extension === '.png') {
    for (let at = 8; at < bytes.length; at += 12 + view.getUint32(at)) {
      if (ascii(at + 4, 4) === 'IDAT') parts.push(bytes.subarray(at, at + 12 + view.getUint32(at)));
    }
  } else if (extension === '.webp') {
    for (let at = 12; at < bytes.length; at += 8 + view.getUint32(at + 4, true) + (view.getUint32(at + 4, true) & 1)) {
      if (['VP8 ', 'VP8L', 'ALPH'].includes(ascii(at, 4))) parts.push(bytes.subarray(at, at + 8 + view.getUint32(at + 4, true)));
    }
  } else if (extension === '.tif') {
    const [tags] = JSON.parse(run('exiftool', ['-j', '-n', '-StripOffsets', '-StripByteCounts', path]).toString());
    const offsets = String(tags.StripOffsets).split(' ').map(Number);
    const lengths = String(tags.StripByteCounts).split(' ').map(Number);
    offsets.forEach((offset, i) => parts.push(bytes.subarray(offset, offset + lengths[i])));
  } else if (extension === '.heic') {
    // exiftool's own listing of the items: every picture item, leaving out the Exif and XMP ones.
    const listing = run('exiftool', ['-v3', path]).toString();
    const types = new Map([...listing.matchAll(/Item (\d+): Type=(\S+)/g)].map((m) => [m[1], m[2]]));
    for (const m of listing.matchAll(/Item (\d+): const_meth=\S* base=(0x[0-9a-f]+) offset=(0x[0-9a-f]+) len=(0x[0-9a-f]+)/g)) {
      if (types.get(m[1]) === 'Exif' || types.get(m[1]) === 'mime') continue;
      const at = Number(m[2]) + Number(m[3]);
      parts.push(bytes.subarray(at, at + Number(m[4])));
    }
  } else {
    for (let at = 0; at < bytes.length; at += view.getUint32(at)) {
      if (ascii(at + 4, 4) === 'mdat') parts.push(bytes.subarray(at, at + view.getUint32(at)));
    }
  }
  if (parts.length === 0 || parts.every((part) => part.length === 0)) throw new Error(`no image data found in ${path}`);
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
