import { lowerSameLength, normaliseSameLength } from '../text/normalise';
import type { PhotoSummary } from '../types';
import type { Rule } from './rule';

/** Compared as the text is: typographic quotes folded, lower case. */
const folded = (text: string): string => lowerSameLength(normaliseSameLength(text.trim()));
/** A keyword matches a tag whether or not either starts with "#": photo tools drop it, people type it. */
const bare = (text: string): string => folded(text).replace(/^#/, '');

const quoted = (tags: readonly string[]): string => {
  const all = tags.map((tag) => `“${tag}”`);
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`;
};

const nounOf = (photos: readonly PhotoSummary[]): string => {
  const kinds = new Set(photos.map((photo) => photo.kind ?? 'photo'));
  return kinds.size > 1 ? 'photos and videos' : `${[...kinds][0]}s`;
};

/** "this photo", "this video", "these 2 photos", "these 3 photos and videos". */
const naming = (photos: readonly PhotoSummary[]): string =>
  photos.length === 1 ? `this ${photos[0].kind ?? 'photo'}` : `these ${photos.length} ${nounOf(photos)}`;

/** What the first photo without a tag holds instead, so the member of staff sees why it did not count. */
function whatItHolds(photo: PhotoSummary, others: number): string {
  const own = !photo.readable
    ? 'its keywords could not be read'
    : photo.keywords.length === 0
      ? 'no keywords, so no consent tag'
      : `no consent tag among its keywords (${photo.keywords.join(', ')})`;
  return others === 0 ? own : `${own}; ${others} more without a consent tag`;
}

const rule: Rule = {
  id: 'missing-consent-tag',
  meta: {
    description: 'A post with photos or videos that carries none of the setting\'s consent tags, in the text or in every photo\'s keywords. Checked once you list at least one consent tag.',
    defaultSeverity: 'warn',
    clause: {
      source: 'Sharing images and content online: guidance for setting leaders (004)',
      quote: 'Ensure you have appropriate written consent for sharing photos/videos',
    },
    messages: {
      noTag:
        'Ask yourself: do you have written consent for everyone in {{photos}}? Add one of your consent tags ({{tags}}) once you have checked.',
    },
  },
  check(ctx) {
    const tags = ctx.policy.consentTags;
    if (!ctx.hasMedia || tags.length === 0) return [];
    if (tags.some((tag) => ctx.lower.includes(folded(tag)))) return [];
    const wanted = new Set(tags.map(bare));
    const untagged = ctx.photos.filter((photo) => !photo.keywords.some((keyword) => wanted.has(bare(keyword))));
    if (untagged.length === 0) return [];
    const [first] = untagged;
    return [
      {
        messageId: 'noTag',
        data: { photos: naming(untagged), tags: quoted(tags) },
        evidence: { kind: 'photo', file: first.name, found: whatItHolds(first, untagged.length - 1) },
      },
    ];
  },
};

export default rule;
