import { latin1, startsWith, u16, u32 } from '../location-removal/bytes';

/**
 * Camera makers' own records (EXIF MakerNote) that name where a photo was
 * taken. Each maker lays its record out differently (a header, then a
 * directory whose offsets count from the EXIF's TIFF header or from a header
 * of its own), so the layouts are data: a new maker is one entry here.
 */
export const MAKER_NOTE_TAG = 0x927c;

/** The part of one directory entry's value that names a place. */
interface PlaceField {
  tag: number;
  /** Where the place starts inside the value, and how many bytes it spans (to the value's end when absent). */
  from: number;
  length?: number;
  /** Where the name a person reads starts, when the field holds more than the name (Nikon's country code, then its place). */
  nameAt?: number;
}

interface MakerLayout {
  maker: string;
  /** How the record begins. */
  signature: (note: Uint8Array) => boolean;
  /** Where its directory starts, counted from the record's start. */
  directoryAt: (note: Uint8Array, littleEndian: boolean) => number;
  /** Its byte order: the EXIF's, or one it gives itself. */
  littleEndian: (note: Uint8Array, exifLittleEndian: boolean) => boolean;
  /** What its offsets count from: the EXIF's TIFF header, or a TIFF header of its own this far into the record. */
  offsetsFrom: 'exif' | number | 'guess';
  places: readonly PlaceField[];
}

const NIKON_TIFF_AT = 10;
/** Samsung's EXIF-style note opens with its version entry ("0100", undefined, four bytes), in either byte order. */
const SAMSUNG_SIGNATURE = /^(?:\0.\0\x01\0\x07\0{3}\x04|.\0\x01\0\x07\0\x04\0{3})0100/s;

const LAYOUTS: readonly MakerLayout[] = [
  {
    // Panasonic's GPS compacts keep the place names they looked up from their map: Location, Country, State, City,
    // Landmark and City2, as text padded with zeros ("---" when there was none).
    maker: 'Panasonic',
    signature: (note) => startsWith(note, 0, 'Panasonic\0\0\0'),
    directoryAt: () => 12,
    littleEndian: (_note, exif) => exif,
    offsetsFrom: 'exif',
    places: [0x67, 0x69, 0x6b, 0x6d, 0x6f, 0x80].map((tag) => ({ tag, from: 0 })),
  },
  {
    // Nikon's GPS cameras (the AW and P series) keep LocationInfo: a version, a text encoding, then a country
    // code, a point-of-interest level and the place's name, which are what is removed.
    maker: 'Nikon',
    signature: (note) => startsWith(note, 0, 'Nikon\0\x02'),
    directoryAt: (note, littleEndian) => NIKON_TIFF_AT + u32(note, NIKON_TIFF_AT + 4, littleEndian),
    littleEndian: (note) => startsWith(note, NIKON_TIFF_AT, 'II'),
    offsetsFrom: NIKON_TIFF_AT,
    places: [{ tag: 0x39, from: 5, nameAt: 4 }],
  },
  {
    // Samsung's cameras and phones with GPS write the place they were in (LocalLocationName, LocationName). Some
    // models count offsets from the EXIF, others from the note, as exiftool notes.
    maker: 'Samsung',
    signature: (note) => SAMSUNG_SIGNATURE.test(latin1(note, 0, Math.min(note.length, 16))),
    directoryAt: () => 0,
    littleEndian: (note) => note[1] === 0,
    offsetsFrom: 'guess',
    places: [
      { tag: 0x30, from: 0 },
      { tag: 0x31, from: 0 },
    ],
  },
];

/** Bytes per value for TIFF field types 1 to 13. */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

/** A place a maker's record names: where its bytes are in the file, and the name. */
export interface MakerPlace {
  start: number;
  end: number;
  name: string;
  maker: string;
}

interface Entry {
  tag: number;
  size: number;
  /** The value's offset as written, or where it sits inside the entry when it fits in four bytes. */
  offset: number;
  inline: boolean;
}

function directoryEntries(note: Uint8Array, at: number, littleEndian: boolean): Entry[] {
  const count = u16(note, at, littleEndian);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const e = at + 2 + 12 * i;
    const size = (TYPE_SIZE[u16(note, e + 2, littleEndian)] ?? 0) * u32(note, e + 4, littleEndian);
    entries.push({ tag: u16(note, e, littleEndian), size, inline: size <= 4, offset: size <= 4 ? e + 8 : u32(note, e + 8, littleEndian) });
  }
  return entries;
}

/** A value that says nowhere: empty, zeros, spaces, or Panasonic's "---". */
export const blankPlace = (text: string): boolean => /^[\s\0-]*$/.test(text);

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16be');

/** Text up to its first zero; Nikon says in the value's own header when it is UTF-16. */
function nameOf(value: Uint8Array, field: PlaceField): string {
  if (field.nameAt === undefined) return utf8.decode(value.subarray(field.from)).replace(/\0.*$/s, '').trim();
  const utf16Text = value[field.nameAt] === 2;
  const country = latin1(value, field.from, field.from + 3).replace(/\0.*$/s, '');
  const name = value.subarray(field.from + 4);
  const place = (utf16Text ? utf16.decode(name.subarray(0, name.length & ~1)) : utf8.decode(name)).replace(/\0.*$/s, '').trim();
  return place || country.trim();
}

/**
 * The places named in one maker note at `b[noteStart, noteEnd)`, inside an EXIF
 * TIFF structure starting at `tiffBase`. A note no layout knows, or one whose
 * directory cannot be walked, names none: exiftool passes it by too.
 */
export function makerNotePlaces(b: Uint8Array, tiffBase: number, noteStart: number, noteEnd: number, exifLittleEndian: boolean): MakerPlace[] {
  const note = b.subarray(noteStart, noteEnd);
  const layout = LAYOUTS.find((candidate) => candidate.signature(note));
  if (!layout) return [];
  try {
    const littleEndian = layout.littleEndian(note, exifLittleEndian);
    const directoryAt = layout.directoryAt(note, littleEndian);
    const entries = directoryEntries(note, directoryAt, littleEndian);
    const base = baseOf(layout, entries, noteStart, tiffBase, directoryAt);
    const found: MakerPlace[] = [];
    for (const field of layout.places) {
      const entry = entries.find((candidate) => candidate.tag === field.tag);
      if (!entry || base === undefined) continue;
      const valueAt = entry.inline ? noteStart + entry.offset : base + entry.offset;
      if (valueAt < noteStart || valueAt + entry.size > noteEnd) continue;
      const value = b.subarray(valueAt, valueAt + entry.size);
      const name = nameOf(value, field);
      if (value.length <= field.from || blankPlace(name)) continue;
      const start = valueAt + field.from;
      found.push({ start, end: field.length === undefined ? valueAt + entry.size : start + field.length, name, maker: layout.maker });
    }
    return found;
  } catch {
    return [];
  }
}

/**
 * Where a note's offsets count from. When the maker is not consistent, the
 * base is the one that puts the first value straight after the directory, as
 * every writer lays it out.
 */
function baseOf(layout: MakerLayout, entries: Entry[], noteStart: number, tiffBase: number, directoryAt: number): number | undefined {
  if (layout.offsetsFrom === 'exif') return tiffBase;
  if (typeof layout.offsetsFrom === 'number') return noteStart + layout.offsetsFrom;
  const outOfLine = entries.filter((entry) => !entry.inline);
  if (outOfLine.length === 0) return tiffBase;
  const first = Math.min(...outOfLine.map((entry) => entry.offset));
  const directoryEnd = noteStart + directoryAt + 2 + 12 * entries.length + 4;
  return [tiffBase, noteStart].find((base) => base + first >= directoryEnd - 4 && base + first <= directoryEnd + 16);
}
