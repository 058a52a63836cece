import { defineUnlistedScript } from '#imports';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Panel } from '../components/panel/Panel';
import { cleanAttached } from '../lib/composer/clean-attached';
import { COMPOSER_SUPPORT_KEY, type ComposerSupport } from '../lib/composer/composer-support';
import { blobSource } from '../lib/photos/photo-source';
import { readPhotoSummary } from '../lib/photos/read-photo';

// Loaded by the content script with import() once a composer is in use; see lib/composer/composer-support.ts.
export default defineUnlistedScript(() => {
  const support: ComposerSupport = {
    readPhoto: (file) => readPhotoSummary(blobSource(file, file.name)),
    cleanAttached,
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
