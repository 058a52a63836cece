import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { adapters } from './lib/adapters';
import { VISION_FILES } from './lib/vision/host/vision-files';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The top level of the repository is fixed, so static files live under assets/.
  publicDir: 'assets/public',
  hooks: {
    // The face model, tfjs's wasm and tesseract's worker, cores and English data, from the npm packages that ship them.
    'build:publicAssets': (wxt, files) => {
      for (const { from, to } of VISION_FILES) files.push({ absoluteSrc: resolve(wxt.config.root, 'node_modules', from), relativeDest: to });
    },
    // Firefox runs the background as an event page (MV3 Firefox allows nothing else), unloaded when idle and woken by
    // a message: the background keeps nothing it cannot load again (lib/composer/answer-checks.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.background && 'scripts' in manifest.background) manifest.background.persistent = false;
    },
  },
  manifest: ({ browser }) => ({
    name: 'Ask Yourself',
    description: "Checks a post against your setting's safeguarding policy before it is published.",
    // Chrome runs the photo-looking worker in an offscreen document (lib/vision/host/answer-looks.ts); Firefox in its background page.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // The face detector's tfjs and tesseract's OCR are WebAssembly, compiled from the extension's own files.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // The toolbar button carries the "cannot guard this composer" badge (lib/composer/unprotected-badge.ts).
    action: { default_title: 'Ask Yourself' },
    // The photo reader and the panel, which the content script import()s only once a composer is in use
    // (lib/composer/composer-support.ts).
    web_accessible_resources: [
      {
        resources: ['composer-support.js'],
        // Every address the content script runs on (each adapter lists its own).
        matches: adapters.flatMap((adapter) => [...adapter.matches]),
        use_dynamic_url: true,
      },
    ],
    ...(browser === 'firefox'
      ? // Firefox needs a fixed add-on id for storage; it reads managed storage from its own policies.json.
        // It collects and sends nothing, which Firefox's data-collection declaration says as `none`.
        { browser_specific_settings: { gecko: { id: 'ask-yourself@nursery-tools.uk', data_collection_permissions: { required: ['none'] } } } }
      : {
          // Lets an organisation push the policy through Chrome or Edge enterprise policy (storage.managed).
          storage: { managed_schema: 'schema.json' },
          // A fixed public key keeps the unpacked extension's id (fclbldilgohpaioihpdhhkhannmokolo) the same on
          // every machine, so enterprise policy files can name it. The stores refuse a key and assign their own id,
          // so `npm run zip` leaves it out.
          ...(process.env.STORE_PACKAGE ? {} : { key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0B30loCKNNVLNx7/ojah/5mitpMK93Deng9HBoAPybGBh/UfzGs8h2oD9pFjYdvEBkE9V3DopO9xPNp6SXLY1a2mYae6HROYk4LxlNa4auhAtOAzmHPcPyubOUF2MfHwbaXG+asaKvZHQXbVJQ0yEvYIRyBlOn4eZHMZw8u4yltw3/mGBxwQI2JbiCzXdWx2Q5Wf3X7TME567GKKr9uyWxysDZ8WKt8cXirVGjx9eBspoYAJ6HKDg/brgf8274wEl7x2qrfkFUsGvRb73pjEcmFLV+h1Tix2PdBfs1WPr66BaGQODzI/2ausDhJ2amUsvEvIJHwaeT5JcP91rGcl4wIDAQAB' }),
        }),
  }),
});
