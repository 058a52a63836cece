import type { Platform } from '../types';
import type { AttachedOutcome } from './clean-attached';

const SITE_NAMES: Record<Platform, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "2 photos", "1 video", "2 photos and 1 video". */
function what(outcomes: readonly AttachedOutcome[]): string {
  const videos = outcomes.filter((outcome) => outcome.video).length;
  const photos = outcomes.length - videos;
  return [photos && count(photos, 'photo'), videos && count(videos, 'video')].filter(Boolean).join(' and ');
}

const names = (outcomes: readonly AttachedOutcome[]): string => outcomes.map((outcome) => outcome.name).join(', ');

/** A reason, which the remover writes as a sentence, carried on after a colon. */
const afterColon = (reason: string): string => reason.charAt(0).toLowerCase() + reason.slice(1);

/**
 * What the person is told once their files are attached: which lost their
 * location before the site received them, and which were not attached and why.
 * Nothing when no file had a location and none was held back.
 */
export function cleaningNotice(outcomes: readonly AttachedOutcome[], platform: Platform): string | undefined {
  const sentences: string[] = [];
  const cleaned = outcomes.filter((outcome) => outcome.status === 'cleaned');
  if (cleaned.length) {
    const pronoun = cleaned.length === 1 ? 'it' : 'them';
    sentences.push(`Removed the location from ${what(cleaned)} before ${SITE_NAMES[platform]} received ${pronoun}: ${names(cleaned)}.`);
  }
  const blurred = outcomes.filter((outcome) => outcome.status !== 'held-back' && outcome.blurred);
  if (blurred.length) {
    const faces = blurred.reduce((sum, outcome) => sum + (outcome.status !== 'held-back' ? (outcome.blurred ?? 0) : 0), 0);
    const where = blurred.map((outcome) => `${outcome.name} (${outcome.status !== 'held-back' ? outcome.blurred : 0})`).join(', ');
    sentences.push(`Blurred ${count(faces, 'face')} before ${SITE_NAMES[platform]} received ${blurred.length === 1 ? 'it' : 'them'}, as your setting's policy asks: ${where}.`);
  }
  const reasons = new Map<string, AttachedOutcome[]>();
  for (const outcome of outcomes) {
    if (outcome.status === 'held-back') reasons.set(outcome.reason, [...(reasons.get(outcome.reason) ?? []), outcome]);
  }
  for (const [reason, held] of reasons) sentences.push(`Did not attach ${names(held)}: ${afterColon(reason)}`);
  return sentences.length ? sentences.join(' ') : undefined;
}
