/**
 * Builds the command-line tools to plain JavaScript in `.output/cli/`, one
 * bundled file each, so that a command starts at once instead of compiling
 * TypeScript first. Run by `npm install` (postinstall) and by `npm test`.
 * A tool whose source is not in this checkout is left out.
 */
import { chmodSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/** Each command's source in lib/cli, by the name of its built file. */
export const COMMANDS = ['check', 'clean-photos'] as const;

/** Where a command's built file is. */
export const builtCommand = (name: (typeof COMMANDS)[number]): string => join(ROOT, '.output/cli', `${name}.cjs`);

export async function buildCommands(): Promise<string[]> {
  const present = COMMANDS.filter((name) => existsSync(join(ROOT, 'lib/cli', `${name}.ts`)));
  await Promise.all(
    present.map(async (name) => {
      await build({
        entryPoints: [join(ROOT, 'lib/cli', `${name}.ts`)],
        outfile: builtCommand(name),
        bundle: true,
        platform: 'node',
        target: 'node20',
        // CommonJS, because exifr reaches for Node's fs and zlib with require().
        format: 'cjs',
        banner: { js: '#!/usr/bin/env node' },
        // The picture engines load their own files at run time (tesseract.js its worker script, WebAssembly and
        // language data; tfjs its .wasm; sharp its native libvips), so they are loaded from node_modules rather
        // than folded into the bundle.
        external: ['tesseract.js', 'sharp', '@vladmandic/face-api', '@tensorflow/*'],
        logLevel: 'warning',
        // Files that run both as ES modules (tests) and in this CommonJS bundle read __filename when import.meta is empty.
        logOverride: { 'empty-import-meta': 'silent' },
      });
      chmodSync(builtCommand(name), 0o755);
    }),
  );
  return present;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildCommands().catch((error: unknown) => {
    console.error(`Building the commands failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
