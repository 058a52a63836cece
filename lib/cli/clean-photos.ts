/**
 * The cleaning command (`npm run clean-photos -- FILE... --out DIR`, or
 * `--in-place`): writes copies of photos and videos with their location taken
 * out, for the ways a setting shares them besides social media (its website,
 * a newsletter, email). The same cleaner the extension runs on attachments.
 * Exit codes, as the checker's: 0 no file had a location, 1 a location was
 * removed from at least one file, 2 bad usage or a file that could not be read
 * or cleaned (the others are still done).
 */
import { createWriteStream, openAsBlob } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { removeLocationFromFile } from '../location-removal/clean-file';

const USAGE = 'Usage: npm run clean-photos -- FILE... (--out DIR | --in-place)';

class UsageError extends Error {}

interface CleanArgs {
  files: string[];
  out?: string;
  inPlace: boolean;
}

function parseCleanArgs(argv: readonly string[]): CleanArgs {
  const args: CleanArgs = { files: [], inPlace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--in-place') args.inPlace = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value) throw new UsageError('--out needs a folder.');
      args.out = value;
    } else if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('Name at least one photo or video to clean.');
  if (args.inPlace === (args.out !== undefined)) throw new UsageError('Give either --out FOLDER for cleaned copies, or --in-place to change the files themselves.');
  return args;
}

/** Writes a Blob to a path through a temporary file beside it, so a failed write never leaves half a file. */
async function writeBlob(blob: Blob, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.cleaning-${process.pid}`);
  try {
    await pipeline(Readable.fromWeb(blob.stream() as unknown as WebReadableStream<Uint8Array>), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

/** Cleans one file; returns what it adds to the exit code. */
async function cleanOne(path: string, args: CleanArgs, written: Set<string>): Promise<0 | 1 | 2> {
  let blob: Blob;
  try {
    if (!(await stat(path)).isFile()) throw new Error('it is a folder, not a file');
    blob = await openAsBlob(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    complain(`${path}: not cleaned: ${code === 'ENOENT' ? 'there is no such file' : error instanceof Error ? error.message : String(error)}.`);
    return 2;
  }
  const target = args.inPlace ? path : join(args.out!, basename(path));
  if (!args.inPlace && resolve(target) === resolve(path)) {
    complain(`${path}: not cleaned: the --out folder is the file's own folder, and the original is never overwritten (use --in-place to change it).`);
    return 2;
  }
  if (written.has(resolve(target))) {
    complain(`${path}: not cleaned: another file of the same name was already written to ${target}.`);
    return 2;
  }
  const result = await removeLocationFromFile(blob, basename(path));
  if (result.status === 'failed') {
    complain(`${path}: not cleaned: ${result.reason}`);
    return 2;
  }
  written.add(resolve(target));
  if (result.status === 'no-location') {
    if (!args.inPlace) await copyFile(path, target);
    say(`${path}: no location found${args.inPlace ? ', left as it was' : `, copied unchanged to ${target}`}.`);
    return 0;
  }
  await writeBlob(result.file, target);
  say(`${path}: removed ${result.removed.join(', ')}${args.inPlace ? '' : `, written to ${target}`}.`);
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCleanArgs(argv);
  if (args.out) await mkdir(args.out, { recursive: true });
  const written = new Set<string>();
  let worst = 0;
  // One file at a time: a long video never sits in memory beside another.
  for (const path of args.files) worst = Math.max(worst, await cleanOne(path, args, written));
  return worst;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) complain(`${error.message}\n${USAGE}`);
    else complain(`Ask Yourself could not clean the files: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
