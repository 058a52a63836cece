import { defineUnlistedScript } from '#imports';
import { browserSeers } from '../lib/vision/host/browser-seers';
import { serveVisionJobs } from '../lib/vision/host/serve-vision-jobs';

// The dedicated worker that looks at photos (faces, writing) and blurs faces, started by Chrome's offscreen
// document or Firefox's background page (lib/vision/host/vision-service.ts): never on a page's thread.
export default defineUnlistedScript(() => {
  serveVisionJobs(self as unknown as Parameters<typeof serveVisionJobs>[0], browserSeers(self.location.href));
});
