import nlp from 'compromise';
import type { EffectivePolicy } from '../policy/policy';
import { parseChunks, type NlpDocument, type ParsedChunk } from '../nlp/parse-chunks';
import { analyseText, type AnalysedText } from '../text/analysed-text';
import { lowerSameLength, normaliseSameLength } from '../text/normalise';
import type { Platform, PhotoSummary, Post } from '../types';

export type { NlpDocument } from '../nlp/parse-chunks';

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
  /**
   * The text with everything that could hide a word folded away (invisible
   * characters, look-alike letters, fullwidth forms), with a map back to `text`.
   */
  readonly analysed: AnalysedText;
  /** Metadata of each attached photo or video. */
  readonly photos: readonly PhotoSummary[];
  /** True when at least one photo or video is attached. */
  readonly hasMedia: boolean;
  readonly platform?: Platform;
  readonly policy: EffectivePolicy;
  /** compromise's parses of `analysed.text` in bounded pieces, made on first use: cost stays linear in the length. */
  readonly chunks: readonly ParsedChunk[];
  /**
   * One compromise parse of the whole of `analysed.text`, made on first use.
   * Its cost grows faster than the text: prefer `chunks` for long posts.
   */
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
    get analysed() {
      return memo('analysed', () => analyseText(post.text));
    },
    photos: post.photos,
    hasMedia: post.photos.length > 0,
    platform: post.platform,
    policy,
    get chunks() {
      return memo('chunks', () => parseChunks(this.analysed.text));
    },
    get doc() {
      return memo('doc', () => nlp(this.analysed.text));
    },
    memo,
  };
}
