import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { WritingReaderPaths } from './reader-paths';

/**
 * The OCR engine's files as npm installed them, for the command line and the
 * Node tests. Looked up from the running script (the built command in
 * .output/cli, or a test runner in node_modules), both inside the project, so
 * the command finds them whichever folder it is started from.
 */
export function nodeReaderPaths(): WritingReaderPaths {
  const from = createRequire(resolve(process.argv[1] ?? join(process.cwd(), 'package.json')));
  const folderOf = (name: string) => dirname(from.resolve(`${name}/package.json`));
  const paths = {
    workerPath: join(folderOf('tesseract.js'), 'src/worker-script/node/index.js'),
    corePath: folderOf('tesseract.js-core'),
    langPath: join(folderOf('@tesseract.js-data/eng'), '4.0.0_best_int'),
  };
  const needed = [paths.workerPath, paths.corePath, join(paths.langPath, 'eng.traineddata.gz')];
  const missing = needed.find((path) => !existsSync(path));
  if (missing) throw new Error(`The writing reader's files are missing (${missing}): run npm install.`);
  return paths;
}
