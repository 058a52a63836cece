import { defineUnlistedScript } from '#imports';
import { checkPost } from '../lib/engine/check-post';
import { POST_CHECKER_KEY, type PostChecker } from '../lib/composer/post-checker';
import { blobSource } from '../lib/photos/photo-source';
import { readPhotoSummary } from '../lib/photos/read-photo';

// Loaded by the content script with import() once a composer is in use; see lib/composer/post-checker.ts.
export default defineUnlistedScript(() => {
  const checker: PostChecker = {
    check: (post, policy) => checkPost(post, policy),
    readPhoto: (file) => readPhotoSummary(blobSource(file, file.name)),
  };
  Object.assign(globalThis, { [POST_CHECKER_KEY]: checker });
});
