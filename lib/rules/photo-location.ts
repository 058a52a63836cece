import type { GeoPosition } from '../types';
import type { Report, Rule } from './rule';

/** Two decimal places (about a kilometre) say enough to show the risk without repeating the exact spot. */
const describe = ({ latitude, longitude }: GeoPosition): string =>
  `${Math.abs(latitude).toFixed(2)}° ${latitude < 0 ? 'S' : 'N'}, ${Math.abs(longitude).toFixed(2)}° ${longitude < 0 ? 'W' : 'E'}`;

const rule: Rule = {
  id: 'photo-location',
  meta: {
    description: 'An attached photo or video carries the place it was taken (GPS, or a place name in its metadata).',
    defaultSeverity: 'block',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Members of the community being identified e.g. due to images or locations being shared',
    },
    messages: {
      gps:
        'Ask yourself: should “{{file}}” show where it was taken? It carries a location ({{where}}) that could lead someone to the setting or a family\'s home. Remove the location, or use a copy without it.',
      place:
        'Ask yourself: should “{{file}}” name where it was taken? Its details give the place (“{{place}}”), which could lead someone to the setting or a family\'s home. Remove the location, or use a copy without it.',
    },
  },
  check(ctx) {
    return ctx.photos.flatMap((photo): Report[] => {
      if (!photo.gps && photo.place) {
        const found = `a place name (“${photo.place}”) in its ${photo.placeSource ?? 'embedded'} data`;
        return [{ messageId: 'place', data: { file: photo.name, place: photo.place }, evidence: { kind: 'photo', file: photo.name, found } }];
      }
      if (!photo.gps) return [];
      const where = describe(photo.gps);
      const found = `a location (${where}) in its ${photo.gpsSource ?? 'embedded'} data`;
      return [{ messageId: 'gps', data: { file: photo.name, where }, evidence: { kind: 'photo', file: photo.name, found } }];
    });
  },
};

export default rule;
