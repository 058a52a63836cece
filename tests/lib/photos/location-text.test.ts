import { describe, expect, test } from 'vitest';
import { fromIso6709 } from '../../../lib/photos/movie';
import { readXmp } from '../../../lib/photos/xmp';

const packet = (body: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${body}</rdf:RDF></x:xmpmeta>`;

describe('XMP as different writers spell it', () => {
  test.each([
    ['elements, degrees and decimal minutes (ExifTool)', '<rdf:Description><exif:GPSLatitude>53,48.0N</exif:GPSLatitude><exif:GPSLongitude>1,33.0W</exif:GPSLongitude></rdf:Description>', 53.8, -1.55],
    ['attributes, degrees, minutes and seconds', '<rdf:Description exif:GPSLatitude="33,53,27S" exif:GPSLongitude="151,16,27.5E"/>', -33.8908, 151.2743],
    ['signed decimal degrees (a drone maker)', "<rdf:Description drone-dji:GpsLatitude='+51.5007' drone-dji:GpsLongitude='-0.1246'/>", 51.5007, -0.1246],
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
