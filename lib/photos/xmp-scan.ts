import { isCoordinateName, isGpsName, isKeywordList, isPlaceCode, isPlaceName, isTrackPoint, LATITUDE, LONGITUDE } from './xmp-names';

/** One property of an XMP packet that says where a photo was taken: an element (open tag to close tag) or an attribute. */
export interface XmpLocation {
  /** Offsets into the scanned text: the whole element, or the whole attribute with its value. */
  start: number;
  end: number;
  what: 'gps' | 'place';
  /** Which coordinate it gives, when it is one. */
  axis?: 'latitude' | 'longitude';
  /** A place given as a code rather than a name. */
  code?: boolean;
  /** Where its value is (the element's text or the attribute's value), for reading it. */
  valueStart: number;
  valueEnd: number;
}

/** What one linear pass over an XMP packet found. */
export interface XmpScan {
  locations: XmpLocation[];
  /** Where each keyword's text is (dc:subject and the other keyword lists exiftool reads). */
  keywords: { start: number; end: number }[];
  /** A location or keyword element was never closed, or the packet was too tangled to finish: what follows it is unknown. */
  broken: boolean;
}

/** A packet with more location properties than this is not a photo's; it is refused rather than walked. */
const MAX_PROPERTIES = 10_000;
/** Distinct element names whose closing tag is looked for; a packet naming more is refused. */
const MAX_CLOSE_NAMES = 256;

const isNameChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x3a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d || code === 0x2e || code > 0x7f;

/** The end of a name that starts at `at`. */
function nameEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  return end;
}

/** Where a start tag's closing `>` is, skipping quoted values; -1 when the packet ends first. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) return at;
    else if (code === 0x3c) return -1;
  }
  return -1;
}

/**
 * Finds closing tags by name, each search starting where the last for that name
 * stopped: however many elements share a name, and however deeply they nest,
 * the packet is read once per name, never once per element (audit M4).
 */
class Closer {
  private found = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** Where the first `</name>` at or after `from` starts, or -1; undefined when too many names are asked for. */
  find(name: string, from: number): number | undefined {
    const known = this.found.get(name);
    if (known && from >= known.from && (known.at < 0 || from <= known.at)) return known.at;
    if (!known && this.found.size >= MAX_CLOSE_NAMES) return undefined;
    const needle = `</${name}`;
    let at = this.text.indexOf(needle, from);
    while (at >= 0 && isNameChar(this.text.charCodeAt(at + needle.length))) at = this.text.indexOf(needle, at + 1);
    this.found.set(name, { from, at });
    return at;
  }
}

interface Attribute {
  name: string;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

function attributes(text: string, from: number, to: number): Attribute[] {
  const found: Attribute[] = [];
  ATTRIBUTE.lastIndex = from;
  for (let match = ATTRIBUTE.exec(text); match && ATTRIBUTE.lastIndex <= to; match = ATTRIBUTE.exec(text)) {
    const end = ATTRIBUTE.lastIndex;
    const value = match[2] ?? match[3];
    found.push({ name: match[1], start: match.index + match[0].length - match[0].trimStart().length, end, valueStart: end - 1 - value.length, valueEnd: end - 1 });
  }
  return found;
}

const axisOf = (local: string): XmpLocation['axis'] =>
  LATITUDE.has(local.toLowerCase()) ? 'latitude' : LONGITUDE.has(local.toLowerCase()) ? 'longitude' : undefined;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Walks an XMP packet (or any XML, such as an SVG) once, front to back, and
 * finds every property that gives a position or a place name, and every
 * dc:subject keyword. No XML parser: lib/ also runs in Node, which has none,
 * and this walk is linear in the packet's length whatever it holds. The reader
 * decodes what it points at; the cleaner blanks the same ranges.
 */
export function scanXmp(text: string): XmpScan {
  const scan: XmpScan = { locations: [], keywords: [], broken: false };
  const closer = new Closer(text);
  let subjectEnd = -1;
  let at = text.indexOf('<');
  while (at >= 0) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x21 || next === 0x3f || next === 0x2f) {
      // A comment, CDATA, declaration, processing instruction or closing tag: nothing to read in it.
      const close = text.startsWith('<!--', at) ? '-->' : text.startsWith('<![CDATA[', at) ? ']]>' : next === 0x3f ? '?>' : '>';
      const end = text.indexOf(close, at + 2);
      if (end < 0) break;
      at = text.indexOf('<', end + close.length);
      continue;
    }
    const nameStop = nameEnd(text, at + 1);
    const end = tagEnd(text, nameStop);
    if (end < 0) {
      at = text.indexOf('<', at + 1);
      continue;
    }
    const name = text.slice(at + 1, nameStop);
    const selfClosing = text.charCodeAt(end - 1) === 0x2f;
    const local = localName(name);
    for (const attribute of attributes(text, nameStop, end)) {
      const attributeLocal = localName(attribute.name);
      const what = isGpsName(attributeLocal) || (isTrackPoint(local) && isCoordinateName(attribute.name)) ? 'gps' : isPlaceName(attribute.name) ? 'place' : undefined;
      if (!what || text.slice(attribute.valueStart, attribute.valueEnd).trim() === '') continue;
      const axis = what === 'gps' ? (axisOf(attributeLocal) ?? (attribute.name === 'lat' ? 'latitude' : attribute.name === 'lon' ? 'longitude' : undefined)) : undefined;
      scan.locations.push({ start: attribute.start, end: attribute.end, what, axis, code: isPlaceCode(attribute.name), valueStart: attribute.valueStart, valueEnd: attribute.valueEnd });
    }
    const what = isGpsName(local) ? 'gps' : isPlaceName(name) ? 'place' : undefined;
    const isSubject = isKeywordList(name);
    const isKeyword = name === 'rdf:li' && end < subjectEnd;
    if (!selfClosing && (what || isSubject || isKeyword)) {
      const close = closer.find(name, end + 1);
      if (close === undefined || close < 0) {
        scan.broken = true;
        break;
      }
      const closeEnd = text.indexOf('>', close);
      const inner = text.slice(end + 1, close);
      if (what && inner.trim() !== '') {
        scan.locations.push({ start: at, end: closeEnd + 1, what, axis: what === 'gps' ? axisOf(local) : undefined, code: isPlaceCode(name), valueStart: end + 1, valueEnd: close });
      }
      if (isSubject) subjectEnd = close;
      if (isKeyword && !inner.includes('<')) scan.keywords.push({ start: end + 1, end: close });
    }
    if (scan.locations.length > MAX_PROPERTIES) {
      scan.broken = true;
      break;
    }
    at = text.indexOf('<', end + 1);
  }
  return scan;
}
