import { browser, defineUnlistedScript } from '#imports';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Panel } from '../components/panel/Panel';
import { cleanAttached } from '../lib/composer/clean-attached';
import { COMPOSER_SUPPORT_KEY, type ComposerSupport } from '../lib/composer/composer-support';
import { pictureLooker, type PagePort } from '../lib/composer/look-request';
import { blobSource } from '../lib/photos/photo-source';
import { readPhotoSummary } from '../lib/photos/read-photo';
import { LOOK_PORT } from '../lib/vision/host/look-messages';

// Loaded by the content script with import() once a composer is in use; see lib/composer/composer-support.ts.
export default defineUnlistedScript(() => {
  const looker = pictureLooker(() => browser.runtime.connect({ name: LOOK_PORT }) as unknown as PagePort);
  const support: ComposerSupport = {
    readPhoto: (file) => readPhotoSummary(blobSource(file, file.name)),
    cleanAttached,
    look: looker.look,
    blur: looker.blur,
    hurry: looker.hurry,
    mountPanel: (container) => {
      const root = createRoot(container);
      return {
        render: (view, answers) => root.render(createElement(Panel, { view, ...answers })),
        unmount: () => root.unmount(),
      };
    },
  };
  Object.assign(globalThis, { [COMPOSER_SUPPORT_KEY]: support });
});
