/**
 * The crafted files of the security review (audit M4, L4), made in memory:
 * each is small, and each once froze the page for seconds (quadratic XMP
 * scanning, an unbounded HEIF item loop) or set the reader and the cleaner
 * apart. Used by tests/lib/photos/hostile-files.test.ts and `npm run bench`.
 */

import { concat as joinBytes } from '../../../lib/photos/binary';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

const concat = (...parts: Uint8Array[]): Uint8Array => joinBytes(parts);

const be32 = (value: number): Uint8Array => Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
const be16 = (value: number): Uint8Array => Uint8Array.of(value >>> 8, value & 0xff);

function box(type: string, ...content: Uint8Array[]): Uint8Array {
  const body = concat(...content);
  return concat(be32(8 + body.length), latin1(type), body);
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat(latin1(type), data);
  return concat(be32(data.length), typeAndData, be32(crc32(typeAndData)));
}

const repeat = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));
const packet = (body: string): string =>
  `<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description>${body}`;

const PNG_HEADER = concat(latin1('\x89PNG\r\n\x1a\n'), pngChunk('IHDR', Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0)));
const PNG_END = concat(pngChunk('IDAT', Uint8Array.of(0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1)), pngChunk('IEND', new Uint8Array(0)));
const XMP_UUID = Uint8Array.of(0xbe, 0x7a, 0xcf, 0xcb, 0x97, 0xa9, 0x42, 0xe8, 0x9c, 0x71, 0x99, 0x94, 0x91, 0xe3, 0xaf, 0xac);
const MP4_START = concat(box('ftyp', latin1('isom'), be32(512), latin1('isomiso2mp41')), box('moov', box('mvhd', new Uint8Array(100))));

const pngWithXmp = (xmp: string) => concat(PNG_HEADER, pngChunk('iTXt', latin1(`XML:com.adobe.xmp\0\0\0\0\0${xmp}`)), PNG_END);
const mp4WithXmp = (xmp: string) => concat(MP4_START, box('uuid', XMP_UUID, latin1(xmp)));

function jpegWithXmp(xmp: string): Uint8Array {
  // XMP beyond one segment's 64 KB goes in several APP1 segments; each is cut to size, as a crafted file would be.
  const segments: Uint8Array[] = [];
  for (let at = 0; at < xmp.length; at += 65_000) {
    const body = latin1(`http://ns.adobe.com/xap/1.0/\0${xmp.slice(at, at + 65_000)}`);
    segments.push(concat(Uint8Array.of(0xff, 0xe1), be16(body.length + 2), body));
  }
  return concat(Uint8Array.of(0xff, 0xd8), ...segments, Uint8Array.of(0xff, 0xd9));
}

/** HEIC whose iloc (version 2, every field size 0) lists 6,000 items of 65,535 empty extents each. */
function ilocBomb(): Uint8Array {
  const items: Uint8Array[] = [];
  for (let id = 1; id <= 6000; id++) items.push(concat(be32(id), be16(0), be16(0), be16(0xffff)));
  const iloc = box('iloc', Uint8Array.of(2, 0, 0, 0, 0, 0), be32(6000), ...items);
  const infe = box('infe', Uint8Array.of(2, 0, 0, 0), be16(1), be16(0), latin1('Exif'), Uint8Array.of(0));
  const iinf = box('iinf', Uint8Array.of(0, 0, 0, 0), be16(1), infe);
  const hdlr = box('hdlr', new Uint8Array(8), latin1('pict'), new Uint8Array(13));
  return concat(box('ftyp', latin1('heic'), be32(0), latin1('mif1heic')), box('meta', Uint8Array.of(0, 0, 0, 0), hdlr, iinf, iloc));
}

/** A GIF whose one image is a megabyte of one-byte data sub-blocks. */
function gifOfTinyBlocks(): Uint8Array {
  const blocks = new Uint8Array(1024 * 1024).map((_, i) => (i % 2 === 0 ? 1 : 0x55));
  return concat(latin1('GIF89a'), Uint8Array.of(1, 0, 1, 0, 0, 0, 0), Uint8Array.of(0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2), blocks, Uint8Array.of(0, 0x3b));
}

/** A movie box nesting track boxes thousands deep. */
function nestedTracks(): Uint8Array {
  let inner = box('udta', box('\u00a9xyz', be16(18), be16(0), latin1('+53.8000-001.5500/')));
  for (let depth = 0; depth < 5000; depth++) inner = box('trak', inner);
  return concat(box('ftyp', latin1('qt  '), be32(0), latin1('qt  ')), box('moov', inner));
}

/** A TIFF whose directories chain on, one after another, as far as the file goes. */
function directoryChain(): Uint8Array {
  const count = 20_000;
  const parts: Uint8Array[] = [latin1('MM\0*'), be32(8)];
  for (let i = 0; i < count; i++) parts.push(be16(0), be32(8 + (i + 1) * 6));
  return concat(...parts);
}

/** Every crafted file, by a name that says what it does. */
export function craftedFiles(): { name: string; bytes: Uint8Array }[] {
  const megabyte = 1024 * 1024;
  return [
    { name: 'png-itxt-1mb-unclosed-gps.png', bytes: pngWithXmp(packet(repeat('<exif:GPSLatitude>', megabyte))) },
    { name: 'mp4-uuid-1mb-unclosed-gps.mp4', bytes: mp4WithXmp(packet(repeat('<exif:GPSLatitude>', megabyte))) },
    { name: 'mp4-uuid-1mb-repeated-subject.mp4', bytes: mp4WithXmp(packet(repeat('<dc:subject>', megabyte))) },
    { name: 'mp4-uuid-1mb-repeated-li.mp4', bytes: mp4WithXmp(packet(`<dc:subject><rdf:Bag>${repeat('<rdf:li>', megabyte)}`)) },
    {
      name: 'jpeg-nested-location-shown.jpg',
      bytes: jpegWithXmp(packet(`${repeat('<Iptc4xmpExt:LocationShown>', megabyte / 2)}${repeat('</Iptc4xmpExt:LocationShown>', megabyte / 2)}`)),
    },
    { name: 'png-many-distinct-names.png', bytes: pngWithXmp(packet(Array.from({ length: 20_000 }, (_, i) => `<p${i}:GPSLatitude>`).join(''))) },
    { name: 'png-1mb-unclosed-tags.png', bytes: pngWithXmp(packet(repeat('<rdf:li a="', megabyte))) },
    { name: 'heic-iloc-bomb.heic', bytes: ilocBomb() },
    { name: 'gif-tiny-sub-blocks.gif', bytes: gifOfTinyBlocks() },
    { name: 'mov-nested-tracks.mov', bytes: nestedTracks() },
    { name: 'tiff-directory-chain.tif', bytes: directoryChain() },
    { name: 'jpeg-stray-bytes.jpg', bytes: concat(Uint8Array.of(0xff, 0xd8), new Uint8Array(megabyte).fill(0x20), Uint8Array.of(0xff, 0xd9)) },
  ];
}
