import { describe, expect, test } from 'vitest';
import { fromIso6709 } from '../../../lib/photos/movie';
import { readXmp } from '../../../lib/photos/xmp';

const packetText = (body: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${body}</rdf:RDF></x:xmpmeta>`;
const packet = (body: string) => new TextEncoder().encode(packetText(body));

/** The same packet as UTF-16 with a byte-order mark, as some Windows tools write it. */
function utf16(body: string, littleEndian: boolean): Uint8Array {
  const text = `\ufeff${packetText(body)}`;
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('XMP as different writers spell it', () => {
  test.each([
    ['elements, degrees and decimal minutes (ExifTool)', '<rdf:Description><exif:GPSLatitude>53,48.0N</exif:GPSLatitude><exif:GPSLongitude>1,33.0W</exif:GPSLongitude></rdf:Description>', 53.8, -1.55],
    ['attributes, degrees, minutes and seconds', '<rdf:Description exif:GPSLatitude="33,53,27S" exif:GPSLongitude="151,16,27.5E"/>', -33.8908, 151.2743],
    ['signed decimal degrees (a drone maker)', "<rdf:Description drone-dji:GpsLatitude='+51.5007' drone-dji:GpsLongitude='-0.1246'/>", 51.5007, -0.1246],
    ["DJI's own spelling of longitude", "<rdf:Description drone-dji:GpsLatitude='51.5007' drone-dji:GpsLongtitude='-0.1246'/>", 51.5007, -0.1246],
    ['Darwin Core, inside its location structure (ExifTool)', '<rdf:Description><dwc:dctermsLocation rdf:parseType="Resource"><dwc:decimalLatitude>53.8</dwc:decimalLatitude><dwc:decimalLongitude>-1.55</dwc:decimalLongitude></dwc:dctermsLocation></rdf:Description>', 53.8, -1.55],
    ['a GPX track point', '<rdf:Description><gpx:trk><gpx:trkseg><gpx:trkpt lat="53.8" lon="-1.55"/></gpx:trkseg></gpx:trk></rdf:Description>', 53.8, -1.55],
    ['IPTC Extension location shown, with its own coordinates', '<rdf:Description><Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource"><Iptc4xmpExt:GPSLatitude>53,48.0N</Iptc4xmpExt:GPSLatitude><Iptc4xmpExt:GPSLongitude>1,33.0W</Iptc4xmpExt:GPSLongitude></rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown></rdf:Description>', 53.8, -1.55],
  ])('%s', (_, body, latitude, longitude) => {
    const { gps } = readXmp(packet(body));
    expect(gps?.latitude).toBeCloseTo(latitude, 4);
    expect(gps?.longitude).toBeCloseTo(longitude, 4);
  });

  test('a reference tag alone, or one coordinate, is not a location', () => {
    expect(readXmp(packet('<rdf:Description exif:GPSLatitudeRef="N" exif:GPSLatitude="53,48.0N"/>')).gps).toBeUndefined();
  });

  test('0, 0 is what a camera without a fix writes, not a place', () => {
    expect(readXmp(packet('<rdf:Description exif:GPSLatitude="0,0.0N" exif:GPSLongitude="0,0.0E"/>')).gps).toBeUndefined();
  });

  test.each([true, false])('UTF-16 packets are read as well (little-endian: %s)', (littleEndian) => {
    const facts = readXmp(utf16('<rdf:Description exif:GPSLatitude="53,48.0N" exif:GPSLongitude="1,33.0W"><dc:subject><rdf:Bag><rdf:li>consentgiven</rdf:li></rdf:Bag></dc:subject></rdf:Description>', littleEndian));
    expect(facts.gps?.latitude).toBeCloseTo(53.8, 4);
    expect(facts.keywords).toEqual(['consentgiven']);
  });

  test.each([
    ['<rdf:Description><photoshop:City>Leeds</photoshop:City></rdf:Description>', 'Leeds'],
    ['<rdf:Description photoshop:State="West Yorkshire"/>', 'West Yorkshire'],
    ['<rdf:Description><Iptc4xmpCore:Location>Moore family farm</Iptc4xmpCore:Location></rdf:Description>', 'Moore family farm'],
    ['<rdf:Description><Iptc4xmpExt:LocationCreated><rdf:Bag><rdf:li rdf:parseType="Resource"><Iptc4xmpExt:Sublocation>Moore family farm</Iptc4xmpExt:Sublocation></rdf:li></rdf:Bag></Iptc4xmpExt:LocationCreated></rdf:Description>', 'Moore family farm'],
    ['<rdf:Description><dwc:locality>Otley Chevin</dwc:locality></rdf:Description>', 'Otley Chevin'],
  ])('a place name is a location: %s', (body, place) => {
    expect(readXmp(packet(body)).place).toBe(place);
  });

  test('an empty place or the photographer\'s own address is not where the photo was taken', () => {
    const body = '<rdf:Description photoshop:City=""><Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiAdrCity="Leeds"/></rdf:Description>';
    expect(readXmp(packet(body)).place).toBeUndefined();
  });

  test('keywords come from dc:subject only, not from elements that merely start with "subject"', () => {
    const body = '<rdf:Description><avm:Subject.Category><rdf:Bag><rdf:li>consentgiven</rdf:li></rdf:Bag></avm:Subject.Category><dc:subject><rdf:Bag><rdf:li>garden</rdf:li></rdf:Bag></dc:subject></rdf:Description>';
    expect(readXmp(packet(body)).keywords).toEqual(['garden']);
  });

  test('keywords decode XML entities and keep their spelling', () => {
    const body = '<rdf:Description><dc:subject><rdf:Bag><rdf:li>Mums &amp; Tots</rdf:li><rdf:li> #ConsentGiven </rdf:li></rdf:Bag></dc:subject></rdf:Description>';
    expect(readXmp(packet(body)).keywords).toEqual(['Mums & Tots', '#ConsentGiven']);
  });
});

describe('ISO 6709, as phones tag videos', () => {
  test.each([
    ['+53.8000-001.5500/', 53.8, -1.55],
    ['+53.800-001.550+010.000/', 53.8, -1.55],
    ['+5348.00-00133.00/', 53.8, -1.55],
    ['+534800-0013300/', 53.8, -1.55],
    ['-33.8908+151.2743/', -33.8908, 151.2743],
  ])('%s', (text, latitude, longitude) => {
    const gps = fromIso6709(text);
    expect(gps?.latitude).toBeCloseTo(latitude, 4);
    expect(gps?.longitude).toBeCloseTo(longitude, 4);
  });

  test('text that is not a position is not one', () => {
    expect(fromIso6709('Leeds')).toBeUndefined();
  });
});
