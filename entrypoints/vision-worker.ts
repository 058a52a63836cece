import { defineUnlistedScript } from '#imports';
import { blurFaces } from '../lib/vision/blur-faces';
import { browserSeers } from '../lib/vision/host/browser-seers';
import { serveVisionJobs } from '../lib/vision/host/serve-vision-jobs';
import { spliceMetadata } from '../lib/vision/splice-metadata';

// The dedicated worker that looks at photos (faces, writing) and blurs faces, started by Chrome's offscreen
// document or Firefox's background page (lib/vision/host/vision-service.ts): never on a page's thread.
export default defineUnlistedScript(() => {
  serveVisionJobs(self as unknown as Parameters<typeof serveVisionJobs>[0], browserSeers(self.location.href), { blurFaces, keepMetadata: spliceMetadata });
});
