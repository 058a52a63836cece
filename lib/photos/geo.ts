import type { GeoPosition } from '../types';

/** Degrees from degrees, minutes and seconds, negative for the southern and western hemispheres. */
export function fromDms(degrees: number, minutes: number, seconds: number, hemisphere: string): number {
  const value = degrees + minutes / 60 + seconds / 3600;
  return /^[SW]/i.test(hemisphere) ? -value : value;
}

/**
 * A position worth reporting. Cameras without a fix often write 0, 0, and a
 * damaged field gives NaN or an impossible angle: none of these tells anyone
 * where the photo was taken.
 */
export function position(latitude: number, longitude: number): GeoPosition | undefined {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  if (latitude === 0 && longitude === 0) return undefined;
  return { latitude, longitude };
}
