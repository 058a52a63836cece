/**
 * The XMP properties that say where a photo was taken, as cameras, phones,
 * drones and editors write them. Data, not code: a new writer's name is one line.
 */

/**
 * Coordinates outside the `gps…` family: Darwin Core, as biology and survey apps
 * write it; plain Latitude and Longitude, as DJI's drones (drone-dji:) and
 * Google's depth photos (Device:EarthPos) do.
 */
const COORDINATES = new Set([
  'decimallatitude',
  'decimallongitude',
  'verbatimlatitude',
  'verbatimlongitude',
  'verbatimcoordinates',
  'footprintwkt',
  'latitude',
  'longitude',
]);

/** A property named GPS… under any prefix (exif:, Iptc4xmpExt:, drone-dji:, Camera:): all of them go with the position. */
export const isGpsName = (local: string): boolean => {
  const lower = local.toLowerCase();
  return lower.startsWith('gps') || COORDINATES.has(lower);
};

/** Which coordinate a property gives, lower case; DJI spells longitude "Longtitude". */
export const LATITUDE = new Set(['gpslatitude', 'decimallatitude', 'latitude']);
export const LONGITUDE = new Set(['gpslongitude', 'gpslongtitude', 'decimallongitude', 'longitude']);

/** GPX points carry their position as `lat` and `lon` attributes. */
export const isTrackPoint = (local: string): boolean => local === 'trkpt' || local === 'wpt' || local === 'rtept';
export const isCoordinateName = (name: string): boolean => name === 'lat' || name === 'lon';

/**
 * Place names, by their usual prefix: Photoshop's and IPTC Core's city, state,
 * country and sub-location; IPTC Extension's location shown and created (and
 * their parts, written outside the structure by some tools); Darwin Core's
 * locality terms; Premiere's shot location; the location of catalogue apps
 * (MediaPro, Photo Mechanic); and the mobile cell a
 * Sony Ericsson phone was in (its country, area and tower codes).
 */
const PLACE_NAMES = new Set([
  'photoshop:City',
  'photoshop:State',
  'photoshop:Country',
  'Iptc4xmpCore:Location',
  'Iptc4xmpCore:CountryCode',
  'Iptc4xmpExt:LocationShown',
  'Iptc4xmpExt:LocationCreated',
  'Iptc4xmpExt:City',
  'Iptc4xmpExt:Sublocation',
  'Iptc4xmpExt:ProvinceState',
  'Iptc4xmpExt:CountryName',
  'Iptc4xmpExt:CountryCode',
  'Iptc4xmpExt:WorldRegion',
  'Iptc4xmpExt:LocationName',
  'Iptc4xmpExt:LocationId',
  'dwc:dctermsLocation',
  'dwc:locality',
  'dwc:verbatimLocality',
  'dwc:municipality',
  'dwc:county',
  'dwc:stateProvince',
  'dwc:country',
  'dwc:countryCode',
  'dwc:island',
  'dwc:islandGroup',
  'dwc:waterBody',
  'dwc:higherGeography',
  'dwc:locationID',
  'xmpDM:shotLocation',
  'mediapro:Location',
  'photomechanic:CountryCode',
  'cell:mcc',
  'cell:mnc',
  'cell:lac',
  'cell:cellid',
  'cell:cgi',
  'cell:r',
]);

export const isPlaceName = (name: string): boolean => PLACE_NAMES.has(name);

/** Places given as codes (a country code, a mobile cell): reported only when no name is given, as a name tells a person more. */
export const isPlaceCode = (name: string): boolean => name.startsWith('cell:') || name.endsWith('CountryCode') || name.endsWith('LocationId');

/**
 * The lists whose items are a photo's keywords, as exiftool lists them:
 * Dublin Core's subject; Lightroom's hierarchical keywords ("People|Lily");
 * Windows Photo Gallery's last keywords; digiKam's tags; MediaPro's catalogue
 * sets. Matched by their exact names, so "avm:Subject.Category" is not one.
 */
const KEYWORD_LISTS = new Set([
  'dc:subject',
  'lr:hierarchicalSubject',
  'MicrosoftPhoto:LastKeywordXMP',
  'MicrosoftPhoto:LastKeywordIPTC',
  'digiKam:TagsList',
  'mediapro:CatalogSets',
]);

export const isKeywordList = (name: string): boolean => KEYWORD_LISTS.has(name);
