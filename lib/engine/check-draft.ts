import type { EffectivePolicy, Policy } from '../policy/policy';
import type { PhotoSource } from '../photos/photo-source';
import { readPhotoSummary } from '../photos/read-photo';
import type { Platform } from '../types';
import { checkPost, type CheckResult } from './check-post';

/** A draft as the command line and the options page hold it: the text and the files themselves. */
export interface Draft {
  text: string;
  photos: PhotoSource[];
  platform?: Platform;
}

/**
 * Reads every photo's metadata on the device, side by side, then checks the
 * post. A photo that cannot be read does not stop the check: it comes back
 * unreadable, and photo-unchecked says so.
 */
export async function checkDraft(draft: Draft, policy: Policy | EffectivePolicy): Promise<CheckResult> {
  const photos = await Promise.all(draft.photos.map((photo) => readPhotoSummary(photo)));
  return checkPost({ text: draft.text, photos, platform: draft.platform }, policy);
}
