import nlp from 'compromise';
import type { EffectivePolicy } from '../policy/policy';
import { lowerSameLength, normaliseSameLength } from '../text/normalise';
import type { Platform, PhotoSummary, Post } from '../types';

/** A compromise document, as `nlp()` returns it. */
export type NlpDocument = ReturnType<typeof nlp>;

/**
 * Everything a rule may read about one post, built once and shared by every
 * rule (parse once, check many). Rules never touch the DOM, storage or files.
 */
export interface CheckContext {
  /** The text exactly as typed; evidence offsets index this. */
  readonly text: string;
  /** The text with typographic look-alikes folded, same length as `text`. */
  readonly normalised: string;
  /** `normalised` in lower case, same length as `text`. */
  readonly lower: string;
  /** Metadata of each attached photo or video. */
  readonly photos: readonly PhotoSummary[];
  /** True when at least one photo or video is attached. */
  readonly hasMedia: boolean;
  readonly platform?: Platform;
  readonly policy: EffectivePolicy;
  /** One compromise parse of the normalised text, made on first use. */
  readonly doc: NlpDocument;
  /** Computes a value once per post, for work several rules share (such as finding names). */
  memo<T>(key: string, compute: () => T): T;
}

/** Builds the shared, read-only context for one post. */
export function createContext(post: Post, policy: EffectivePolicy): CheckContext {
  const normalised = normaliseSameLength(post.text);
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  return {
    text: post.text,
    normalised,
    lower: lowerSameLength(normalised),
    photos: post.photos,
    hasMedia: post.photos.length > 0,
    platform: post.platform,
    policy,
    get doc() {
      return memo('doc', () => nlp(normalised));
    },
    memo,
  };
}
