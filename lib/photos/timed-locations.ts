import { readBoxes, type Box } from '../structure/iso-boxes';
import { ensure, latin1, u32, u64 } from '../location-removal/bytes';

/** Key names such as com.apple.quicktime.location.ISO6709 and its accuracy, name and body companions. */
const LOCATION_KEY = /location|gps|\u00a9xyz/i;
/** A track's sample tables list every sample; more than this (a day of samples at 10 a second) is not a phone's. */
const MAX_SAMPLES = 1_000_000;

/** One sample of a timed metadata track: where it is in the file, and how long. */
export interface Sample {
  at: number;
  length: number;
}

/**
 * A timed metadata track that can carry a location, and where its samples are: a 'mebx' track's samples are
 * items named by local key ids (`keys` gives those of the location keys), a 'gpmd' track's are GoPro's GPMF, a
 * 'camm' track's are Android's camera motion records.
 */
export interface TimedLocationTrack {
  format: 'mebx' | 'gpmd' | 'camm';
  /** Local key ids (as in the samples' items) of the location keys, with their names. */
  keys: Map<number, string>;
  samples: Sample[];
}

const childOf = (b: Uint8Array, parent: Box, type: string): Box | undefined =>
  readBoxes(b, parent.content, parent.end).find((box) => box.type === type);

/** The location keys of a 'mebx' sample description: each key is a box named by its local id, holding 'keyd'. */
function locationKeys(b: Uint8Array, entry: Box): Map<number, string> {
  const keys = new Map<number, string>();
  // A sample description starts with six reserved bytes and a data reference index before its boxes.
  const table = readBoxes(b, entry.content + 8, entry.end).find((box) => box.type === 'keys');
  if (!table) return keys;
  for (const key of readBoxes(b, table.content, table.end)) {
    const keyd = readBoxes(b, key.content, key.end).find((box) => box.type === 'keyd');
    if (!keyd || keyd.end - keyd.content < 4) continue;
    const name = latin1(b, keyd.content + 4, keyd.end);
    if (LOCATION_KEY.test(name)) keys.set(u32(b, key.start + 4), name);
  }
  return keys;
}

/** Each sample's place, from the sizes (stsz), the chunks' offsets (stco, co64) and how samples fill chunks (stsc). */
function samplesOf(b: Uint8Array, table: Box, base: number, wanted: Set<number>): Sample[] {
  const stsz = childOf(b, table, 'stsz');
  const stsc = childOf(b, table, 'stsc');
  const stco = childOf(b, table, 'stco') ?? childOf(b, table, 'co64');
  ensure(stsz !== undefined && stsc !== undefined && stco !== undefined);
  const fixedSize = u32(b, stsz.content + 4);
  const sampleCount = u32(b, stsz.content + 8);
  ensure(sampleCount <= MAX_SAMPLES && (fixedSize !== 0 || stsz.content + 12 + 4 * sampleCount <= stsz.end));
  const wide = stco.type === 'co64';
  const chunkCount = u32(b, stco.content + 4);
  ensure(stco.content + 8 + chunkCount * (wide ? 8 : 4) <= stco.end);
  const runs = u32(b, stsc.content + 4);
  ensure(stsc.content + 8 + runs * 12 <= stsc.end);

  const samples: Sample[] = [];
  let sample = 0;
  for (let run = 0; run < runs && sample < sampleCount; run++) {
    const entry = stsc.content + 8 + run * 12;
    const firstChunk = u32(b, entry);
    const lastChunk = run + 1 < runs ? u32(b, entry + 12) - 1 : chunkCount;
    const perChunk = u32(b, entry + 4);
    const description = u32(b, entry + 8);
    ensure(firstChunk >= 1 && lastChunk <= chunkCount && perChunk <= MAX_SAMPLES);
    for (let chunk = firstChunk; chunk <= lastChunk && sample < sampleCount; chunk++) {
      const offsetAt = stco.content + 8 + (chunk - 1) * (wide ? 8 : 4);
      let at = base + (wide ? u64(b, offsetAt) : u32(b, offsetAt));
      for (let i = 0; i < perChunk && sample < sampleCount; i++, sample++) {
        const length = fixedSize || u32(b, stsz.content + 12 + 4 * sample);
        if (wanted.has(description)) samples.push({ at, length });
        at += length;
      }
    }
  }
  return samples;
}

function trackLocations(b: Uint8Array, trak: Box, base: number): TimedLocationTrack | undefined {
  const mdia = childOf(b, trak, 'mdia');
  const hdlr = mdia && childOf(b, mdia, 'hdlr');
  if (!mdia || !hdlr || latin1(b, hdlr.content + 8, hdlr.content + 12) !== 'meta') return undefined;
  const minf = childOf(b, mdia, 'minf');
  const stbl = minf && childOf(b, minf, 'stbl');
  const stsd = stbl && childOf(b, stbl, 'stsd');
  if (!stbl || !stsd) return undefined;
  const keys = new Map<number, string>();
  const mebx = new Set<number>();
  const gpmd = new Set<number>();
  const camm = new Set<number>();
  readBoxes(b, stsd.content + 8, stsd.end).forEach((entry, i) => {
    if (entry.type === 'gpmd') gpmd.add(i + 1);
    if (entry.type === 'camm') camm.add(i + 1);
    if (entry.type !== 'mebx') return;
    const found = locationKeys(b, entry);
    if (found.size === 0) return;
    mebx.add(i + 1);
    for (const [id, name] of found) keys.set(id, name);
  });
  if (gpmd.size > 0) return { format: 'gpmd', keys, samples: samplesOf(b, stbl, base, gpmd) };
  if (camm.size > 0) return { format: 'camm', keys, samples: samplesOf(b, stbl, base, camm) };
  if (keys.size === 0) return undefined;
  return { format: 'mebx', keys, samples: samplesOf(b, stbl, base, mebx) };
}

/**
 * The timed metadata tracks of a movie box (`moov`, in `b`) that carry a
 * location: recent phones write where they are as the film runs, as samples
 * in the media data under a 'mebx' description whose keys name them,
 * action cameras as GPMF samples under a 'gpmd' one, Android apps as camera
 * motion records under a 'camm' one. Sample
 * places are offsets in the file, plus `base` for a video that starts inside
 * another file (a motion photo's). The one walk the reader samples and the
 * cleaner blanks.
 */
export function findTimedLocationTracks(b: Uint8Array, moov: Box, base = 0): TimedLocationTrack[] {
  const tracks: TimedLocationTrack[] = [];
  for (const trak of readBoxes(b, moov.content, moov.end)) {
    if (trak.type !== 'trak') continue;
    const track = trackLocations(b, trak, base);
    if (track) tracks.push(track);
  }
  return tracks;
}

/** One item of a timed metadata sample: its local key id and where its value is in the sample. */
export interface SampleItem {
  key: number;
  start: number;
  end: number;
}

/** The items a sample holds, each a box named by its key's local id; a sample whose items do not fit is damaged. */
export function sampleItems(sample: Uint8Array): SampleItem[] {
  const items: SampleItem[] = [];
  for (let at = 0; at + 8 <= sample.length; ) {
    const length = u32(sample, at);
    ensure(length >= 8 && at + length <= sample.length);
    items.push({ key: u32(sample, at + 4), start: at + 8, end: at + length });
    at += length;
  }
  return items;
}

/** GPMF keys whose values are positions: GoPro's GPS5 (Hero 5 to 10) and GPS9 (Hero 11 on). */
const GPMF_POSITIONS = new Set(['GPS5', 'GPS9']);
/** GPMF nests two or three levels deep (device, stream); deeper is refused, not recursed into. */
const MAX_GPMF_DEPTH = 8;

/** One GPMF position value in a sample: where its data is, and the scale the stream gave before it. */
export interface GpmfPosition {
  start: number;
  end: number;
  /** Bytes per fix (latitude and longitude are its first two signed 32-bit numbers). */
  size: number;
  scale: number[];
}

/**
 * The GPS5/GPS9 values in a GPMF sample: each entry a FourCC, a type, the
 * size of one value, a count, then the data padded to four bytes; type 0
 * nests more entries. SCAL, before them in the same stream, divides them.
 * Entries that do not fit are damage.
 */
export function gpmfPositions(sample: Uint8Array): GpmfPosition[] {
  const found: GpmfPosition[] = [];
  const walk = (from: number, to: number, depth: number): void => {
    ensure(depth < MAX_GPMF_DEPTH);
    let scale: number[] = [];
    for (let at = from; at + 8 <= to; ) {
      const key = latin1(sample, at, at + 4);
      const type = sample[at + 4];
      const size = sample[at + 5];
      const length = size * ((sample[at + 6] << 8) | sample[at + 7]);
      const end = at + 8 + length;
      ensure(end <= to);
      // A zero key pads the end of a sample.
      if (key === '\0\0\0\0') break;
      if (type === 0) walk(at + 8, end, depth + 1);
      if (key === 'SCAL') scale = Array.from({ length: length / size }, (_, i) => scaled(sample, at + 8 + i * size, size));
      if (GPMF_POSITIONS.has(key) && size >= 8) found.push({ start: at + 8, end, size, scale });
      at += 8 + Math.ceil(length / 4) * 4;
    }
  };
  walk(0, sample.length, 0);
  return found;
}

/** A SCAL value: a signed 16- or 32-bit number. */
function scaled(b: Uint8Array, at: number, size: number): number {
  if (size === 2) return ((b[at] << 8) | b[at + 1]) << 16 >> 16;
  return u32(b, at) | 0;
}

/** Bytes of each camera motion record type, header included (Google's camm specification). */
const CAMM_SIZES: Record<number, number> = { 0: 16, 1: 12, 2: 16, 3: 16, 4: 16, 5: 28, 6: 60, 7: 16 };
/** Where a GPS record's latitude, longitude and altitude lie: type 5 as three doubles, type 6 after a time and a fix type. */
const CAMM_POSITION: Record<number, { start: number; end: number }> = { 5: { start: 4, end: 28 }, 6: { start: 0x10, end: 0x24 } };

/** A camera motion GPS record's position bytes: latitude and longitude as little-endian doubles at `start`. */
export interface CammPosition {
  start: number;
  end: number;
}

/**
 * The GPS records (types 5 and 6) in a camm sample: records of a size set
 * by their type, one after another, each opening with two reserved bytes and
 * the type (little-endian). A record of an unknown type ends the walk, as it
 * ends exiftool's; one cut short is damage.
 */
export function cammPositions(sample: Uint8Array): CammPosition[] {
  const found: CammPosition[] = [];
  for (let at = 0; at + 4 <= sample.length; ) {
    const type = sample[at + 2] | (sample[at + 3] << 8);
    const size = CAMM_SIZES[type];
    if (size === undefined) break;
    ensure(at + size <= sample.length);
    const place = CAMM_POSITION[type];
    if (place) found.push({ start: at + place.start, end: at + place.end });
    at += size;
  }
  return found;
}
