import type { EffectivePolicy, Policy } from '../policy/policy';
import type { PhotoSource } from '../photos/photo-source';
import { readPhotoSummary } from '../photos/read-photo';
import type { PhotoSight, PhotoSummary, Platform } from '../types';
import { checkPost, type CheckResult } from './check-post';

/** A draft as the command line and the options page hold it: the text and the files themselves. */
export interface Draft {
  text: string;
  photos: PhotoSource[];
  platform?: Platform;
  /** Looks at a readable photo's picture (faces, writing) before the check; absent, pictures are not looked at. */
  look?: (photo: PhotoSource, summary: PhotoSummary) => Promise<PhotoSight | undefined>;
}

/**
 * Reads every photo's metadata on the device, side by side, and looks at each
 * picture when the host can, then checks the post. A photo that cannot be read does not stop the check: it comes back
 * unreadable, and photo-unchecked says so.
 */
export async function checkDraft(draft: Draft, policy: Policy | EffectivePolicy): Promise<CheckResult> {
  const photos = await Promise.all(
    draft.photos.map(async (photo) => {
      const summary = await readPhotoSummary(photo);
      const sight = draft.look && summary.readable ? await draft.look(photo, summary) : undefined;
      return sight ? { ...summary, sight } : summary;
    }),
  );
  return checkPost({ text: draft.text, photos, platform: draft.platform }, policy);
}
